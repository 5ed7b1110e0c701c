import type { Localised } from '@syndesmos/common';

// Three groups, because a KA220-VET application names horizontal and VET-specific priorities of
// the Programme Guide, while partners search each other by the plainer subject of the work.
export const TOPIC_GROUPS = ['horizontal_priority', 'vet_priority', 'vet_topic'] as const;

export type TopicGroup = (typeof TOPIC_GROUPS)[number];

export const TOPICS = {
  // Horizontal priorities of Erasmus+ 2021–2027.
  inclusion_diversity: {
    group: 'horizontal_priority',
    en: 'Inclusion and diversity',
    el: 'Ένταξη και πολυμορφία',
  },
  digital_transformation: {
    group: 'horizontal_priority',
    en: 'Digital transformation',
    el: 'Ψηφιακός μετασχηματισμός',
  },
  environment_climate: {
    group: 'horizontal_priority',
    en: 'Environment and fight against climate change',
    el: 'Περιβάλλον και καταπολέμηση της κλιματικής αλλαγής',
  },
  participation_democratic_life: {
    group: 'horizontal_priority',
    en: 'Participation in democratic life, common values and civic engagement',
    el: 'Συμμετοχή στον δημοκρατικό βίο, κοινές αξίες και συμμετοχή στα κοινά',
  },

  // VET-specific priorities of the Programme Guide for cooperation partnerships.
  labour_market_relevance: {
    group: 'vet_priority',
    en: 'Adapting VET to labour market needs',
    el: 'Προσαρμογή της ΕΕΚ στις ανάγκες της αγοράς εργασίας',
  },
  flexible_vet_pathways: {
    group: 'vet_priority',
    en: 'More flexible opportunities in VET',
    el: 'Περισσότερο ευέλικτες ευκαιρίες στην ΕΕΚ',
  },
  vet_innovation: {
    group: 'vet_priority',
    en: 'Innovation in VET',
    el: 'Καινοτομία στην ΕΕΚ',
  },
  vet_attractiveness: {
    group: 'vet_priority',
    en: 'Attractiveness of VET',
    el: 'Ελκυστικότητα της ΕΕΚ',
  },
  vet_quality_assurance: {
    group: 'vet_priority',
    en: 'Quality assurance in VET',
    el: 'Διασφάλιση ποιότητας στην ΕΕΚ',
  },
  internationalisation_vet: {
    group: 'vet_priority',
    en: 'Internationalisation strategies of VET providers',
    el: 'Στρατηγικές διεθνοποίησης των παρόχων ΕΕΚ',
  },

  // Subjects partners search by.
  digital_skills: { group: 'vet_topic', en: 'Digital skills', el: 'Ψηφιακές δεξιότητες' },
  green_skills: { group: 'vet_topic', en: 'Green skills', el: 'Πράσινες δεξιότητες' },
  apprenticeships: { group: 'vet_topic', en: 'Apprenticeships', el: 'Μαθητεία' },
  work_based_learning: { group: 'vet_topic', en: 'Work-based learning', el: 'Μάθηση στον χώρο εργασίας' },
  quality_assurance: { group: 'vet_topic', en: 'Quality assurance', el: 'Διασφάλιση ποιότητας' },
  inclusion: { group: 'vet_topic', en: 'Inclusion and equal opportunities', el: 'Ένταξη και ίσες ευκαιρίες' },
  entrepreneurship: { group: 'vet_topic', en: 'Entrepreneurship', el: 'Επιχειρηματικότητα' },
  teacher_trainer_development: {
    group: 'vet_topic',
    en: 'Professional development of teachers and trainers',
    el: 'Επαγγελματική ανάπτυξη εκπαιδευτικών και εκπαιδευτών',
  },
  validation_of_skills: {
    group: 'vet_topic',
    en: 'Validation of skills and prior learning',
    el: 'Επικύρωση δεξιοτήτων και προηγούμενης μάθησης',
  },
  key_competences: { group: 'vet_topic', en: 'Key competences', el: 'Βασικές ικανότητες' },
  micro_credentials: { group: 'vet_topic', en: 'Micro-credentials', el: 'Μικροδιαπιστευτήρια' },
  career_guidance: { group: 'vet_topic', en: 'Career guidance', el: 'Επαγγελματικός προσανατολισμός' },
  upskilling_reskilling: {
    group: 'vet_topic',
    en: 'Upskilling and reskilling',
    el: 'Αναβάθμιση δεξιοτήτων και επανειδίκευση',
  },
  smart_specialisation: { group: 'vet_topic', en: 'Smart specialisation', el: 'Έξυπνη εξειδίκευση' },
  centres_of_vocational_excellence: {
    group: 'vet_topic',
    en: 'Centres of Vocational Excellence',
    el: 'Κέντρα Επαγγελματικής Αριστείας',
  },
  soft_skills: { group: 'vet_topic', en: 'Soft skills', el: 'Ήπιες δεξιότητες' },
  languages_learning: { group: 'vet_topic', en: 'Language learning', el: 'Εκμάθηση γλωσσών' },
  early_school_leaving: {
    group: 'vet_topic',
    en: 'Early school leaving',
    el: 'Πρόωρη εγκατάλειψη του σχολείου',
  },
} as const satisfies Record<string, Localised & { group: TopicGroup }>;

export type TopicCode = keyof typeof TOPICS;

export function isTopic(value: string): value is TopicCode {
  return Object.prototype.hasOwnProperty.call(TOPICS, value);
}
