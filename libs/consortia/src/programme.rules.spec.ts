import { PROGRAMME_RULES } from '@syndesmos/taxonomies';
import { checkEligibility, type MemberFacts } from './programme.rules';

const m = (country: string, role: MemberFacts['role'] = 'partner'): MemberFacts => ({
  organisationId: `${country}-${role}`,
  country,
  role,
});

describe('programme rules', () => {
  it('accepts a KA220-VET consortium of three organisations from three eligible countries', () => {
    const report = checkEligibility('KA220-VET', [m('GR', 'coordinator'), m('PT'), m('TR')]);
    expect(report.eligible).toBe(true);
    expect(report.rules.every((r) => r.passed)).toBe(true);
  });

  it('does not count associated partners towards the minimum', () => {
    const report = checkEligibility('KA220-VET', [m('GR', 'coordinator'), m('PT'), m('ES', 'associated_partner')]);
    expect(report.eligible).toBe(false);
    expect(report.rules.find((r) => r.rule === 'min_organisations')).toMatchObject({
      passed: false,
      reason: '2 of at least 3 organisations (associated partners do not count)',
    });
  });

  it('needs distinct eligible countries, not just organisations', () => {
    const report = checkEligibility('KA220-VET', [m('GR', 'coordinator'), m('GR'), m('US')]);
    expect(report.rules.find((r) => r.rule === 'min_eligible_countries')).toMatchObject({
      passed: false,
      reason: '1 of at least 3 different eligible countries (Greece)',
    });
  });

  it('refuses a coordinator from a non-eligible country', () => {
    const report = checkEligibility('KA220-VET', [m('UA', 'coordinator'), m('GR'), m('PT'), m('IT')]);
    expect(report.rules.find((r) => r.rule === 'coordinator_eligible')).toMatchObject({
      passed: false,
      reason: 'The coordinator is in Ukraine, not an eligible country',
    });
    expect(report.eligible).toBe(false);
  });

  it('lets KA210-VET start with two countries but admits no non-associated third country', () => {
    expect(checkEligibility('KA210-VET', [m('CY', 'coordinator'), m('MK')]).eligible).toBe(true);
    const report = checkEligibility('KA210-VET', [m('CY', 'coordinator'), m('MK'), m('GE')]);
    expect(report.eligible).toBe(false);
    expect(report.rules.find((r) => r.rule === 'no_non_associated_third_countries')?.reason).toBe(
      'Organisations from non-associated third countries cannot take part: Georgia',
    );
  });

  it('checks against the one rules table in libs/taxonomies', () => {
    const rules = PROGRAMME_RULES['KA210-VET'];
    const saved = { ...rules };
    try {
      Object.assign(rules, { minOrganisations: 3, allowsNonAssociatedThirdCountries: true });
      const report = checkEligibility('KA210-VET', [m('CY', 'coordinator'), m('MK'), m('GE')]);
      expect(report.rules.map((r) => r.rule)).not.toContain('no_non_associated_third_countries');
      expect(report.rules.find((r) => r.rule === 'min_organisations')?.reason).toBe(
        '3 of at least 3 organisations (associated partners do not count)',
      );
    } finally {
      Object.assign(rules, saved);
    }
  });

  it('says every reason in Greek as well, rule by rule, with the same results', () => {
    const members = [m('UA', 'coordinator'), m('GE'), m('CY', 'associated_partner')];
    const en = checkEligibility('KA210-VET', members);
    const el = checkEligibility('KA210-VET', members, 'el');
    expect(el.rules.map((r) => [r.rule, r.passed])).toEqual(en.rules.map((r) => [r.rule, r.passed]));
    expect(el.rules.map((r) => r.reason)).toEqual([
      '2 από τουλάχιστον 2 οργανισμούς (οι συνδεδεμένοι εταίροι δεν μετρούν)',
      '0 από τουλάχιστον 2 διαφορετικές επιλέξιμες χώρες',
      'Η χώρα του συντονιστή (Ουκρανία) δεν είναι επιλέξιμη',
      'Οργανισμοί από μη συνδεδεμένες τρίτες χώρες δεν μπορούν να συμμετάσχουν: Ουκρανία, Γεωργία',
    ]);
    expect(checkEligibility('KA210-VET', [], 'el').rules.find((r) => r.rule === 'coordinator_eligible')?.reason).toBe(
      'Δεν υπάρχει συντονιστής',
    );
    expect(
      checkEligibility('KA220-VET', [m('GR', 'coordinator'), m('PT')], 'el')
        .rules.map((r) => r.reason)
        .slice(1, 3),
    ).toEqual([
      '2 από τουλάχιστον 3 διαφορετικές επιλέξιμες χώρες (Ελλάδα, Πορτογαλία)',
      'Η χώρα του συντονιστή (Ελλάδα) είναι επιλέξιμη',
    ]);
  });
});
