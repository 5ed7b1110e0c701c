import { dateProblems } from './call.rules';
import { checkTransition, composition, type CompositionMember } from './consortium.rules';
import { checkEligibility } from './programme.rules';

const member = (
  country: string,
  organisationType: string,
  role: CompositionMember['role'] = 'partner',
  naceSections: string[] = [],
) => ({
  organisationId: `${country}-${organisationType}`,
  country,
  role,
  organisationType,
  naceSections,
});

describe('consortium state machine', () => {
  const met = checkEligibility('KA210-VET', [member('GR', 'vet_provider', 'coordinator'), member('PT', 'sme')]);
  const unmet = checkEligibility('KA210-VET', [member('GR', 'vet_provider', 'coordinator')]);

  it('moves one step at a time', () => {
    expect(checkTransition('forming', 'ready', met)).toEqual({ ok: true });
    expect(checkTransition('ready', 'submitted', met)).toEqual({ ok: true });
    expect(checkTransition('submitted', 'not_funded', met)).toEqual({ ok: true });
    expect(checkTransition('forming', 'submitted', met)).toMatchObject({ ok: false, code: 'invalid_transition' });
    expect(checkTransition('closed', 'forming', met)).toMatchObject({ ok: false, allowed: [] });
  });

  it('guards ready and submitted with the rules, with the failing ones named', () => {
    const refused = checkTransition('forming', 'ready', unmet);
    expect(refused).toMatchObject({ ok: false, code: 'rules_not_met' });
    expect(refused.ok === false && refused.failing.map((r) => r.rule)).toEqual([
      'min_organisations',
      'min_eligible_countries',
    ]);
    expect(checkTransition('forming', 'closed', unmet)).toEqual({ ok: true });
    expect(checkTransition('ready', 'forming', unmet)).toEqual({ ok: true });
  });
});

describe('composition', () => {
  it('counts what is there and names the gaps against the minimum and what was sought', () => {
    const c = composition(
      'KA220-VET',
      [member('GR', 'vet_provider', 'coordinator', ['P']), member('ES', 'social_partner', 'associated_partner', ['S'])],
      [
        {
          countries: ['PT', 'ES'],
          naceSections: ['C'],
          organisationTypes: ['sme'],
          count: 1,
          role: 'partner',
          tasks: '',
        },
      ],
    );
    expect(c.countries).toEqual({ ES: 1, GR: 1 });
    expect(c.crossSector).toEqual({ vetProvider: true, enterpriseOrSocialPartner: true, met: true });
    expect(c.gaps).toEqual({
      organisations: 2,
      eligibleCountries: 2,
      soughtCountries: ['PT'],
      soughtNaceSections: ['C'],
      soughtOrganisationTypes: ['sme'],
    });
  });

  it('is not cross-sector with schools only', () => {
    expect(composition('KA210-VET', [member('GR', 'vet_provider'), member('PT', 'vet_provider')]).crossSector.met).toBe(
      false,
    );
  });
});

describe('call dates', () => {
  const today = '2027-01-10';
  it('accepts today as the answer-by day, refuses yesterday', () => {
    expect(dateProblems({ answerBy: today, naDeadline: null, plannedStart: null }, today)).toEqual([]);
    expect(dateProblems({ answerBy: '2027-01-09', naDeadline: null, plannedStart: null }, today)).toEqual([
      expect.objectContaining({ field: 'answerBy', problem: 'in_past' }),
    ]);
  });
  it('wants answers before the NA deadline and the start after it', () => {
    expect(
      dateProblems({ answerBy: '2027-03-01', naDeadline: '2027-02-20', plannedStart: '2027-02-01' }, today).map(
        (p) => p.problem,
      ),
    ).toEqual(['after_deadline', 'before_deadline']);
  });
});
