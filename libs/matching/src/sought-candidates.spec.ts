import { org } from './spec-fixtures';
import { drawSought, meets, soughtValues } from './sought-candidates';

const wants = { countries: ['PT'], naceSections: ['C'], organisationTypes: ['sme', 'sme'] };

describe('candidates by what a subject seeks', () => {
  it('asks for each value sought once: types, then sectors, then countries', () => {
    expect(soughtValues(wants)).toEqual([
      { attribute: 'organisationType', value: 'sme' },
      { attribute: 'naceSections', value: 'C' },
      { attribute: 'country', value: 'PT' },
    ]);
    expect(soughtValues({ countries: [], naceSections: [], organisationTypes: [] })).toEqual([]);
  });

  it('counts how many of the things sought a candidate is', () => {
    expect(meets(wants, org({ type: 'sme', nace: ['C', 'F'], country: 'PT' }))).toBe(3);
    expect(meets(wants, org({ type: 'sme', nace: ['F'], country: 'ES' }))).toBe(1);
    expect(meets(wants, org({ type: 'ngo', nace: ['F'], country: 'ES' }))).toBe(0);
  });

  const smes = [1, 2, 3, 4].map((i) => org({ id: `sme${i}`, type: 'sme', nace: ['F'], country: 'ES' }));
  const makers = [1, 2, 3, 4].map((i) => org({ id: `c${i}`, type: 'ngo', nace: ['C'], country: 'ES' }));
  const portuguese = [1, 2, 3, 4].map((i) => org({ id: `pt${i}`, type: 'ngo', nace: ['P'], country: 'PT' }));
  const ptSme = org({ id: 'ptsme', type: 'sme', nace: ['C'], country: 'PT' });

  it('draws in turn from every value sought, so that one crowded value does not take every place', () => {
    const drawn = drawSought(wants, [smes, makers, portuguese], 6);
    expect(drawn.map((c) => c.id)).toEqual(['sme1', 'c1', 'pt1', 'sme2', 'c2', 'pt2']);
  });

  it('puts first those that meet more of what is sought, wherever their lists have them, each once', () => {
    const drawn = drawSought(wants, [[...smes, ptSme], [ptSme, ...makers], portuguese], 3);
    expect(drawn.map((c) => c.id)).toEqual(['ptsme', 'sme1', 'pt1']);
    expect(drawSought(wants, [smes, smes], 10).map((c) => c.id)).toEqual(['sme1', 'sme2', 'sme3', 'sme4']);
  });

  it('leaves out candidates from excluded countries before the limit, so others take their places', () => {
    const drawn = drawSought(wants, [smes, portuguese], 4, ['PT']);
    expect(drawn.map((c) => c.id)).toEqual(['sme1', 'sme2', 'sme3', 'sme4']);
  });
});
