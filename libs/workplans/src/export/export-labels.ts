import type { Locale } from '@syndesmos/common';
import type { ConsortiumRole } from '@syndesmos/consortia';
import type { ActivityKind, ResultType, WorkplanAim } from '@syndesmos/taxonomies';

// The words of an exported workplan, in each language the platform speaks. Section titles follow
// the application form's parts (Programme Guide 2026, KA2 cooperation partnerships).

export interface ExportLabels {
  title: string;
  generated: string;
  page: string;
  of: string;
  notSet: string;
  none: string;
  months: string;
  month: string;
  sections: {
    summary: string;
    partners: string;
    workPackages: string;
    activities: string;
    results: string;
    events: string;
    budget: string;
    budgetByWorkPackage: string;
    budgetByActivity: string;
    budgetByPartner: string;
    timeline: string;
  };
  fields: {
    consortium: string;
    action: string;
    lumpSum: string;
    duration: string;
    plannedStart: string;
    aim: string;
    summary: string;
    ruleCheck: string;
    lead: string;
    participants: string;
    amount: string;
    objectives: string;
    indicators: string;
  };
  columns: {
    code: string;
    organisation: string;
    country: string;
    consortiumRole: string;
    rolesInPlan: string;
    activeMonths: string;
    title: string;
    kind: string;
    lead: string;
    months: string;
    amount: string;
    share: string;
    type: string;
    contributors: string;
    languages: string;
    targetGroups: string;
    due: string;
    producedBy: string;
    host: string;
    month: string;
    participants: string;
    presents: string;
    total: string;
    activity: string;
  };
  ruleCheck: (errors: number, warnings: number) => string;
  durationMonths: (n: number) => string;
  participantsLocalInternational: (local: number, international: number) => string;
  consortiumRoles: Record<ConsortiumRole, string>;
  planRoles: Record<string, string>;
  activityKinds: Record<ActivityKind, string>;
  resultTypes: Record<ResultType, string>;
  aims: Record<WorkplanAim, string>;
  csv: {
    section: string;
    reference: string;
    title: string;
    organisation: string;
    months: string;
    amount: string;
    share: string;
    workPackage: string;
    activity: string;
    partner: string;
    total: string;
    lumpSum: string;
  };
}

export const EXPORT_LABELS: Record<Locale, ExportLabels> = {
  en: {
    title: 'Workplan',
    generated: 'Generated',
    page: 'Page',
    of: 'of',
    notSet: 'not set',
    none: '—',
    months: 'months',
    month: 'Month',
    sections: {
      summary: 'Summary',
      partners: 'Partners and their roles',
      workPackages: 'Work packages',
      activities: 'Activities',
      results: 'Project results',
      events: 'Multiplier and dissemination events',
      budget: 'Budget',
      budgetByWorkPackage: 'Per work package',
      budgetByActivity: 'Per activity',
      budgetByPartner: 'Per partner',
      timeline: 'Timeline',
    },
    fields: {
      consortium: 'Consortium',
      action: 'Action',
      lumpSum: 'Lump sum',
      duration: 'Duration',
      plannedStart: 'Planned start',
      aim: 'Aim',
      summary: 'Summary',
      ruleCheck: 'Programme rules',
      lead: 'Lead organisation',
      participants: 'Participating organisations',
      amount: 'Amount',
      objectives: 'Objectives',
      indicators: 'Indicators',
    },
    columns: {
      code: 'No.',
      organisation: 'Organisation',
      country: 'Country',
      consortiumRole: 'Role',
      rolesInPlan: 'Roles in the plan',
      activeMonths: 'Active months',
      title: 'Title',
      kind: 'Kind',
      lead: 'Lead',
      months: 'Months',
      amount: 'Amount',
      share: 'Share',
      type: 'Type',
      contributors: 'Contributors',
      languages: 'Languages',
      targetGroups: 'Target groups',
      due: 'Due',
      producedBy: 'Produced by',
      host: 'Host',
      month: 'Month',
      participants: 'Participants',
      presents: 'Presents',
      total: 'Total',
      activity: 'Activity',
    },
    ruleCheck: (errors, warnings) =>
      errors === 0 && warnings === 0
        ? 'every rule passes'
        : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    durationMonths: (n) => `${n} months`,
    participantsLocalInternational: (local, international) => `${local} local, ${international} international`,
    consortiumRoles: { coordinator: 'Coordinator', partner: 'Partner', associated_partner: 'Associated partner' },
    planRoles: {
      work_package_lead: 'leads a work package',
      work_package_participant: 'takes part in a work package',
      activity_lead: 'leads an activity',
      activity_participant: 'takes part in an activity',
      result_lead: 'leads a result',
      result_contributor: 'contributes to a result',
      event_host: 'hosts an event',
    },
    activityKinds: {
      result_development: 'Development of a result',
      transnational_meeting: 'Transnational meeting',
      learning_teaching_training: 'Learning, teaching or training activity',
      multiplier_event: 'Multiplier event',
      dissemination: 'Dissemination',
      quality_assurance: 'Quality assurance',
      project_management: 'Project management',
      other: 'Other',
    },
    resultTypes: {
      curriculum: 'Curriculum',
      training_material: 'Training material',
      open_educational_resource: 'Open educational resource',
      tool_or_platform: 'Tool or platform',
      study: 'Study',
      guidelines: 'Guidelines',
      other: 'Other',
    },
    aims: {
      innovation: 'Developing innovative results, disseminated at scale',
      exchange_of_good_practices: 'Exchanging good practices and building capacity',
    },
    csv: {
      section: 'Section',
      reference: 'Reference',
      title: 'Title',
      organisation: 'Organisation',
      months: 'Months',
      amount: 'Amount (EUR)',
      share: 'Share of the lump sum (%)',
      workPackage: 'Work package',
      activity: 'Activity',
      partner: 'Partner',
      total: 'Total',
      lumpSum: 'Lump sum',
    },
  },
  el: {
    title: 'Σχέδιο εργασιών',
    generated: 'Δημιουργήθηκε',
    page: 'Σελίδα',
    of: 'από',
    notSet: 'δεν έχει οριστεί',
    none: '—',
    months: 'μήνες',
    month: 'Μήνας',
    sections: {
      summary: 'Σύνοψη',
      partners: 'Εταίροι και ρόλοι',
      workPackages: 'Πακέτα εργασίας',
      activities: 'Δραστηριότητες',
      results: 'Αποτελέσματα του έργου',
      events: 'Πολλαπλασιαστικές εκδηλώσεις και εκδηλώσεις διάδοσης',
      budget: 'Προϋπολογισμός',
      budgetByWorkPackage: 'Ανά πακέτο εργασίας',
      budgetByActivity: 'Ανά δραστηριότητα',
      budgetByPartner: 'Ανά εταίρο',
      timeline: 'Χρονοδιάγραμμα',
    },
    fields: {
      consortium: 'Κοινοπραξία',
      action: 'Δράση',
      lumpSum: 'Κατ’ αποκοπή ποσό',
      duration: 'Διάρκεια',
      plannedStart: 'Προγραμματισμένη έναρξη',
      aim: 'Στόχος',
      summary: 'Περίληψη',
      ruleCheck: 'Κανόνες του προγράμματος',
      lead: 'Επικεφαλής οργανισμός',
      participants: 'Συμμετέχοντες οργανισμοί',
      amount: 'Ποσό',
      objectives: 'Στόχοι',
      indicators: 'Δείκτες',
    },
    columns: {
      code: 'Α/Α',
      organisation: 'Οργανισμός',
      country: 'Χώρα',
      consortiumRole: 'Ρόλος',
      rolesInPlan: 'Ρόλοι στο σχέδιο',
      activeMonths: 'Μήνες δράσης',
      title: 'Τίτλος',
      kind: 'Είδος',
      lead: 'Επικεφαλής',
      months: 'Μήνες',
      amount: 'Ποσό',
      share: 'Μερίδιο',
      type: 'Τύπος',
      contributors: 'Συνεισφέροντες',
      languages: 'Γλώσσες',
      targetGroups: 'Ομάδες-στόχοι',
      due: 'Παράδοση',
      producedBy: 'Παράγεται από',
      host: 'Διοργανωτής',
      month: 'Μήνας',
      participants: 'Συμμετέχοντες',
      presents: 'Παρουσιάζει',
      total: 'Σύνολο',
      activity: 'Δραστηριότητα',
    },
    ruleCheck: (errors, warnings) =>
      errors === 0 && warnings === 0
        ? 'όλοι οι κανόνες τηρούνται'
        : `${errors} ${errors === 1 ? 'σφάλμα' : 'σφάλματα'}, ${warnings} ${warnings === 1 ? 'προειδοποίηση' : 'προειδοποιήσεις'}`,
    durationMonths: (n) => `${n} ${n === 1 ? 'μήνας' : 'μήνες'}`,
    participantsLocalInternational: (local, international) => `${local} από τη χώρα, ${international} από το εξωτερικό`,
    consortiumRoles: { coordinator: 'Συντονιστής', partner: 'Εταίρος', associated_partner: 'Συνεργαζόμενος εταίρος' },
    planRoles: {
      work_package_lead: 'επικεφαλής πακέτου εργασίας',
      work_package_participant: 'συμμετέχει σε πακέτο εργασίας',
      activity_lead: 'επικεφαλής δραστηριότητας',
      activity_participant: 'συμμετέχει σε δραστηριότητα',
      result_lead: 'επικεφαλής αποτελέσματος',
      result_contributor: 'συνεισφέρει σε αποτέλεσμα',
      event_host: 'διοργανώνει εκδήλωση',
    },
    activityKinds: {
      result_development: 'Ανάπτυξη αποτελέσματος',
      transnational_meeting: 'Διακρατική συνάντηση',
      learning_teaching_training: 'Δραστηριότητα μάθησης, διδασκαλίας ή κατάρτισης',
      multiplier_event: 'Πολλαπλασιαστική εκδήλωση',
      dissemination: 'Διάδοση',
      quality_assurance: 'Διασφάλιση ποιότητας',
      project_management: 'Διαχείριση έργου',
      other: 'Άλλο',
    },
    resultTypes: {
      curriculum: 'Πρόγραμμα σπουδών',
      training_material: 'Εκπαιδευτικό υλικό',
      open_educational_resource: 'Ανοικτός εκπαιδευτικός πόρος',
      tool_or_platform: 'Εργαλείο ή πλατφόρμα',
      study: 'Μελέτη',
      guidelines: 'Οδηγίες',
      other: 'Άλλο',
    },
    aims: {
      innovation: 'Ανάπτυξη καινοτόμων αποτελεσμάτων με ευρεία διάδοση',
      exchange_of_good_practices: 'Ανταλλαγή καλών πρακτικών και ανάπτυξη ικανοτήτων',
    },
    csv: {
      section: 'Ενότητα',
      reference: 'Κωδικός',
      title: 'Τίτλος',
      organisation: 'Οργανισμός',
      months: 'Μήνες',
      amount: 'Ποσό (EUR)',
      share: 'Μερίδιο του κατ’ αποκοπή ποσού (%)',
      workPackage: 'Πακέτο εργασίας',
      activity: 'Δραστηριότητα',
      partner: 'Εταίρος',
      total: 'Σύνολο',
      lumpSum: 'Κατ’ αποκοπή ποσό',
    },
  },
};
