import { describe, expect, it } from 'vitest';
import type { Taxonomies } from '../taxonomies/use-taxonomies';
import { divisionOptions, keepDivisionsOf, profileOptions } from './profile-options';

const taxonomies = {
  naceSections: [
    { code: 'C', label: 'Manufacturing' },
    { code: 'P', label: 'Education' },
  ],
  naceDivisions: [
    { code: '10', label: 'Manufacture of food products', section: 'C' },
    { code: '11', label: 'Manufacture of beverages', section: 'C' },
    { code: '85', label: 'Education', section: 'P' },
  ],
  countries: [],
  organisationTypes: [],
  topics: [{ code: 'inclusion', label: 'Inclusion', group: 'horizontal_priority' }],
  targetGroups: [],
  languages: [],
  sizeBands: [],
} as unknown as Taxonomies;

describe('NACE divisions in the editor', () => {
  it('offers only the divisions of the chosen sections, under their section', () => {
    const { options, groups } = divisionOptions(taxonomies, ['P']);
    expect(options.map((o) => o.code)).toEqual(['85']);
    expect(groups).toEqual([{ id: 'P', label: 'P · Education' }]);
    expect(divisionOptions(taxonomies, []).options).toEqual([]);
  });

  it('drops the divisions of a section that was removed', () => {
    const { sectionOf } = profileOptions(taxonomies, (k) => k);
    expect(keepDivisionsOf(['10', '85', '11'], ['C'], sectionOf)).toEqual(['10', '11']);
  });

  it('labels the topic groups from the catalogue', () => {
    const { topicGroups } = profileOptions(taxonomies, (k) => `<${k}>`);
    expect(topicGroups.map((g) => g.label)).toEqual([
      '<editor.topicGroups.horizontal_priority>',
      '<editor.topicGroups.vet_priority>',
      '<editor.topicGroups.vet_topic>',
    ]);
  });
});
