import { describe, expect, it } from 'vitest';
import { filterOptions, firstListed, groupOptions, matchRank, normalise, pickerSections } from './picker-filter';

const countries = [
  { code: 'AT', label: 'Austria' },
  { code: 'GR', label: 'Greece' },
  { code: 'PT', label: 'Portugal' },
  { code: 'GB', label: 'United Kingdom' },
];

describe('normalise', () => {
  it('drops accents and case, Greek included, and folds the final sigma', () => {
    expect(normalise('Αθήνα')).toBe('αθηνα');
    expect(normalise('ΕΛΛΆΔΑ')).toBe('ελλαδα');
    expect(normalise('Πειραιάς')).toBe('πειραιασ');
    expect(normalise('  Île   de  France ')).toBe('ile de france');
  });
});

describe('filterOptions', () => {
  it('finds labels by their start, by a word inside, and codes exactly', () => {
    expect(filterOptions(countries, 'port').map((c) => c.code)).toEqual(['PT']);
    expect(filterOptions(countries, 'kingdom').map((c) => c.code)).toEqual(['GB']);
    expect(filterOptions(countries, 'gr').map((c) => c.code)).toEqual(['GR']);
    expect(filterOptions(countries, 'pt').map((c) => c.code)).toEqual(['PT']);
  });

  it('puts an exact code before labels that merely start with the query', () => {
    const options = [
      { code: 'ATX', label: 'At home' },
      { code: 'AT', label: 'Austria' },
    ];
    expect(filterOptions(options, 'at').map((o) => o.code)).toEqual(['AT', 'ATX']);
  });

  it('finds Greek labels typed without accents or capitals', () => {
    const greek = [
      { code: 'el', label: 'Ελληνικά' },
      { code: 'en', label: 'Αγγλικά' },
    ];
    expect(filterOptions(greek, 'ελληνικα').map((o) => o.code)).toEqual(['el']);
    expect(filterOptions(greek, 'ΑΓΓΛ').map((o) => o.code)).toEqual(['en']);
  });

  it('matches every word of the query in any order', () => {
    const topics = [
      { code: 'green_skills', label: 'Green skills and sustainability' },
      { code: 'digital_skills', label: 'Digital skills' },
    ];
    expect(filterOptions(topics, 'skills green').map((o) => o.code)).toEqual(['green_skills']);
  });

  it('lists everything for an empty query, in the given order', () => {
    expect(filterOptions(countries, '  ').map((c) => c.code)).toEqual(['AT', 'GR', 'PT', 'GB']);
  });

  it('answers nothing when nothing matches', () => {
    expect(filterOptions(countries, 'xyz')).toEqual([]);
    expect(matchRank(countries[0]!, 'xyz')).toBeUndefined();
  });
});

describe('groupOptions', () => {
  const groups = [
    { id: 'horizontal_priority', label: 'Horizontal' },
    { id: 'vet_topic', label: 'VET topics' },
  ];
  const topics = [
    { code: 'apprenticeships', label: 'Apprenticeships', group: 'vet_topic' },
    { code: 'inclusion', label: 'Inclusion', group: 'horizontal_priority' },
    { code: 'green', label: 'Green', group: 'horizontal_priority' },
  ];

  it("lists options under their headings, in the headings' order, leaving empty headings out", () => {
    const sections = pickerSections(topics, 'in', groups);
    expect(sections.map((s) => [s.group?.id, s.options.map((o) => o.code)])).toEqual([
      ['horizontal_priority', ['inclusion']],
    ]);
    expect(groupOptions(topics, groups).map((s) => s.group?.id)).toEqual(['horizontal_priority', 'vet_topic']);
  });

  it('keeps options of an unknown group under no heading rather than losing them', () => {
    const sections = groupOptions([...topics, { code: 'x', label: 'X', group: 'new' }], groups);
    expect(sections.at(-1)).toEqual({ group: undefined, options: [{ code: 'x', label: 'X', group: 'new' }] });
  });

  it('puts everything in one section without headings', () => {
    expect(groupOptions(countries, undefined)).toEqual([{ group: undefined, options: countries }]);
    expect(groupOptions([], undefined)).toEqual([]);
  });
});

describe('firstListed', () => {
  const topics = [
    { code: 'apprenticeships', label: 'Apprenticeships', group: 'vet_topic' },
    { code: 'green', label: 'Green skills', group: 'horizontal_priority' },
    { code: 'greenhouse', label: 'Greenhouse farming', group: 'vet_topic' },
  ];
  const groups = [
    { id: 'horizontal_priority', label: 'Horizontal' },
    { id: 'vet_topic', label: 'VET topics' },
  ];

  it('is the first option shown for what was typed, under the headings', () => {
    expect(firstListed(countries, 'gree')?.code).toBe('GR');
    expect(firstListed(topics, 'gree', groups)?.code).toBe('green');
  });

  it('passes over the options it is told to skip (already chosen, or disabled)', () => {
    expect(firstListed(topics, 'gree', groups, (o) => o.code === 'green')?.code).toBe('greenhouse');
    expect(firstListed(topics, 'gree', groups, () => true)).toBeUndefined();
  });

  it('chooses nothing for an empty query or one that matches nothing', () => {
    expect(firstListed(countries, '  ')).toBeUndefined();
    expect(firstListed(countries, 'zzz')).toBeUndefined();
  });
});
