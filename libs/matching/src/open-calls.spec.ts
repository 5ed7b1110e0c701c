import { CallSnapshot } from './open-calls';
import { mayAnswer, type PinnableCall } from './pinned';
import { openCall, org } from './spec-fixtures';

const call = (id: string, over: Partial<PinnableCall>): PinnableCall => openCall({ topics: [], ...over, id });

describe('the open calls an organisation may answer', () => {
  const calls = [
    call('anywhere', {}),
    call('greece', { anyCountry: false, soughtCountries: ['GR', 'CY'] }),
    call('portugal', { anyCountry: false, soughtCountries: ['PT'] }),
    call('not-greece', { excludedCountries: ['GR'] }),
    call('smes', { anyType: false, soughtOrganisationTypes: ['sme'] }),
    call('manufacturing', { anySector: false, soughtNaceSections: ['C'] }),
    call('own', { organisationId: 'school' }),
    call('small', { action: 'KA210-VET' }),
  ];
  const snapshot = new CallSnapshot(calls);

  it('are exactly those the call index’s "fits" filter would give, each once', () => {
    const school = org({ id: 'school', country: 'GR', type: 'vet_provider', nace: ['P'] });
    const ids = snapshot.answerable(school).map((c) => c.id);
    expect(ids.sort()).toEqual(['anywhere', 'greece', 'small']);
    for (const o of [
      school,
      org({ id: 'sme', country: 'PT', type: 'sme', nace: ['C'] }),
      org({ id: 'ua', country: 'UA' }),
    ]) {
      expect(
        snapshot
          .answerable(o)
          .map((c) => c.id)
          .sort(),
      ).toEqual(
        calls
          .filter((c) => mayAnswer(o, c))
          .map((c) => c.id)
          .sort(),
      );
    }
  });
});
