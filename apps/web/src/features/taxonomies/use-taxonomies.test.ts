import { describe, expect, it } from 'vitest';
import { labelLookup, type Taxonomies } from './use-taxonomies';

const taxonomies = {
  countries: [{ code: 'GR', label: 'Ελλάδα', eligible: true }],
  naceRevision: 'NACE_REV2',
  naceSections: [{ code: 'P', label: 'Εκπαίδευση' }],
  naceDivisions: [],
  organisationTypes: [],
  topics: [],
  targetGroups: [],
  languages: [],
  sizeBands: [],
  reportCategories: [],
} as unknown as Taxonomies;

describe('labelLookup', () => {
  it('names a code in the loaded language', () => {
    const label = labelLookup(taxonomies);
    expect(label('countries', 'GR')).toBe('Ελλάδα');
    expect(label('naceSections', 'P')).toBe('Εκπαίδευση');
  });

  it('shows the code itself when it is unknown or nothing is loaded yet', () => {
    expect(labelLookup(taxonomies)('countries', 'XX')).toBe('XX');
    expect(labelLookup(undefined)('countries', 'GR')).toBe('GR');
  });
});
