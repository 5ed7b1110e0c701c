import type { Localised } from '@syndesmos/common';

// Whom a project serves; partners match on shared target groups as much as on topics.
export const TARGET_GROUPS = {
  ivet_learners: { en: 'Learners in initial VET', el: 'Εκπαιδευόμενοι στην αρχική ΕΕΚ' },
  cvet_learners: { en: 'Learners in continuing VET', el: 'Εκπαιδευόμενοι στη συνεχιζόμενη ΕΕΚ' },
  apprentices: { en: 'Apprentices', el: 'Μαθητευόμενοι' },
  vet_teachers_trainers: { en: 'VET teachers and trainers', el: 'Εκπαιδευτικοί και εκπαιδευτές ΕΕΚ' },
  in_company_trainers: { en: 'In-company trainers', el: 'Εκπαιδευτές σε επιχειρήσεις' },
  adults_low_skilled: { en: 'Low-skilled adults', el: 'Ενήλικες με χαμηλές δεξιότητες' },
  neet_young_people: {
    en: 'Young people not in employment, education or training (NEET)',
    el: 'Νέοι εκτός απασχόλησης, εκπαίδευσης ή κατάρτισης (NEET)',
  },
  migrants_refugees: { en: 'Migrants and refugees', el: 'Μετανάστες και πρόσφυγες' },
  people_with_disabilities: { en: 'People with disabilities', el: 'Άτομα με αναπηρία' },
  unemployed: { en: 'Unemployed people', el: 'Άνεργοι' },
  employees: { en: 'Employees', el: 'Εργαζόμενοι' },
  employers_smes: { en: 'Employers and SMEs', el: 'Εργοδότες και ΜμΕ' },
  guidance_practitioners: { en: 'Guidance practitioners', el: 'Σύμβουλοι επαγγελματικού προσανατολισμού' },
  policy_makers: { en: 'Policy makers', el: 'Φορείς χάραξης πολιτικής' },
} as const satisfies Record<string, Localised>;

export type TargetGroupCode = keyof typeof TARGET_GROUPS;

export function isTargetGroup(value: string): value is TargetGroupCode {
  return Object.prototype.hasOwnProperty.call(TARGET_GROUPS, value);
}
