import type { Localised } from '@syndesmos/common';

// The kinds of organisation a KA2 VET consortium is built from. Broader than the Commission's own
// list on purpose: matching cares whether a partner is national, regional or local, and whether a
// company is an SME.
export const ORGANISATION_TYPES = {
  vet_provider: { en: 'VET school or provider', el: 'Σχολή ή πάροχος ΕΕΚ' },
  higher_education: { en: 'Higher education institution', el: 'Ίδρυμα τριτοβάθμιας εκπαίδευσης' },
  adult_education: { en: 'Adult education provider', el: 'Φορέας εκπαίδευσης ενηλίκων' },
  school: { en: 'School (primary or secondary)', el: 'Σχολείο (πρωτοβάθμιας ή δευτεροβάθμιας εκπαίδευσης)' },
  public_body_national: { en: 'Public body (national)', el: 'Δημόσιος φορέας (εθνικό επίπεδο)' },
  public_body_regional: { en: 'Public body (regional)', el: 'Δημόσιος φορέας (περιφερειακό επίπεδο)' },
  public_body_local: { en: 'Public body (local)', el: 'Δημόσιος φορέας (τοπικό επίπεδο)' },
  sme: { en: 'Small or medium-sized enterprise (SME)', el: 'Μικρομεσαία επιχείρηση (ΜμΕ)' },
  large_enterprise: { en: 'Large enterprise', el: 'Μεγάλη επιχείρηση' },
  ngo: { en: 'NGO, association or social enterprise', el: 'ΜΚΟ, σύλλογος ή κοινωνική επιχείρηση' },
  foundation: { en: 'Foundation', el: 'Ίδρυμα (κοινωφελές)' },
  social_partner: { en: 'Social partner or chamber', el: 'Κοινωνικός εταίρος ή επιμελητήριο' },
  research_centre: { en: 'Research centre', el: 'Ερευνητικό κέντρο' },
  accreditation_body: {
    en: 'Accreditation, certification or qualification body',
    el: 'Φορέας διαπίστευσης, πιστοποίησης ή επαγγελματικών προσόντων',
  },
  counselling_body: {
    en: 'Counselling or guidance body',
    el: 'Φορέας συμβουλευτικής ή επαγγελματικού προσανατολισμού',
  },
  european_network: {
    en: 'European network or umbrella organisation',
    el: 'Ευρωπαϊκό δίκτυο ή οργάνωση-ομπρέλα',
  },
  other: { en: 'Other', el: 'Άλλο' },
} as const satisfies Record<string, Localised>;

export type OrganisationType = keyof typeof ORGANISATION_TYPES;

export function isOrganisationType(value: string): value is OrganisationType {
  return Object.prototype.hasOwnProperty.call(ORGANISATION_TYPES, value);
}
