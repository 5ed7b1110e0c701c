import { patchOf } from './validation';

class WishesDto {
  countries = ['PT'];
  text: string | null = null;
}

describe('patchOf', () => {
  it('keeps lists as lists, in order, and empty lists empty', () => {
    const patch = patchOf({ topics: ['green_skills', 'digital_skills'], naceDivisions: [] as string[] });
    expect(patch).toEqual({ topics: ['green_skills', 'digital_skills'], naceDivisions: [] });
    expect(Array.isArray(patch.topics) && Array.isArray(patch.naceDivisions)).toBe(true);
  });

  it('leaves out what was not sent and keeps null, which means clear', () => {
    expect(patchOf({ city: undefined, pic: null, openToPartnerships: false })).toEqual({
      pic: null,
      openToPartnerships: false,
    });
  });

  it('turns nested DTO instances into plain data, lists inside them included', () => {
    const patch = patchOf({ lookingFor: new WishesDto() });
    expect(patch.lookingFor).not.toBeInstanceOf(WishesDto);
    expect(patch.lookingFor).toEqual({ countries: ['PT'], text: null });
  });
});
