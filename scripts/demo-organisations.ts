import type { OrganisationProfile } from '@syndesmos/organisations';

// Demo organisations for the quick start: a realistic spread of KA2 VET partners across Europe,
// owned by the demo accounts. Names, codes and websites are invented (.example domains).

export interface DemoOrganisation {
  /** Which demo account owns it (an email from DEMO_ACCOUNTS or DEMO_MEMBERS). */
  owner: string;
  /** 'published' ones are approved at seed time; 'submitted' ones wait in the NA queue; 'draft' stays a draft. */
  state: 'published' | 'submitted' | 'draft';
  profile: OrganisationProfile;
}

const MARIA = 'maria.papadopoulou@demo.syndesmos.eu';
const JOAO = 'joao.silva@demo.syndesmos.eu';
const ANNA = 'anna.kowalska@demo.syndesmos.eu';
const LUKAS = 'lukas.schmidt@demo.syndesmos.eu';
const SOFIA = 'sofia.rossi@demo.syndesmos.eu';
const EVA = 'eva.novak@demo.syndesmos.eu';

/** Demo members besides the two users of DEMO_ACCOUNTS; they own some of the organisations below. */
export const DEMO_MEMBERS: { email: string; displayName: string; preferredLanguage: 'en' | 'el' }[] = [
  { email: ANNA, displayName: 'Anna Kowalska', preferredLanguage: 'en' },
  { email: LUKAS, displayName: 'Lukas Schmidt', preferredLanguage: 'en' },
  { email: SOFIA, displayName: 'Sofia Rossi', preferredLanguage: 'en' },
  { email: EVA, displayName: 'Eva Novak', preferredLanguage: 'en' },
];

type DemoProfileInput = Omit<
  OrganisationProfile,
  'naceRevision' | 'pic' | 'logoUrl' | 'contactPerson' | 'openToPartnerships'
> &
  Partial<Pick<OrganisationProfile, 'pic' | 'logoUrl' | 'contactPerson' | 'openToPartnerships'>>;

/** Fills the fields that are the same for (almost) every demo organisation. */
function org(owner: string, state: DemoOrganisation['state'], p: DemoProfileInput): DemoOrganisation {
  return {
    owner,
    state,
    profile: {
      pic: null,
      logoUrl: null,
      contactPerson: null,
      openToPartnerships: true,
      ...p,
      naceRevision: 'NACE_REV2',
    },
  };
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  // ---------------------------------------------------------------- Greece (published)
  org(MARIA, 'published', {
    legalName: '1ο Επαγγελματικό Λύκειο Ρεθύμνου',
    displayName: '1ο ΕΠΑΛ Ρεθύμνου',
    oid: 'E10000001',
    pic: '948215367',
    country: 'GR',
    city: 'Rethymno',
    website: 'https://epal1-rethymno.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 1984,
    description:
      'Το 1ο ΕΠΑΛ Ρεθύμνου εκπαιδεύει περίπου 450 μαθητές στους τομείς Τουρισμού και Επισιτισμού, Μηχανολογίας και Πληροφορικής. ' +
      'Κάθε καλοκαίρι οι μαθητές μας κάνουν πρακτική άσκηση σε ξενοδοχεία της Κρήτης, και οι εκπαιδευτικοί μας έχουν εμπειρία στην οργάνωση κινητικοτήτων Erasmus+. ' +
      'Σε μια σύμπραξη φέρνουμε έμπειρους εκπαιδευτικούς ειδικότητας και στενούς δεσμούς με τον τοπικό τουριστικό κλάδο.',
    topics: ['work_based_learning', 'apprenticeships', 'languages_learning', 'green_skills'],
    targetGroups: ['ivet_learners', 'vet_teachers_trainers', 'apprentices'],
    languages: ['el', 'en'],
    experience: { level: 'participated', pastProjects: 3 },
    lookingFor: {
      countries: ['ES', 'IT', 'PT', 'AT', 'CY'],
      naceSections: ['I'],
      organisationTypes: ['sme', 'large_enterprise', 'vet_provider'],
      text: 'Ξενοδοχεία και επιχειρήσεις εστίασης που δέχονται μαθητές για πρακτική άσκηση.',
    },
    contactPerson: {
      name: 'Κωνσταντίνος Μαρκάκης',
      email: 'k.markakis@epal1-rethymno.example',
      phone: '+30 28310 22345',
      role: 'Υπεύθυνος ευρωπαϊκών προγραμμάτων',
    },
  }),
  org(MARIA, 'published', {
    legalName: 'Δημόσιο Ινστιτούτο Επαγγελματικής Κατάρτισης Καλαμάτας',
    displayName: 'ΔΙΕΚ Καλαμάτας',
    oid: 'E10000002',
    country: 'GR',
    city: 'Kalamata',
    website: 'https://iek-kalamatas.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '10-49',
    foundingYear: 1993,
    description:
      'Το ΔΙΕΚ Καλαμάτας προσφέρει μεταλυκειακή επαγγελματική κατάρτιση σε ειδικότητες αγροδιατροφής, οινολογίας και τουρισμού. ' +
      'Συνεργαζόμαστε με ελαιουργεία και οινοποιεία της Μεσσηνίας για τη μαθητεία των καταρτιζόμενων.\n\n' +
      'IEK Kalamata provides post-secondary vocational training in agri-food, oenology and tourism. ' +
      'We work with olive mills and wineries in Messinia for apprenticeships and can host partner visits and job shadowing.',
    topics: ['apprenticeships', 'green_skills', 'work_based_learning', 'micro_credentials'],
    targetGroups: ['cvet_learners', 'apprentices', 'unemployed'],
    languages: ['el', 'en'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: {
      countries: ['IT', 'ES', 'PT', 'FR'],
      naceSections: ['A', 'C'],
      organisationTypes: ['sme', 'vet_provider', 'research_centre'],
      text: 'Partners in food processing and sustainable agriculture to co-design short courses.',
    },
    contactPerson: {
      name: 'Γεωργία Αντωνοπούλου',
      email: 'g.antonopoulou@iek-kalamatas.example',
      phone: null,
      role: 'Διευθύντρια',
    },
  }),
  org(SOFIA, 'published', {
    legalName: 'Κυδωνία Ξενοδοχειακές Επιχειρήσεις Α.Ε.',
    displayName: 'Kydonia Resorts',
    oid: 'E10000003',
    pic: '912384576',
    country: 'GR',
    city: 'Chania',
    website: 'https://kydonia-resorts.example',
    organisationType: 'sme',
    naceSections: ['I'],
    naceDivisions: ['55', '56'],
    sizeBand: '50-249',
    foundingYear: 1998,
    description:
      'Η Κυδωνία Ξενοδοχειακές Επιχειρήσεις διαχειρίζεται τρεις ξενοδοχειακές μονάδες στα Χανιά με περίπου 180 εργαζόμενους την υψηλή περίοδο. ' +
      'Κάθε χρόνο φιλοξενούμε μαθητευόμενους στην κουζίνα, την υποδοχή και την οροφοκομία, με εκπαιδευμένους μέντορες. ' +
      'Σε μια σύμπραξη προσφέρουμε θέσεις πρακτικής άσκησης και την εμπειρία μας στη βιώσιμη διαχείριση ξενοδοχείων.',
    topics: ['work_based_learning', 'green_skills', 'soft_skills', 'apprenticeships'],
    targetGroups: ['apprentices', 'in_company_trainers', 'employees'],
    languages: ['el', 'en', 'de'],
    experience: { level: 'participated', pastProjects: 2 },
    lookingFor: {
      countries: ['GR', 'CY', 'ES', 'IT'],
      naceSections: ['P'],
      organisationTypes: ['vet_provider', 'higher_education'],
      text: 'Σχολές τουρισμού που θέλουν να στέλνουν μαθητές για πρακτική άσκηση.',
    },
    contactPerson: {
      name: 'Νίκος Βλαχάκης',
      email: 'n.vlachakis@kydonia-resorts.example',
      phone: '+30 28210 91200',
      role: 'Διευθυντής Ανθρώπινου Δυναμικού',
    },
  }),
  org(MARIA, 'published', {
    legalName: 'Περιφερειακό Κέντρο Ανάπτυξης Δεξιοτήτων Κεντρικής Μακεδονίας',
    displayName: 'ΠΚΑΔ Κεντρικής Μακεδονίας',
    oid: 'E10000004',
    pic: '937465021',
    country: 'GR',
    city: 'Thessaloniki',
    website: 'https://pkad-kmakedonias.example',
    organisationType: 'public_body_regional',
    naceSections: ['O', 'P'],
    naceDivisions: ['84', '85'],
    sizeBand: '50-249',
    foundingYear: 2011,
    description:
      'Το Κέντρο σχεδιάζει και χρηματοδοτεί προγράμματα κατάρτισης για ανέργους και εργαζόμενους στην Κεντρική Μακεδονία, σε συνεργασία με τους τοπικούς εργοδότες. ' +
      'Παρακολουθούμε τις ανάγκες δεξιοτήτων της περιφέρειας στο πλαίσιο της στρατηγικής έξυπνης εξειδίκευσης.\n\n' +
      'The Centre plans and funds training for unemployed people and employees in Central Macedonia. ' +
      'In a partnership we bring labour-market intelligence, access to regional policy makers and a route to mainstream project results.',
    topics: ['smart_specialisation', 'upskilling_reskilling', 'quality_assurance', 'validation_of_skills'],
    targetGroups: ['unemployed', 'employees', 'policy_makers'],
    languages: ['el', 'en'],
    experience: { level: 'coordinated', pastProjects: 4 },
    lookingFor: {
      countries: ['DE', 'AT', 'NL', 'FI', 'IT'],
      naceSections: ['O', 'P'],
      organisationTypes: ['public_body_regional', 'vet_provider', 'research_centre'],
      text: 'Other regions that link skills forecasting with VET provision.',
    },
    contactPerson: {
      name: 'Δημήτρης Ζαχαρίου',
      email: 'd.zachariou@pkad-kmakedonias.example',
      phone: '+30 2310 456789',
      role: 'Προϊστάμενος Τμήματος Ευρωπαϊκών Προγραμμάτων',
    },
  }),
  org(ANNA, 'published', {
    legalName: 'Ινστιτούτο Τεχνολογίας Τροφίμων και Αγροδιατροφής Θεσσαλίας',
    displayName: 'ΙΤΤΑ Θεσσαλίας',
    oid: 'E10000005',
    pic: '905128374',
    country: 'GR',
    city: 'Volos',
    website: 'https://itta-thessalias.example',
    organisationType: 'research_centre',
    naceSections: ['M'],
    naceDivisions: ['72'],
    sizeBand: '10-49',
    foundingYear: 2005,
    description:
      'Το Ινστιτούτο διεξάγει εφαρμοσμένη έρευνα στην τεχνολογία τροφίμων και στηρίζει τις αγροδιατροφικές επιχειρήσεις της Θεσσαλίας στην καινοτομία.\n\n' +
      'The Institute carries out applied research in food technology and supports agri-food SMEs in Thessaly with innovation. ' +
      'For VET partnerships we contribute skills-needs analysis, evaluation methods and up-to-date technical content on food safety and sustainable production.',
    topics: ['green_skills', 'smart_specialisation', 'micro_credentials', 'environment_climate'],
    targetGroups: ['employees', 'employers_smes', 'vet_teachers_trainers'],
    languages: ['el', 'en'],
    experience: { level: 'coordinated', pastProjects: 7 },
    lookingFor: {
      countries: ['IT', 'ES', 'PT', 'NL'],
      naceSections: ['C', 'A', 'P'],
      organisationTypes: ['vet_provider', 'sme'],
      text: 'VET providers and food companies to pilot training on sustainable food production.',
    },
    contactPerson: {
      name: 'Ελένη Καραγιάννη',
      email: 'e.karagianni@itta-thessalias.example',
      phone: '+30 24210 74100',
      role: 'Senior Researcher',
    },
  }),
  org(MARIA, 'published', {
    legalName: 'Αστική Μη Κερδοσκοπική Εταιρεία «Κέντρο Καριέρας Ηρακλείου»',
    displayName: 'Κέντρο Καριέρας Ηρακλείου',
    oid: 'E10000006',
    country: 'GR',
    city: 'Heraklion',
    website: 'https://kentro-karieras-her.example',
    organisationType: 'counselling_body',
    naceSections: ['N', 'P'],
    naceDivisions: ['78', '85'],
    sizeBand: '10-49',
    foundingYear: 2008,
    description:
      'Το Κέντρο Καριέρας Ηρακλείου παρέχει συμβουλευτική σταδιοδρομίας σε νέους, ανέργους και ενήλικες που θέλουν να αλλάξουν επαγγελματική πορεία. ' +
      'Οι σύμβουλοί μας χρησιμοποιούν εργαλεία αναγνώρισης δεξιοτήτων και συνεργάζονται στενά με σχολεία και επιχειρήσεις της Κρήτης. ' +
      'Σε μια σύμπραξη συνεισφέρουμε μεθοδολογία επαγγελματικού προσανατολισμού και πρόσβαση σε ομάδες στόχου που δύσκολα προσεγγίζονται.',
    topics: ['career_guidance', 'validation_of_skills', 'early_school_leaving', 'inclusion'],
    targetGroups: ['neet_young_people', 'unemployed', 'guidance_practitioners'],
    languages: ['el', 'en'],
    experience: { level: 'participated', pastProjects: 5 },
    lookingFor: {
      countries: ['FI', 'IE', 'NL', 'PT'],
      naceSections: ['P', 'N'],
      organisationTypes: ['counselling_body', 'vet_provider', 'ngo'],
      text: 'Οργανισμούς με εμπειρία στην ψηφιακή συμβουλευτική σταδιοδρομίας.',
    },
    contactPerson: {
      name: 'Ιωάννα Μαυρογιάννη',
      email: 'i.mavrogianni@kentro-karieras-her.example',
      phone: null,
      role: 'Σύμβουλος σταδιοδρομίας',
    },
  }),
  org(LUKAS, 'published', {
    legalName: 'Θάλασσα Ανανεώσιμες Πηγές Ενέργειας Α.Ε.',
    displayName: 'Thalassa Renewables',
    oid: 'E10000007',
    pic: '961234058',
    country: 'GR',
    city: 'Athens',
    website: 'https://thalassa-renewables.example',
    organisationType: 'large_enterprise',
    naceSections: ['D', 'F'],
    naceDivisions: ['35', '43'],
    sizeBand: '250+',
    foundingYear: 2007,
    description:
      'Η Thalassa Renewables αναπτύσσει και συντηρεί αιολικά και φωτοβολταϊκά πάρκα σε όλη την Ελλάδα.\n\n' +
      'Thalassa Renewables develops and maintains wind and solar parks across Greece and employs more than 400 people, many of them technicians. ' +
      'We want to build training pathways with VET schools for wind-turbine and PV technicians, and can offer placements, in-company trainers and real equipment for practical training.',
    topics: ['green_skills', 'work_based_learning', 'upskilling_reskilling', 'environment_climate'],
    targetGroups: ['ivet_learners', 'apprentices', 'employees', 'in_company_trainers'],
    languages: ['el', 'en'],
    experience: { level: 'participated', pastProjects: 2 },
    lookingFor: {
      countries: ['DE', 'ES', 'PT', 'PL', 'NO'],
      naceSections: ['P', 'D'],
      organisationTypes: ['vet_provider', 'large_enterprise', 'accreditation_body'],
      text: 'VET providers with renewable-energy technician programmes.',
    },
    contactPerson: {
      name: 'Αλέξανδρος Οικονόμου',
      email: 'a.oikonomou@thalassa-renewables.example',
      phone: '+30 210 6801234',
      role: 'Learning & Development Manager',
    },
  }),
  org(MARIA, 'published', {
    legalName: 'Κέντρο Δια Βίου Μάθησης Δήμου Ιωαννιτών',
    displayName: 'ΚΔΒΜ Ιωαννίνων',
    oid: 'E10000008',
    pic: '927381640',
    country: 'GR',
    city: 'Ioannina',
    website: 'https://kdvm-ioanninon.example',
    organisationType: 'adult_education',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '10-49',
    foundingYear: 2011,
    description:
      'Το ΚΔΒΜ Ιωαννίνων οργανώνει δωρεάν προγράμματα για ενήλικες σε ψηφιακές δεξιότητες, ξένες γλώσσες, επιχειρηματικότητα και πολιτισμό. ' +
      'Κάθε χρόνο εκπαιδεύουμε περισσότερους από 1.200 ενήλικες, πολλούς από ορεινές περιοχές της Ηπείρου. ' +
      'Θέλουμε να ανταλλάξουμε πρακτικές για την προσέγγιση ενηλίκων χαμηλής ειδίκευσης και να αναπτύξουμε μαζί νέο εκπαιδευτικό υλικό.',
    topics: ['key_competences', 'digital_skills', 'inclusion', 'languages_learning'],
    targetGroups: ['adults_low_skilled', 'unemployed', 'migrants_refugees'],
    languages: ['el', 'en'],
    experience: { level: 'participated', pastProjects: 4 },
    lookingFor: {
      countries: ['AT', 'PL', 'SI', 'IE'],
      naceSections: ['P'],
      organisationTypes: ['adult_education', 'ngo'],
      text: 'Φορείς εκπαίδευσης ενηλίκων με εμπειρία σε αγροτικές περιοχές.',
    },
    contactPerson: {
      name: 'Βασιλική Γκίκα',
      email: 'v.gkika@kdvm-ioanninon.example',
      phone: '+30 26510 45678',
      role: 'Συντονίστρια προγραμμάτων',
    },
  }),

  // ---------------------------------------------------------------- Cyprus (published)
  org(MARIA, 'published', {
    legalName: 'Τεχνική Σχολή Αγίου Λαζάρου Λάρνακας',
    displayName: 'ΤΣ Αγίου Λαζάρου',
    oid: 'E10000009',
    country: 'CY',
    city: 'Larnaca',
    website: 'https://ts-agiou-lazarou.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 1976,
    description:
      'Η Τεχνική Σχολή Αγίου Λαζάρου προσφέρει τριετή προγράμματα τεχνικής και επαγγελματικής εκπαίδευσης στη μηχανολογία, την ηλεκτρολογία και τη μαγειρική τέχνη.\n\n' +
      'St Lazarus Technical School in Larnaca offers three-year technical and vocational programmes in mechanical and electrical engineering and culinary arts. ' +
      'Our apprenticeship scheme places students with local employers, and we want to exchange practice on mentoring apprentices and assessing work-based learning.',
    topics: ['apprenticeships', 'work_based_learning', 'teacher_trainer_development', 'quality_assurance'],
    targetGroups: ['ivet_learners', 'vet_teachers_trainers', 'in_company_trainers'],
    languages: ['el', 'en'],
    experience: { level: 'participated', pastProjects: 3 },
    lookingFor: {
      countries: ['DE', 'AT', 'NL', 'GR'],
      naceSections: ['P', 'C'],
      organisationTypes: ['vet_provider', 'social_partner'],
      text: 'Schools with a dual-system background to share apprentice mentoring tools.',
    },
    contactPerson: {
      name: 'Χρίστος Χαραλάμπους',
      email: 'c.charalambous@ts-agiou-lazarou.example',
      phone: '+357 24 812345',
      role: 'Βοηθός Διευθυντής',
    },
  }),
  org(SOFIA, 'published', {
    legalName: 'Amathus Bakeries Ltd',
    displayName: 'Amathus Bakeries',
    oid: 'E10000010',
    pic: '953817264',
    country: 'CY',
    city: 'Limassol',
    website: 'https://amathus-bakeries.example',
    organisationType: 'sme',
    naceSections: ['C', 'G', 'I'],
    naceDivisions: ['10', '47', '56'],
    sizeBand: '50-249',
    foundingYear: 1989,
    description:
      'Η Amathus Bakeries είναι οικογενειακή αρτοποιία με έξι καταστήματα και καφέ στη Λεμεσό.\n\n' +
      'Amathus Bakeries is a family-run bakery chain with six shops and cafés in Limassol. ' +
      'We train our own bakers and pastry chefs on the job and want to formalise this with VET partners, including micro-credentials for bakery skills and for reducing food waste.',
    topics: ['work_based_learning', 'micro_credentials', 'green_skills', 'entrepreneurship'],
    targetGroups: ['employees', 'apprentices', 'in_company_trainers'],
    languages: ['el', 'en'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: {
      countries: ['GR', 'IT', 'FR', 'PT'],
      naceSections: ['P'],
      organisationTypes: ['vet_provider', 'adult_education'],
      text: 'Culinary schools able to co-certify in-company bakery training.',
    },
    contactPerson: {
      name: 'Άντρη Γεωργιάδου',
      email: 'andri.georgiadou@amathus-bakeries.example',
      phone: '+357 25 345678',
      role: 'Διευθύντρια Λειτουργιών',
    },
  }),
  org(EVA, 'published', {
    legalName: 'Κέντρο Υποστήριξης και Ένταξης Μεταναστών Λευκωσίας',
    displayName: 'Κέντρο Ένταξης Λευκωσίας',
    oid: 'E10000011',
    country: 'CY',
    city: 'Nicosia',
    website: 'https://entaxi-lefkosia.example',
    organisationType: 'ngo',
    naceSections: ['Q', 'S'],
    naceDivisions: ['88', '94'],
    sizeBand: '10-49',
    foundingYear: 2012,
    description:
      'Το Κέντρο στηρίζει πρόσφυγες και μετανάστες στη Λευκωσία με μαθήματα ελληνικών, συμβουλευτική απασχόλησης και προετοιμασία για κατάρτιση. ' +
      'Συνεργαζόμαστε με εργοδότες ώστε οι συμμετέχοντες να αποκτήσουν την πρώτη τους επαγγελματική εμπειρία. ' +
      'Σε μια σύμπραξη προσφέρουμε γνώση των αναγκών αυτών των ομάδων και διαπολιτισμική διαμεσολάβηση.',
    topics: ['inclusion_diversity', 'languages_learning', 'career_guidance', 'inclusion'],
    targetGroups: ['migrants_refugees', 'unemployed', 'neet_young_people'],
    languages: ['el', 'en', 'ar'],
    experience: { level: 'participated', pastProjects: 2 },
    lookingFor: {
      countries: ['GR', 'IT', 'DE', 'MK'],
      naceSections: ['P', 'N'],
      organisationTypes: ['vet_provider', 'adult_education', 'public_body_local'],
      text: 'Προγράμματα κατάρτισης ανοιχτά σε πρόσφυγες και μετανάστες.',
    },
    contactPerson: {
      name: 'Μαρίνα Ιωάννου',
      email: 'm.ioannou@entaxi-lefkosia.example',
      phone: null,
      role: 'Συντονίστρια',
    },
  }),
  org(JOAO, 'published', {
    legalName: 'Σύνδεσμος Βιομηχάνων Τροφίμων και Ποτών Κύπρου',
    displayName: 'ΣΒΤΠ Κύπρου',
    oid: 'E10000012',
    pic: '918273645',
    country: 'CY',
    city: 'Nicosia',
    website: 'https://sbtp-cyprus.example',
    organisationType: 'social_partner',
    naceSections: ['S'],
    naceDivisions: ['94'],
    sizeBand: '1-9',
    foundingYear: 1972,
    description:
      'Ο Σύνδεσμος εκπροσωπεί περισσότερες από 90 βιομηχανίες τροφίμων και ποτών της Κύπρου.\n\n' +
      'The Association represents more than 90 food and beverage manufacturers in Cyprus and sits on national committees for vocational qualifications. ' +
      'It can connect a partnership with member companies for placements and check training content against industry needs.',
    topics: ['upskilling_reskilling', 'validation_of_skills', 'quality_assurance'],
    targetGroups: ['employers_smes', 'employees', 'policy_makers'],
    languages: ['el', 'en'],
    experience: { level: 'coordinated', pastProjects: 2 },
    lookingFor: {
      countries: ['GR', 'IT', 'ES', 'NL'],
      naceSections: ['P', 'M'],
      organisationTypes: ['vet_provider', 'research_centre', 'accreditation_body'],
      text: 'Partners to build a food-industry skills observatory.',
    },
    contactPerson: {
      name: 'Σάββας Παναγιώτου',
      email: 's.panagiotou@sbtp-cyprus.example',
      phone: '+357 22 665432',
      role: 'Γενικός Διευθυντής',
    },
  }),
  org(MARIA, 'published', {
    legalName: 'Limassol Higher Institute of Tourism and Technology',
    displayName: 'AITT Limassol',
    oid: 'E10000013',
    pic: '976543210',
    country: 'CY',
    city: 'Limassol',
    website: 'https://aitt-limassol.example',
    organisationType: 'higher_education',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 1995,
    description:
      'Το Ινστιτούτο προσφέρει διπλώματα και πτυχία στη διοίκηση φιλοξενίας, τις γαστρονομικές τέχνες και την πληροφορική.\n\n' +
      "The Institute offers diplomas and bachelor's degrees in hospitality management, culinary arts and computing, with compulsory industry placements. " +
      'We bring expertise in curriculum design at EQF levels 5 and 6 and in opening routes from VET to higher education.',
    topics: ['digital_skills', 'micro_credentials', 'teacher_trainer_development', 'entrepreneurship'],
    targetGroups: ['cvet_learners', 'vet_teachers_trainers', 'employees'],
    languages: ['el', 'en', 'ru'],
    experience: { level: 'coordinated', pastProjects: 5 },
    lookingFor: {
      countries: ['GR', 'ES', 'IT', 'MK', 'BG'],
      naceSections: ['I', 'P'],
      organisationTypes: ['vet_provider', 'sme', 'large_enterprise'],
      text: 'Hotels and VET schools for joint EQF level 5 programmes.',
    },
    contactPerson: {
      name: 'Δρ Πέτρος Κυριάκου',
      email: 'p.kyriakou@aitt-limassol.example',
      phone: '+357 25 876543',
      role: 'Head of International Office',
    },
  }),

  // ---------------------------------------------------------------- Portugal (published)
  org(JOAO, 'published', {
    legalName: 'Metalúrgica do Vale do Ave, S.A.',
    displayName: 'MetalAve',
    oid: 'E10000014',
    pic: '934512876',
    country: 'PT',
    city: 'Guimarães',
    website: 'https://metalave.example',
    organisationType: 'large_enterprise',
    naceSections: ['C'],
    naceDivisions: ['25', '28'],
    sizeBand: '250+',
    foundingYear: 1962,
    description:
      'MetalAve manufactures metal components and industrial machinery for the automotive and agricultural-machinery sectors, employing about 600 people in the Ave valley. ' +
      'Our training academy runs apprenticeships in CNC machining, welding and industrial maintenance together with local vocational schools. ' +
      'We are looking for VET partners to develop training on automation and digital manufacturing and to host exchanges for our in-company trainers.',
    topics: ['digital_transformation', 'work_based_learning', 'upskilling_reskilling', 'apprenticeships'],
    targetGroups: ['apprentices', 'employees', 'in_company_trainers'],
    languages: ['pt', 'en', 'es'],
    experience: { level: 'participated', pastProjects: 2 },
    lookingFor: {
      countries: ['GR', 'ES', 'DE', 'IT', 'PL'],
      naceSections: ['P'],
      organisationTypes: ['vet_provider', 'research_centre'],
      text: 'VET providers in mechatronics and industrial automation.',
    },
    contactPerson: {
      name: 'João Silva',
      email: 'joao.silva@metalave.example',
      phone: '+351 253 540 100',
      role: 'Training Manager',
    },
  }),
  org(JOAO, 'published', {
    legalName: 'Escola Profissional Atlântico Norte',
    displayName: 'EP Atlântico Norte',
    oid: 'E10000015',
    country: 'PT',
    city: 'Viana do Castelo',
    website: 'https://ep-atlanticonorte.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 1990,
    description:
      'EP Atlântico Norte is a private vocational school offering level 4 courses in mechatronics, renewable energy, naval construction and tourism to about 500 students. ' +
      'Every course includes 600 hours of workplace training in regional companies. ' +
      'We have hosted Erasmus+ mobility for a decade and now want to move into cooperation partnerships on green and digital skills.',
    topics: ['green_skills', 'digital_skills', 'work_based_learning'],
    targetGroups: ['ivet_learners', 'vet_teachers_trainers'],
    languages: ['pt', 'en'],
    experience: { level: 'participated', pastProjects: 6 },
    lookingFor: {
      countries: ['GR', 'CY', 'ES', 'FI', 'NO'],
      naceSections: ['C', 'D', 'P'],
      organisationTypes: ['vet_provider', 'large_enterprise', 'sme'],
      text: 'Schools and companies active in offshore renewables or shipbuilding.',
    },
    contactPerson: {
      name: 'Ana Ferreira',
      email: 'ana.ferreira@ep-atlanticonorte.example',
      phone: '+351 258 800 321',
      role: 'International Projects Coordinator',
    },
  }),
  org(JOAO, 'published', {
    legalName: 'Adega Cooperativa do Alto Douro, C.R.L.',
    displayName: 'Adega Alto Douro',
    oid: 'E10000016',
    country: 'PT',
    city: 'Peso da Régua',
    website: 'https://adega-altodouro.example',
    organisationType: 'sme',
    naceSections: ['A', 'C'],
    naceDivisions: ['01', '11'],
    sizeBand: '10-49',
    foundingYear: 1958,
    description:
      'Adega Alto Douro is a wine cooperative of around 300 grape growers in the Douro Demarcated Region. ' +
      'We produce and bottle wine and train seasonal workers and young winemakers on site. ' +
      'In a partnership we offer a real setting for learning in viticulture and wine tourism, and we are keen to improve sustainable vineyard practices.',
    topics: ['green_skills', 'environment_climate', 'work_based_learning'],
    targetGroups: ['employees', 'adults_low_skilled', 'apprentices'],
    languages: ['pt', 'en', 'fr'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: {
      countries: ['GR', 'IT', 'ES', 'FR'],
      naceSections: ['P', 'A'],
      organisationTypes: ['vet_provider', 'research_centre'],
      text: 'Agricultural VET schools with viticulture programmes.',
    },
    contactPerson: {
      name: 'Manuel Teixeira',
      email: 'm.teixeira@adega-altodouro.example',
      phone: null,
      role: 'Oenologist and Training Lead',
    },
  }),
  org(JOAO, 'published', {
    legalName: 'Agência Municipal de Emprego e Formação de Setúbal',
    displayName: 'AMEF Setúbal',
    oid: 'E10000017',
    pic: '987612345',
    country: 'PT',
    city: 'Setúbal',
    website: 'https://amef-setubal.example',
    organisationType: 'public_body_local',
    naceSections: ['O', 'N'],
    naceDivisions: ['84', '78'],
    sizeBand: '10-49',
    foundingYear: 2004,
    description:
      'AMEF Setúbal is the municipal agency that matches local jobseekers with training and employers, with a focus on young people not in employment, education or training. ' +
      'We run a Youth Guarantee office and a network of 150 partner employers. ' +
      'We bring outreach to vulnerable groups and experience in coordinating local stakeholders.',
    topics: ['early_school_leaving', 'career_guidance', 'inclusion', 'upskilling_reskilling'],
    targetGroups: ['neet_young_people', 'unemployed', 'employers_smes'],
    languages: ['pt', 'en'],
    experience: { level: 'coordinated', pastProjects: 3 },
    lookingFor: {
      countries: ['ES', 'IT', 'GR', 'IE'],
      naceSections: ['P', 'N'],
      organisationTypes: ['public_body_local', 'vet_provider', 'ngo'],
      text: null,
    },
    contactPerson: {
      name: 'Rita Carvalho',
      email: 'rita.carvalho@amef-setubal.example',
      phone: '+351 265 500 200',
      role: 'Head of Employment Services',
    },
  }),

  // ---------------------------------------------------------------- Spain (published)
  org(SOFIA, 'published', {
    legalName: 'Centro Integrado de Formación Profesional Costa del Sol',
    displayName: 'CIFP Costa del Sol',
    oid: 'E10000018',
    pic: '945678123',
    country: 'ES',
    city: 'Málaga',
    website: 'https://cifp-costadelsol.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 1999,
    description:
      'CIFP Costa del Sol trains around 900 learners a year in hospitality, cooking, tourism management and sports. ' +
      'Our dual VET programmes alternate between the centre and hotels on the Costa del Sol. ' +
      'We contribute sector expertise in hospitality training and long experience in coordinating Erasmus+ projects.',
    topics: ['work_based_learning', 'apprenticeships', 'languages_learning', 'soft_skills'],
    targetGroups: ['ivet_learners', 'apprentices', 'vet_teachers_trainers'],
    languages: ['es', 'en', 'fr'],
    experience: { level: 'coordinated', pastProjects: 8 },
    lookingFor: {
      countries: ['GR', 'CY', 'IT', 'AT'],
      naceSections: ['I', 'P'],
      organisationTypes: ['sme', 'vet_provider'],
      text: 'Partners for exchanges of hospitality teachers and learners.',
    },
    contactPerson: {
      name: 'Lucía Moreno',
      email: 'lucia.moreno@cifp-costadelsol.example',
      phone: '+34 952 123 456',
      role: 'Erasmus+ Coordinator',
    },
  }),
  org(EVA, 'published', {
    legalName: 'Hoteles Mar Azul, S.L.',
    displayName: 'Hoteles Mar Azul',
    oid: 'E10000019',
    country: 'ES',
    city: 'Palma',
    website: 'https://hotelesmarazul.example',
    organisationType: 'sme',
    naceSections: ['I'],
    naceDivisions: ['55', '56'],
    sizeBand: '50-249',
    foundingYear: 1987,
    description:
      'Hoteles Mar Azul runs four family-owned hotels in Mallorca with around 200 staff in high season. ' +
      'We host international interns every year and have our own in-company trainers for kitchen, front office and housekeeping. ' +
      'We want to strengthen how we mentor interns and to cooperate with VET schools on sustainable tourism.',
    topics: ['work_based_learning', 'green_skills', 'soft_skills', 'languages_learning'],
    targetGroups: ['apprentices', 'in_company_trainers', 'employees'],
    languages: ['es', 'ca', 'en', 'de'],
    experience: { level: 'participated', pastProjects: 3 },
    lookingFor: {
      countries: ['GR', 'CY', 'PT', 'IT'],
      naceSections: ['P'],
      organisationTypes: ['vet_provider'],
      text: 'Hospitality VET schools sending learners for placements.',
    },
    contactPerson: {
      name: 'Jaume Ferrer',
      email: 'jaume.ferrer@hotelesmarazul.example',
      phone: '+34 971 456 789',
      role: 'HR Director',
    },
  }),
  org(JOAO, 'published', {
    legalName: 'Fundación Puente al Empleo',
    displayName: 'Fundación Puente',
    oid: 'E10000020',
    pic: '958372614',
    country: 'ES',
    city: 'Seville',
    website: 'https://fundacionpuente.example',
    organisationType: 'foundation',
    naceSections: ['N', 'P'],
    naceDivisions: ['78', '85'],
    sizeBand: '10-49',
    foundingYear: 2006,
    description:
      'Fundación Puente al Empleo helps young people and long-term unemployed adults in Andalusia into work through short vocational courses and individual job coaching. ' +
      'Every year more than 600 people take part in our programmes, and more than half find a job within six months. ' +
      'We bring proven methods for engaging disadvantaged learners and close ties with employers.',
    topics: ['inclusion', 'career_guidance', 'soft_skills', 'early_school_leaving'],
    targetGroups: ['neet_young_people', 'unemployed', 'people_with_disabilities'],
    languages: ['es', 'en'],
    experience: { level: 'coordinated', pastProjects: 4 },
    lookingFor: {
      countries: ['PT', 'IT', 'GR', 'RO'],
      naceSections: ['P', 'Q'],
      organisationTypes: ['ngo', 'vet_provider', 'counselling_body'],
      text: 'Organisations working with NEETs on soft skills.',
    },
    contactPerson: {
      name: 'Carmen Ruiz',
      email: 'carmen.ruiz@fundacionpuente.example',
      phone: '+34 954 987 654',
      role: 'Programme Director',
    },
  }),
  org(JOAO, 'published', {
    legalName: 'Construcciones Sostenibles del Norte, S.L.',
    displayName: 'Consnorte',
    oid: 'E10000021',
    country: 'ES',
    city: 'Bilbao',
    website: 'https://consnorte.example',
    organisationType: 'sme',
    naceSections: ['F'],
    naceDivisions: ['41', '43'],
    sizeBand: '50-249',
    foundingYear: 2001,
    description:
      'Consnorte builds and renovates residential buildings in the Basque Country, specialising in energy-efficient retrofitting and timber construction. ' +
      'We train our workers in new insulation and heat-pump techniques and take apprentices from local VET centres. ' +
      'We are interested in a partnership on green construction skills and on recognising the competences of experienced workers.',
    topics: ['green_skills', 'validation_of_skills', 'upskilling_reskilling', 'apprenticeships'],
    targetGroups: ['employees', 'apprentices', 'adults_low_skilled'],
    languages: ['es', 'eu', 'en'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: {
      countries: ['DE', 'AT', 'FI', 'PT'],
      naceSections: ['P', 'F'],
      organisationTypes: ['vet_provider', 'social_partner'],
      text: 'Construction VET centres with courses on nearly zero-energy buildings.',
    },
    contactPerson: {
      name: 'Iker Etxeberria',
      email: 'iker.etxeberria@consnorte.example',
      phone: null,
      role: 'Technical Director',
    },
  }),

  // ---------------------------------------------------------------- Italy (published)
  org(SOFIA, 'published', {
    legalName: 'Fondazione Istituto Tecnico Superiore Agroalimentare Emilia',
    displayName: 'ITS Agroalimentare Emilia',
    oid: 'E10000022',
    pic: '923456781',
    country: 'IT',
    city: 'Parma',
    website: 'https://its-agroemilia.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '10-49',
    foundingYear: 2010,
    description:
      'ITS Agroalimentare Emilia offers two-year higher technical programmes (EQF level 5) in food technology, quality control and food packaging, designed with the companies of the Food Valley. ' +
      'Half of the teaching staff come from industry and learners spend 800 hours in company placements. ' +
      'We contribute strong company links and experience with work-based learning at tertiary level.',
    topics: ['work_based_learning', 'quality_assurance', 'digital_transformation', 'green_skills'],
    targetGroups: ['cvet_learners', 'ivet_learners', 'in_company_trainers'],
    languages: ['it', 'en'],
    experience: { level: 'coordinated', pastProjects: 6 },
    lookingFor: {
      countries: ['GR', 'CY', 'PT', 'ES', 'PL'],
      naceSections: ['C', 'P'],
      organisationTypes: ['vet_provider', 'sme', 'research_centre'],
      text: 'Food-technology partners for joint modules and learner mobility.',
    },
    contactPerson: {
      name: 'Giulia Bianchi',
      email: 'g.bianchi@its-agroemilia.example',
      phone: '+39 0521 123456',
      role: 'Project Manager',
    },
  }),
  org(SOFIA, 'published', {
    legalName: 'Caseificio Valle Verde Società Cooperativa Agricola',
    displayName: 'Caseificio Valle Verde',
    oid: 'E10000023',
    country: 'IT',
    city: 'Reggio Emilia',
    website: 'https://caseificio-valleverde.example',
    organisationType: 'sme',
    naceSections: ['A', 'C'],
    naceDivisions: ['01', '10'],
    sizeBand: '10-49',
    foundingYear: 1965,
    description:
      'Caseificio Valle Verde is a cooperative of 25 dairy farms producing Parmigiano Reggiano. ' +
      'Our master cheesemakers pass on a traditional craft that is hard to recruit for, so we train apprentices in-house. ' +
      'We offer partners authentic workplace learning in dairy production and want help to document and certify these skills.',
    topics: ['apprenticeships', 'validation_of_skills', 'micro_credentials'],
    targetGroups: ['apprentices', 'employees', 'in_company_trainers'],
    languages: ['it', 'en'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: {
      countries: ['GR', 'FR', 'ES', 'PT'],
      naceSections: ['P'],
      organisationTypes: ['vet_provider', 'accreditation_body'],
      text: 'Partners to certify traditional food-craft skills.',
    },
    contactPerson: {
      name: 'Marco Ferrari',
      email: 'marco.ferrari@caseificio-valleverde.example',
      phone: '+39 0522 654321',
      role: 'President',
    },
  }),
  org(SOFIA, 'published', {
    legalName: 'Agenzia Regionale Puglia Competenze',
    displayName: 'Puglia Competenze',
    oid: 'E10000024',
    pic: '912837465',
    country: 'IT',
    city: 'Bari',
    website: 'https://pugliacompetenze.example',
    organisationType: 'public_body_regional',
    naceSections: ['O'],
    naceDivisions: ['84'],
    sizeBand: '50-249',
    foundingYear: 2018,
    description:
      'Puglia Competenze is the regional agency that plans the vocational training offer, manages the regional qualifications framework and runs validation services. ' +
      'It works with accredited training bodies across Apulia. ' +
      'In a partnership it brings policy influence, validation expertise and a channel to scale results across the region.',
    topics: ['validation_of_skills', 'quality_assurance', 'smart_specialisation', 'micro_credentials'],
    targetGroups: ['policy_makers', 'guidance_practitioners', 'adults_low_skilled'],
    languages: ['it', 'en'],
    experience: { level: 'coordinated', pastProjects: 3 },
    lookingFor: {
      countries: ['GR', 'ES', 'FR', 'SI'],
      naceSections: ['O', 'P'],
      organisationTypes: ['public_body_regional', 'public_body_national', 'accreditation_body'],
      text: 'Regions developing micro-credential frameworks.',
    },
    contactPerson: {
      name: 'Francesca Lombardi',
      email: 'f.lombardi@pugliacompetenze.example',
      phone: '+39 080 5401234',
      role: 'Head of Qualifications Unit',
    },
    openToPartnerships: false,
  }),
  org(EVA, 'published', {
    legalName: 'Insieme Cooperativa Sociale Onlus',
    displayName: 'Cooperativa Insieme',
    oid: 'E10000025',
    country: 'IT',
    city: 'Turin',
    website: 'https://coop-insieme.example',
    organisationType: 'ngo',
    naceSections: ['Q'],
    naceDivisions: ['88'],
    sizeBand: '10-49',
    foundingYear: 1994,
    description:
      'Cooperativa Insieme provides vocational training and supported employment for people with disabilities and young people at risk in Turin. ' +
      'We run a laundry, a catering service and a carpentry workshop where learners gain real work experience. ' +
      'We bring expertise in inclusive training design and job coaching.',
    topics: ['inclusion_diversity', 'work_based_learning', 'soft_skills'],
    targetGroups: ['people_with_disabilities', 'neet_young_people', 'adults_low_skilled'],
    languages: ['it', 'en', 'fr'],
    experience: { level: 'participated', pastProjects: 4 },
    lookingFor: {
      countries: ['ES', 'PT', 'DE', 'MK'],
      naceSections: ['Q', 'P'],
      organisationTypes: ['ngo', 'vet_provider', 'foundation'],
      text: 'Partners working on inclusive apprenticeships.',
    },
    contactPerson: {
      name: 'Paolo Greco',
      email: 'paolo.greco@coop-insieme.example',
      phone: '+39 011 2345678',
      role: 'Training Coordinator',
    },
  }),

  // ---------------------------------------------------------------- Germany (published)
  org(LUKAS, 'published', {
    legalName: 'Berufsbildungszentrum Rhein-Ruhr gGmbH',
    displayName: 'BBZ Rhein-Ruhr',
    oid: 'E10000026',
    pic: '934871265',
    country: 'DE',
    city: 'Essen',
    website: 'https://bbz-rheinruhr.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '250+',
    foundingYear: 1972,
    description:
      'BBZ Rhein-Ruhr is a non-profit inter-company training centre that complements dual apprenticeships in metalworking, electrical engineering, logistics and IT for over 300 member companies. ' +
      'We also offer retraining for adults and certified courses for in-company trainers. ' +
      'Partners benefit from our long experience with the dual system and with train-the-trainer programmes.',
    topics: ['apprenticeships', 'teacher_trainer_development', 'digital_transformation', 'upskilling_reskilling'],
    targetGroups: ['apprentices', 'in_company_trainers', 'unemployed'],
    languages: ['de', 'en', 'tr'],
    experience: { level: 'coordinated', pastProjects: 12 },
    lookingFor: {
      countries: ['GR', 'CY', 'PT', 'PL', 'RO'],
      naceSections: ['P', 'C'],
      organisationTypes: ['vet_provider', 'public_body_regional'],
      text: 'Partners in countries that are introducing or expanding apprenticeship schemes.',
    },
    contactPerson: {
      name: 'Stefan Weber',
      email: 's.weber@bbz-rheinruhr.example',
      phone: '+49 201 123456',
      role: 'Head of International Projects',
    },
  }),
  org(LUKAS, 'published', {
    legalName: 'Innungsverband Sanitär-Heizung-Klima Niederbayern',
    displayName: 'SHK Niederbayern',
    oid: 'E10000027',
    country: 'DE',
    city: 'Passau',
    website: 'https://shk-niederbayern.example',
    organisationType: 'social_partner',
    naceSections: ['S'],
    naceDivisions: ['94'],
    sizeBand: '1-9',
    foundingYear: 1952,
    description:
      'The guild association represents around 400 plumbing, heating and air-conditioning businesses in Lower Bavaria and organises their apprenticeship examinations. ' +
      'Heat pumps and solar heating are changing the trade quickly, and our members need updated training. ' +
      'We bring employer networks, examination expertise and a strong interest in green skills.',
    topics: ['green_skills', 'apprenticeships', 'quality_assurance'],
    targetGroups: ['employers_smes', 'apprentices', 'in_company_trainers'],
    languages: ['de', 'en'],
    experience: { level: 'participated', pastProjects: 2 },
    lookingFor: {
      countries: ['AT', 'ES', 'SI', 'HR'],
      naceSections: ['F', 'P'],
      organisationTypes: ['vet_provider', 'sme'],
      text: 'Trade associations and schools for a joint heat-pump curriculum.',
    },
    contactPerson: {
      name: 'Thomas Huber',
      email: 't.huber@shk-niederbayern.example',
      phone: '+49 851 987654',
      role: 'Managing Director',
    },
  }),
  org(LUKAS, 'published', {
    legalName: 'Schneider Präzisionstechnik GmbH',
    displayName: 'Schneider Präzisionstechnik',
    oid: 'E10000028',
    pic: '945612378',
    country: 'DE',
    city: 'Reutlingen',
    website: 'https://schneider-praezision.example',
    organisationType: 'sme',
    naceSections: ['C'],
    naceDivisions: ['25', '28'],
    sizeBand: '50-249',
    foundingYear: 1978,
    description:
      'Schneider Präzisionstechnik builds special-purpose machines and precision components for the automotive and medical-technology industries. ' +
      'We train eight to ten industrial mechanics and mechatronics apprentices every year in our own workshop. ' +
      'We want to open our apprenticeships to international exchanges and learn from partners about training for Industry 4.0.',
    topics: ['apprenticeships', 'digital_transformation', 'work_based_learning'],
    targetGroups: ['apprentices', 'in_company_trainers'],
    languages: ['de', 'en'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: {
      countries: ['PT', 'PL', 'IT', 'ES'],
      naceSections: ['C', 'P'],
      organisationTypes: ['vet_provider', 'sme'],
      text: 'Manufacturers and schools for apprentice exchanges.',
    },
    contactPerson: {
      name: 'Julia Schneider',
      email: 'j.schneider@schneider-praezision.example',
      phone: '+49 7121 345678',
      role: 'Head of Apprenticeships',
    },
  }),
  org(LUKAS, 'published', {
    legalName: 'Akkreditierungsagentur für Berufliche Weiterbildung e.V.',
    displayName: 'AABW',
    oid: 'E10000029',
    pic: '967812345',
    country: 'DE',
    city: 'Berlin',
    website: 'https://aabw.example',
    organisationType: 'accreditation_body',
    naceSections: ['M', 'P'],
    naceDivisions: ['71', '85'],
    sizeBand: '10-49',
    foundingYear: 2003,
    description:
      'AABW accredits continuing vocational training providers and programmes against national quality standards, auditing more than 250 providers a year. ' +
      'In a partnership we contribute expertise on quality assurance frameworks, EQAVET indicators and the quality of micro-credentials.',
    topics: ['quality_assurance', 'micro_credentials', 'validation_of_skills'],
    targetGroups: ['vet_teachers_trainers', 'policy_makers'],
    languages: ['de', 'en'],
    experience: { level: 'coordinated', pastProjects: 5 },
    lookingFor: {
      countries: ['GR', 'CY', 'BG', 'RO', 'MK'],
      naceSections: ['P', 'O'],
      organisationTypes: ['vet_provider', 'public_body_national', 'accreditation_body'],
      text: 'Partners building quality frameworks for short courses.',
    },
    contactPerson: {
      name: 'Dr. Katrin Vogel',
      email: 'k.vogel@aabw.example',
      phone: '+49 30 7654321',
      role: 'Head of Quality Development',
    },
  }),

  // ---------------------------------------------------------------- Poland (published)
  org(ANNA, 'published', {
    legalName: 'Zespół Szkół Okrętowych i Logistycznych w Gdańsku',
    displayName: 'ZSOiL Gdańsk',
    oid: 'E10000030',
    pic: '921345876',
    country: 'PL',
    city: 'Gdańsk',
    website: 'https://zsoil-gdansk.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 1948,
    description:
      'The School of Shipbuilding and Logistics in Gdańsk educates about 700 students as ship-hull technicians, welders, logistics technicians and forwarding agents. ' +
      'Shipyards and port terminals host our students for practical training. ' +
      'We are looking for partners to develop digital logistics training and to exchange teachers.',
    topics: ['digital_skills', 'work_based_learning', 'teacher_trainer_development', 'languages_learning'],
    targetGroups: ['ivet_learners', 'vet_teachers_trainers'],
    languages: ['pl', 'en', 'de'],
    experience: { level: 'participated', pastProjects: 7 },
    lookingFor: {
      countries: ['NL', 'HR', 'NO', 'PT', 'BG'],
      naceSections: ['H', 'C'],
      organisationTypes: ['vet_provider', 'large_enterprise'],
      text: 'Ports, shipyards and maritime schools.',
    },
    contactPerson: {
      name: 'Katarzyna Nowak',
      email: 'k.nowak@zsoil-gdansk.example',
      phone: '+48 58 3456789',
      role: 'Deputy Head',
    },
  }),
  org(ANNA, 'published', {
    legalName: 'Centrum Kształcenia Zawodowego i Ustawicznego w Lublinie',
    displayName: 'CKZiU Lublin',
    oid: 'E10000031',
    country: 'PL',
    city: 'Lublin',
    website: 'https://ckziu-lublin.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 2012,
    description:
      'CKZiU Lublin provides practical training for the vocational schools of the city and qualification courses for adults in IT, automotive, construction and care professions. ' +
      'Our workshops are equipped for hands-on teaching and for state vocational examinations. ' +
      'We bring experience in modular adult courses and in validating vocational qualifications.',
    topics: ['upskilling_reskilling', 'validation_of_skills', 'digital_skills', 'key_competences'],
    targetGroups: ['cvet_learners', 'ivet_learners', 'adults_low_skilled'],
    languages: ['pl', 'en', 'uk'],
    experience: { level: 'participated', pastProjects: 3 },
    lookingFor: {
      countries: ['DE', 'AT', 'FI', 'GR'],
      naceSections: ['P'],
      organisationTypes: ['vet_provider', 'adult_education'],
      text: null,
    },
    contactPerson: {
      name: 'Piotr Zieliński',
      email: 'p.zielinski@ckziu-lublin.example',
      phone: '+48 81 5321234',
      role: 'Project Coordinator',
    },
  }),
  org(ANNA, 'published', {
    legalName: 'LogiTrans Wielkopolska Sp. z o.o.',
    displayName: 'LogiTrans',
    oid: 'E10000032',
    country: 'PL',
    city: 'Poznań',
    website: 'https://logitrans.example',
    organisationType: 'sme',
    naceSections: ['H'],
    naceDivisions: ['49', '52'],
    sizeBand: '50-249',
    foundingYear: 2005,
    description:
      'LogiTrans is a road-freight and warehousing company with 180 employees and a fleet of 90 trucks on routes across Central Europe. ' +
      'We struggle to recruit drivers and warehouse staff and train most of them ourselves. ' +
      'We want to work with VET providers on training for drivers and warehouse operators, including digital warehouse systems.',
    topics: ['upskilling_reskilling', 'digital_transformation', 'work_based_learning'],
    targetGroups: ['employees', 'unemployed', 'migrants_refugees'],
    languages: ['pl', 'en', 'de'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: {
      countries: ['DE', 'NL', 'RO', 'PT'],
      naceSections: ['P', 'H'],
      organisationTypes: ['vet_provider', 'adult_education'],
      text: 'Providers of driver and warehouse training.',
    },
    contactPerson: {
      name: 'Tomasz Wiśniewski',
      email: 't.wisniewski@logitrans.example',
      phone: '+48 61 8765432',
      role: 'HR Manager',
    },
  }),
  org(ANNA, 'published', {
    legalName: 'Fundacja Rozwoju Kompetencji Cyfrowych',
    displayName: 'Fundacja Cyfrowa',
    oid: 'E10000033',
    pic: '956781234',
    country: 'PL',
    city: 'Kraków',
    website: 'https://fundacja-cyfrowa.example',
    organisationType: 'foundation',
    naceSections: ['J', 'P'],
    naceDivisions: ['62', '85'],
    sizeBand: '10-49',
    foundingYear: 2014,
    description:
      'The Foundation for Digital Competence Development runs coding bootcamps, digital-literacy courses for adults and training for teachers in Lesser Poland. ' +
      'Our open online courses have been used by more than 15,000 learners. ' +
      'In a partnership we bring e-learning design, digital tools and experience with DigComp-based assessment.',
    topics: ['digital_skills', 'teacher_trainer_development', 'key_competences', 'micro_credentials'],
    targetGroups: ['vet_teachers_trainers', 'adults_low_skilled', 'ivet_learners'],
    languages: ['pl', 'en'],
    experience: { level: 'coordinated', pastProjects: 6 },
    lookingFor: {
      countries: ['GR', 'PT', 'IT', 'ES', 'MK'],
      naceSections: ['P'],
      organisationTypes: ['vet_provider', 'school', 'adult_education'],
      text: 'Schools that want to pilot digital-skills modules.',
    },
    contactPerson: {
      name: 'Magdalena Lewandowska',
      email: 'm.lewandowska@fundacja-cyfrowa.example',
      phone: null,
      role: 'President of the Board',
    },
  }),

  // ---------------------------------------------------------------- France, Netherlands, Austria (published)
  org(SOFIA, 'published', {
    legalName: 'Lycée des Métiers du Bâtiment Confluence',
    displayName: 'Lycée Confluence',
    oid: 'E10000034',
    pic: '943218765',
    country: 'FR',
    city: 'Lyon',
    website: 'https://lycee-confluence.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 1968,
    description:
      'Lycée Confluence prepares 650 students for vocational baccalaureates and CAP certificates in construction, carpentry, plumbing and energy-efficiency trades. ' +
      'Our students train on a full-scale building site inside the school. ' +
      'We bring expertise in energy-renovation training and in European mobility for vocational students.',
    topics: ['green_skills', 'work_based_learning', 'languages_learning'],
    targetGroups: ['ivet_learners', 'vet_teachers_trainers', 'apprentices'],
    languages: ['fr', 'en'],
    experience: { level: 'participated', pastProjects: 5 },
    lookingFor: {
      countries: ['ES', 'DE', 'IT', 'FI'],
      naceSections: ['F', 'P'],
      organisationTypes: ['vet_provider', 'sme'],
      text: 'Construction schools and companies for joint green-building projects.',
    },
    contactPerson: {
      name: 'Claire Dubois',
      email: 'claire.dubois@lycee-confluence.example',
      phone: '+33 4 72 12 34 56',
      role: 'European Mobility Officer',
    },
  }),
  org(SOFIA, 'published', {
    legalName: 'Association Européenne des Centres de Formation aux Métiers du Tourisme',
    displayName: 'EuroTourSkills',
    oid: 'E10000035',
    country: 'FR',
    city: 'Paris',
    website: 'https://eurotourskills.example',
    organisationType: 'european_network',
    naceSections: ['S', 'P'],
    naceDivisions: ['94', '85'],
    sizeBand: '1-9',
    foundingYear: 2009,
    description:
      'EuroTourSkills is a European network of 60 vocational training centres and companies in tourism and hospitality from 18 countries. ' +
      'We organise peer learning, monitor skills trends in the sector and help members build consortia. ' +
      'In a partnership we ensure wide dissemination and sustainability through our member network.',
    topics: ['digital_transformation', 'green_skills', 'quality_assurance', 'teacher_trainer_development'],
    targetGroups: ['vet_teachers_trainers', 'policy_makers', 'employers_smes'],
    languages: ['fr', 'en', 'es'],
    experience: { level: 'coordinated', pastProjects: 9 },
    lookingFor: {
      countries: ['GR', 'CY', 'HR', 'TR', 'BG'],
      naceSections: ['I', 'P'],
      organisationTypes: ['vet_provider', 'sme', 'public_body_regional'],
      text: 'New members from tourism regions in South-East Europe.',
    },
    contactPerson: {
      name: 'Isabelle Martin',
      email: 'isabelle.martin@eurotourskills.example',
      phone: '+33 1 45 67 89 01',
      role: 'Network Coordinator',
    },
  }),
  org(LUKAS, 'published', {
    legalName: 'Stichting ROC Zuiderzee College',
    displayName: 'Zuiderzee College',
    oid: 'E10000036',
    pic: '965432187',
    country: 'NL',
    city: 'Lelystad',
    website: 'https://zuiderzeecollege.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '250+',
    foundingYear: 1996,
    description:
      'Zuiderzee College is a regional training centre offering upper-secondary vocational programmes to 8,000 students in engineering, logistics, health care and hospitality. ' +
      'Most programmes can be followed as a school-based or a work-based track. ' +
      'We contribute experience in hybrid learning between school and company and in career guidance embedded in VET.',
    topics: ['work_based_learning', 'career_guidance', 'digital_skills', 'inclusion_diversity'],
    targetGroups: ['ivet_learners', 'apprentices', 'vet_teachers_trainers'],
    languages: ['nl', 'en'],
    experience: { level: 'coordinated', pastProjects: 10 },
    lookingFor: {
      countries: ['GR', 'PT', 'PL', 'SI'],
      naceSections: ['H', 'Q', 'P'],
      organisationTypes: ['vet_provider', 'sme'],
      text: 'Schools interested in hybrid school–company learning.',
    },
    contactPerson: {
      name: 'Sanne de Vries',
      email: 's.devries@zuiderzeecollege.example',
      phone: '+31 320 123456',
      role: 'International Officer',
    },
  }),
  org(LUKAS, 'published', {
    legalName: 'GreenPort Logistics B.V.',
    displayName: 'GreenPort Logistics',
    oid: 'E10000037',
    pic: '978123456',
    country: 'NL',
    city: 'Rotterdam',
    website: 'https://greenport-logistics.example',
    organisationType: 'large_enterprise',
    naceSections: ['H', 'G'],
    naceDivisions: ['52', '46'],
    sizeBand: '250+',
    foundingYear: 1991,
    description:
      'GreenPort Logistics operates container and cold-storage terminals in the Port of Rotterdam with about 1,100 employees. ' +
      'The automation of our terminals requires continuous reskilling of crane operators, technicians and planners. ' +
      'We offer partners insight into port automation, in-company trainers and placements for logistics learners.',
    topics: ['digital_transformation', 'upskilling_reskilling', 'work_based_learning'],
    targetGroups: ['employees', 'ivet_learners', 'in_company_trainers'],
    languages: ['nl', 'en'],
    experience: { level: 'participated', pastProjects: 3 },
    lookingFor: {
      countries: ['PL', 'HR', 'BG', 'PT'],
      naceSections: ['P'],
      organisationTypes: ['vet_provider'],
      text: 'Maritime and logistics VET schools.',
    },
    contactPerson: {
      name: 'Mark Jansen',
      email: 'mark.jansen@greenport-logistics.example',
      phone: '+31 10 4567890',
      role: 'Learning & Development Lead',
    },
    openToPartnerships: false,
  }),
  org(EVA, 'published', {
    legalName: 'Bildungswerk Steiermark für Erwachsenenbildung',
    displayName: 'Bildungswerk Steiermark',
    oid: 'E10000038',
    country: 'AT',
    city: 'Graz',
    website: 'https://bildungswerk-stmk.example',
    organisationType: 'adult_education',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 1959,
    description:
      'Bildungswerk Steiermark offers basic-skills courses, German as a second language, vocational qualifications and community education across Styria. ' +
      'We reach adults in rural areas through a network of 40 local learning centres. ' +
      'We bring expertise in outreach to low-skilled adults and in recognising prior learning.',
    topics: ['key_competences', 'validation_of_skills', 'languages_learning', 'participation_democratic_life'],
    targetGroups: ['adults_low_skilled', 'migrants_refugees', 'unemployed'],
    languages: ['de', 'en', 'sl'],
    experience: { level: 'coordinated', pastProjects: 7 },
    lookingFor: {
      countries: ['SI', 'HR', 'GR', 'PL'],
      naceSections: ['P'],
      organisationTypes: ['adult_education', 'ngo', 'public_body_local'],
      text: 'Adult education partners working in rural areas.',
    },
    contactPerson: {
      name: 'Martina Gruber',
      email: 'm.gruber@bildungswerk-stmk.example',
      phone: '+43 316 123456',
      role: 'EU Projects Manager',
    },
  }),
  org(LUKAS, 'published', {
    legalName: 'Alpenhof Tourismusbetriebe GmbH',
    displayName: 'Alpenhof Tirol',
    oid: 'E10000039',
    pic: '912876543',
    country: 'AT',
    city: 'Innsbruck',
    website: 'https://alpenhof-tirol.example',
    organisationType: 'sme',
    naceSections: ['I'],
    naceDivisions: ['55', '56'],
    sizeBand: '50-249',
    foundingYear: 1974,
    description:
      'Alpenhof Tirol runs two hotels and a mountain restaurant near Innsbruck and trains apprentice chefs, restaurant specialists and hotel assistants in the Austrian dual system. ' +
      'Many of our staff work in Tyrol in winter and on the Mediterranean in summer. ' +
      'We want partners for apprentice exchanges and for seasonal, cross-border career paths.',
    topics: ['apprenticeships', 'languages_learning', 'soft_skills'],
    targetGroups: ['apprentices', 'employees', 'in_company_trainers'],
    languages: ['de', 'en', 'it'],
    experience: { level: 'participated', pastProjects: 1 },
    lookingFor: {
      countries: ['GR', 'CY', 'ES', 'HR', 'IT'],
      naceSections: ['I', 'P'],
      organisationTypes: ['sme', 'vet_provider'],
      text: 'Mediterranean hotels and schools for seasonal exchanges.',
    },
    contactPerson: {
      name: 'Andreas Pichler',
      email: 'a.pichler@alpenhof-tirol.example',
      phone: '+43 512 345678',
      role: 'General Manager',
    },
  }),

  // ---------------------------------------------------------------- Finland, Ireland, Norway (published)
  org(ANNA, 'published', {
    legalName: 'Järvi-Savon ammattiopisto',
    displayName: 'Järvi-Savo Vocational College',
    oid: 'E10000040',
    pic: '934567812',
    country: 'FI',
    city: 'Kuopio',
    website: 'https://jarvisavo.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '250+',
    foundingYear: 1992,
    description:
      'Järvi-Savo Vocational College provides competence-based vocational qualifications for young people and adults in technology, social and health care, forestry and natural resources. ' +
      'Each learner follows a personal competence development plan, and much of the learning takes place at workplaces. ' +
      'We bring expertise in personalised learning paths and in recognising prior learning.',
    topics: ['validation_of_skills', 'work_based_learning', 'digital_skills', 'green_skills'],
    targetGroups: ['ivet_learners', 'cvet_learners', 'vet_teachers_trainers'],
    languages: ['fi', 'sv', 'en'],
    experience: { level: 'coordinated', pastProjects: 11 },
    lookingFor: {
      countries: ['GR', 'PT', 'ES', 'IT', 'TR'],
      naceSections: ['A', 'Q', 'P'],
      organisationTypes: ['vet_provider', 'sme'],
      text: 'Partners to exchange practice on personalised learning.',
    },
    contactPerson: {
      name: 'Mikko Korhonen',
      email: 'mikko.korhonen@jarvisavo.example',
      phone: '+358 17 123 4567',
      role: 'Head of International Affairs',
    },
  }),
  org(ANNA, 'published', {
    legalName: 'Pohjolan Metsäteknologia Oy',
    displayName: 'Northern Forest Tech',
    oid: 'E10000041',
    country: 'FI',
    city: 'Oulu',
    website: 'https://northernforesttech.example',
    organisationType: 'sme',
    naceSections: ['A', 'J'],
    naceDivisions: ['02', '62'],
    sizeBand: '10-49',
    foundingYear: 2012,
    description:
      'Northern Forest Tech develops simulator-based training and digital tools for forest-machine operators and sawmill workers. ' +
      'Our simulators are used by vocational colleges in four Nordic countries. ' +
      'We contribute virtual training environments and expertise in simulation-based assessment.',
    topics: ['digital_transformation', 'green_skills', 'teacher_trainer_development'],
    targetGroups: ['vet_teachers_trainers', 'ivet_learners', 'employees'],
    languages: ['fi', 'en', 'sv'],
    experience: { level: 'participated', pastProjects: 2 },
    lookingFor: {
      countries: ['AT', 'SI', 'HR', 'RO', 'PT'],
      naceSections: ['A', 'P'],
      organisationTypes: ['vet_provider', 'research_centre'],
      text: 'Forestry schools interested in simulator training.',
    },
    contactPerson: {
      name: 'Laura Virtanen',
      email: 'laura.virtanen@northernforesttech.example',
      phone: '+358 40 123 4567',
      role: 'Chief Executive Officer',
    },
  }),
  org(SOFIA, 'published', {
    legalName: "St Brendan's Community School",
    displayName: "St Brendan's CS",
    oid: 'E10000042',
    country: 'IE',
    city: 'Athenry',
    website: 'https://stbrendans-cs.example',
    organisationType: 'school',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 1981,
    description:
      "St Brendan's is a co-educational community school for 750 students aged 12 to 18 that combines the general curriculum with applied programmes and work experience. " +
      'We run a strong programme to keep at-risk students in education. ' +
      'In a partnership we bring practice in preventing early school leaving and in linking schools with local employers.',
    topics: ['early_school_leaving', 'career_guidance', 'key_competences'],
    targetGroups: ['ivet_learners', 'guidance_practitioners'],
    languages: ['en', 'ga'],
    experience: { level: 'participated', pastProjects: 2 },
    lookingFor: {
      countries: ['GR', 'PT', 'ES', 'FI'],
      naceSections: ['P'],
      organisationTypes: ['school', 'vet_provider', 'counselling_body'],
      text: 'Schools tackling early school leaving.',
    },
    contactPerson: {
      name: "Siobhán O'Connor",
      email: 's.oconnor@stbrendans-cs.example',
      phone: '+353 91 123456',
      role: 'Guidance Counsellor',
    },
  }),
  org(LUKAS, 'published', {
    legalName: 'Apprenticeship Development Agency of Ireland',
    displayName: 'ADAI',
    oid: 'E10000043',
    pic: '989012345',
    country: 'IE',
    city: 'Dublin',
    website: 'https://adai.example',
    organisationType: 'public_body_national',
    naceSections: ['O'],
    naceDivisions: ['84'],
    sizeBand: '50-249',
    foundingYear: 2016,
    description:
      'The Agency supports industry-led consortia in designing new national apprenticeship programmes and monitors their quality. ' +
      'Since 2016 it has helped launch more than 40 new apprenticeships, from ICT to hospitality. ' +
      'In a partnership it shares policy experience on apprenticeship governance and employer engagement.',
    topics: ['apprenticeships', 'quality_assurance', 'inclusion'],
    targetGroups: ['policy_makers', 'employers_smes'],
    languages: ['en', 'ga'],
    experience: { level: 'coordinated', pastProjects: 4 },
    lookingFor: {
      countries: ['GR', 'CY', 'PT', 'MK', 'TR'],
      naceSections: ['O', 'P'],
      organisationTypes: ['public_body_national', 'public_body_regional', 'social_partner'],
      text: 'Countries building or reforming apprenticeship systems.',
    },
    contactPerson: {
      name: 'Ciarán Murphy',
      email: 'ciaran.murphy@adai.example',
      phone: '+353 1 6123456',
      role: 'Head of Policy',
    },
  }),
  org(LUKAS, 'published', {
    legalName: 'Opplæringskontoret for Maritime Fag Vestland',
    displayName: 'OKMF Vestland',
    oid: 'E10000044',
    country: 'NO',
    city: 'Bergen',
    website: 'https://okmf-vestland.example',
    organisationType: 'other',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '10-49',
    foundingYear: 1994,
    description:
      "The Training Office for Maritime Trades is owned by 60 shipping and offshore companies in Western Norway and manages apprenticeships for ship's mechanics, deck crew and aquaculture workers. " +
      "We recruit apprentices, follow them up at sea and prepare them for the journeyman's examination. " +
      'We bring experience in managing apprenticeships on behalf of many small employers.',
    topics: ['apprenticeships', 'work_based_learning', 'quality_assurance'],
    targetGroups: ['apprentices', 'in_company_trainers', 'employers_smes'],
    languages: ['no', 'en'],
    experience: { level: 'coordinated', pastProjects: 3 },
    lookingFor: {
      countries: ['PT', 'PL', 'HR', 'BG', 'GR'],
      naceSections: ['H', 'P'],
      organisationTypes: ['vet_provider', 'social_partner'],
      text: 'Maritime schools and employers interested in apprenticeship governance.',
    },
    contactPerson: {
      name: 'Kari Hansen',
      email: 'kari.hansen@okmf-vestland.example',
      phone: '+47 55 12 34 56',
      role: 'Daily Manager',
    },
  }),

  // ---------------------------------------------------------------- South-East Europe (published)
  org(ANNA, 'published', {
    legalName: 'Asociația Clusterul IT Transilvania',
    displayName: 'Transilvania IT Cluster',
    oid: 'E10000045',
    pic: '923487651',
    country: 'RO',
    city: 'Cluj-Napoca',
    website: 'https://transilvania-it.example',
    organisationType: 'other',
    naceSections: ['J', 'M'],
    naceDivisions: ['62', '70'],
    sizeBand: '1-9',
    foundingYear: 2013,
    description:
      'The Transilvania IT Cluster brings together 80 software companies, universities and public authorities in the Cluj region. ' +
      'We run joint training programmes to address shortages of software testers, data analysts and cybersecurity specialists. ' +
      'We bring industry demand, company trainers and experience in short, job-oriented courses.',
    topics: ['digital_skills', 'upskilling_reskilling', 'micro_credentials', 'smart_specialisation'],
    targetGroups: ['employees', 'employers_smes', 'cvet_learners'],
    languages: ['ro', 'en', 'hu'],
    experience: { level: 'participated', pastProjects: 3 },
    lookingFor: {
      countries: ['DE', 'FI', 'NL', 'GR'],
      naceSections: ['P', 'J'],
      organisationTypes: ['vet_provider', 'higher_education'],
      text: 'VET providers with IT programmes for career changers.',
    },
    contactPerson: {
      name: 'Andrei Popescu',
      email: 'andrei.popescu@transilvania-it.example',
      phone: '+40 264 123 456',
      role: 'Cluster Manager',
    },
  }),
  org(ANNA, 'published', {
    legalName: 'Professional High School of Maritime Transport and Logistics, Varna',
    displayName: 'Varna Maritime VET School',
    oid: 'E10000046',
    country: 'BG',
    city: 'Varna',
    website: 'https://varna-maritime-vet.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 1961,
    description:
      'The school trains 550 students as ship mechanics, logistics technicians and port operators on the Black Sea coast. ' +
      'We have a ship-bridge simulator and long-standing partnerships with the port and local shipping companies. ' +
      'We want to modernise our curricula with digital logistics content and exchange teachers with other maritime schools.',
    topics: ['digital_skills', 'teacher_trainer_development', 'work_based_learning'],
    targetGroups: ['ivet_learners', 'vet_teachers_trainers'],
    languages: ['bg', 'en', 'ru'],
    experience: { level: 'participated', pastProjects: 4 },
    lookingFor: {
      countries: ['PL', 'NL', 'HR', 'GR', 'TR'],
      naceSections: ['H', 'P'],
      organisationTypes: ['vet_provider', 'large_enterprise'],
      text: 'Maritime schools and port companies.',
    },
    contactPerson: {
      name: 'Ivan Dimitrov',
      email: 'i.dimitrov@varna-maritime-vet.example',
      phone: '+359 52 612345',
      role: 'Deputy Director',
    },
  }),
  org(EVA, 'published', {
    legalName: 'Poklicni center Savinja',
    displayName: 'PC Savinja',
    oid: 'E10000047',
    pic: '945128736',
    country: 'SI',
    city: 'Celje',
    website: 'https://pc-savinja.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '250+',
    foundingYear: 1998,
    description:
      'PC Savinja is a vocational education centre in Celje with schools of mechanical engineering, electrical engineering and wood technology and a regional inter-company training centre. ' +
      'We run adult education and apprenticeships together with regional employers. ' +
      'Partners benefit from our experience with the Slovenian apprenticeship scheme and with green-skills training in wood technology.',
    topics: ['apprenticeships', 'green_skills', 'quality_assurance', 'digital_skills'],
    targetGroups: ['ivet_learners', 'apprentices', 'cvet_learners'],
    languages: ['sl', 'en', 'de'],
    experience: { level: 'coordinated', pastProjects: 6 },
    lookingFor: {
      countries: ['AT', 'HR', 'FI', 'IT', 'MK'],
      naceSections: ['C', 'P'],
      organisationTypes: ['vet_provider', 'sme'],
      text: 'Wood-technology and furniture companies and schools.',
    },
    contactPerson: {
      name: 'Eva Novak',
      email: 'eva.novak@pc-savinja.example',
      phone: '+386 3 123 4567',
      role: 'Head of Development',
    },
  }),
  org(EVA, 'published', {
    legalName: 'Association for Youth Skills and Employment Skills4Youth Skopje',
    displayName: 'Skills4Youth',
    oid: 'E10000048',
    country: 'MK',
    city: 'Skopje',
    website: 'https://skills4youth.example',
    organisationType: 'ngo',
    naceSections: ['S', 'P'],
    naceDivisions: ['94', '85'],
    sizeBand: '1-9',
    foundingYear: 2015,
    description:
      'Skills4Youth works with young people in Skopje and the surrounding municipalities who have left school early or are unemployed, including Roma youth. ' +
      'We run soft-skills workshops, career coaching and short vocational courses with local employers. ' +
      'We bring access to vulnerable young people and experience in youth participation.',
    topics: ['soft_skills', 'early_school_leaving', 'career_guidance', 'participation_democratic_life'],
    targetGroups: ['neet_young_people', 'unemployed'],
    languages: ['mk', 'sq', 'en'],
    experience: { level: 'participated', pastProjects: 2 },
    lookingFor: {
      countries: ['GR', 'SI', 'AT', 'IT'],
      naceSections: ['P', 'Q'],
      organisationTypes: ['vet_provider', 'ngo', 'foundation'],
      text: 'Partners with youth-employment programmes.',
    },
    contactPerson: {
      name: 'Aleksandar Stojanovski',
      email: 'a.stojanovski@skills4youth.example',
      phone: '+389 2 3123456',
      role: 'Executive Director',
    },
  }),
  org(EVA, 'published', {
    legalName: 'Ege Tekstil Sanayi ve Ticaret A.Ş.',
    displayName: 'Ege Tekstil',
    oid: 'E10000049',
    pic: '967123458',
    country: 'TR',
    city: 'Denizli',
    website: 'https://egetekstil.example',
    organisationType: 'large_enterprise',
    naceSections: ['C', 'G'],
    naceDivisions: ['13', '14', '46'],
    sizeBand: '250+',
    foundingYear: 1979,
    description:
      'Ege Tekstil is a vertically integrated producer of home textiles and towels with 1,800 employees, exporting to 40 countries. ' +
      'We run an in-house training academy and a vocational training partnership with local technical high schools. ' +
      'We want to cooperate on skills for green textile production and the digitalisation of production lines.',
    topics: ['green_skills', 'digital_transformation', 'work_based_learning', 'upskilling_reskilling'],
    targetGroups: ['employees', 'ivet_learners', 'in_company_trainers'],
    languages: ['tr', 'en', 'de'],
    experience: { level: 'participated', pastProjects: 3 },
    lookingFor: {
      countries: ['PT', 'IT', 'ES', 'DE'],
      naceSections: ['C', 'P', 'M'],
      organisationTypes: ['vet_provider', 'research_centre', 'large_enterprise'],
      text: 'Textile VET providers and research centres.',
    },
    contactPerson: {
      name: 'Elif Yılmaz',
      email: 'elif.yilmaz@egetekstil.example',
      phone: '+90 258 123 4567',
      role: 'Training Academy Manager',
    },
  }),
  org(EVA, 'published', {
    legalName: 'Kvarner Brodogradnja d.d.',
    displayName: 'Kvarner Shipyard',
    oid: 'E10000050',
    pic: '923456178',
    country: 'HR',
    city: 'Rijeka',
    website: 'https://kvarner-shipyard.example',
    organisationType: 'large_enterprise',
    naceSections: ['C'],
    naceDivisions: ['30', '33'],
    sizeBand: '250+',
    foundingYear: 1947,
    description:
      'Kvarner Shipyard builds and repairs specialised vessels and employs about 900 people, including many welders, fitters and marine electricians. ' +
      'The yard runs its own training centre for welding certification. ' +
      'We are looking for VET partners to attract young people to shipbuilding trades and to update welding and electrical training.',
    topics: ['upskilling_reskilling', 'work_based_learning', 'career_guidance'],
    targetGroups: ['employees', 'ivet_learners', 'in_company_trainers'],
    languages: ['hr', 'en', 'it'],
    experience: { level: 'participated', pastProjects: 1 },
    lookingFor: {
      countries: ['PL', 'PT', 'NO', 'BG'],
      naceSections: ['P'],
      organisationTypes: ['vet_provider'],
      text: 'Maritime and welding VET schools.',
    },
    contactPerson: {
      name: 'Ivana Kovačić',
      email: 'ivana.kovacic@kvarner-shipyard.example',
      phone: '+385 51 123 456',
      role: 'HR Development Manager',
    },
  }),

  // ---------------------------------------------------------------- Submitted: waiting in the NA queue
  org(MARIA, 'submitted', {
    legalName: '2ο Επαγγελματικό Λύκειο Πειραιά',
    displayName: '2ο ΕΠΑΛ Πειραιά',
    oid: 'E10000051',
    country: 'GR',
    city: 'Piraeus',
    website: 'https://epal2-peiraia.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '50-249',
    foundingYear: 1979,
    description:
      'Το 2ο ΕΠΑΛ Πειραιά εκπαιδεύει μαθητές στις ειδικότητες Ναυτιλιακών, Ηλεκτρολογίας και Μηχανολογίας, κοντά στο μεγαλύτερο λιμάνι της χώρας. ' +
      'Συνεργαζόμαστε με ναυπηγεία και ναυτιλιακές εταιρείες για την πρακτική άσκηση των μαθητών. ' +
      'Θέλουμε να συμμετάσχουμε σε σύμπραξη για τις ψηφιακές δεξιότητες στη ναυτιλία και την πρόληψη της σχολικής διαρροής.',
    topics: ['digital_skills', 'early_school_leaving', 'work_based_learning'],
    targetGroups: ['ivet_learners', 'vet_teachers_trainers'],
    languages: ['el', 'en'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: {
      countries: ['NO', 'PL', 'HR', 'NL'],
      naceSections: ['H', 'C'],
      organisationTypes: ['vet_provider', 'large_enterprise'],
      text: 'Ναυτιλιακές σχολές και εταιρείες λιμένων.',
    },
    contactPerson: {
      name: 'Σταυρούλα Λαμπράκη',
      email: 's.lamprakis@epal2-peiraia.example',
      phone: null,
      role: 'Εκπαιδευτικός, υπεύθυνη προγραμμάτων',
    },
  }),
  org(EVA, 'submitted', {
    legalName: 'Αγροτικός Συνεταιρισμός Ελαιοπαραγωγών Πύλου',
    displayName: 'ΑΣ Ελαιοπαραγωγών Πύλου',
    oid: 'E10000052',
    country: 'GR',
    city: 'Pylos',
    website: 'https://as-pylou.example',
    organisationType: 'sme',
    naceSections: ['A', 'C'],
    naceDivisions: ['01', '10'],
    sizeBand: '10-49',
    foundingYear: 1936,
    description:
      'Ο Συνεταιρισμός συγκεντρώνει 420 ελαιοπαραγωγούς της περιοχής της Πύλου και λειτουργεί σύγχρονο ελαιοτριβείο και τυποποιητήριο. ' +
      'Τα μέλη μας χρειάζονται κατάρτιση στη βιολογική καλλιέργεια, στον έλεγχο ποιότητας και στις εξαγωγές. ' +
      'Προσφέρουμε χώρο πρακτικής άσκησης για σπουδαστές γεωπονίας και τεχνολογίας τροφίμων.',
    topics: ['green_skills', 'upskilling_reskilling', 'entrepreneurship'],
    targetGroups: ['employees', 'adults_low_skilled', 'employers_smes'],
    languages: ['el', 'en'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: {
      countries: ['IT', 'ES', 'PT'],
      naceSections: ['P', 'M'],
      organisationTypes: ['vet_provider', 'research_centre'],
      text: 'Φορείς κατάρτισης με εμπειρία στη βιολογική γεωργία.',
    },
    contactPerson: {
      name: 'Γιάννης Παπαδημητρίου',
      email: 'g.papadimitriou@as-pylou.example',
      phone: '+30 27230 22111',
      role: 'Πρόεδρος',
    },
  }),
  org(MARIA, 'submitted', {
    legalName: 'Κοινωφελής Επιχείρηση Δήμου Λαρισαίων',
    displayName: 'ΚΕΔ Λάρισας',
    oid: 'E10000053',
    pic: '934761258',
    country: 'GR',
    city: 'Larissa',
    website: 'https://ked-larissa.example',
    organisationType: 'public_body_local',
    naceSections: ['O', 'Q'],
    naceDivisions: ['84', '88'],
    sizeBand: '50-249',
    foundingYear: 2008,
    description:
      'Η Κοινωφελής Επιχείρηση του Δήμου Λαρισαίων υλοποιεί κοινωνικές δομές, προγράμματα απασχόλησης και δράσεις δια βίου μάθησης για τους δημότες.\n\n' +
      'The Municipal Public Benefit Company of Larissa runs social services, employment schemes and lifelong-learning activities for residents. ' +
      'We want to join partnerships that help unemployed adults and young people gain vocational skills close to home.',
    topics: ['inclusion', 'upskilling_reskilling', 'career_guidance'],
    targetGroups: ['unemployed', 'adults_low_skilled', 'neet_young_people'],
    languages: ['el', 'en'],
    experience: { level: 'participated', pastProjects: 1 },
    lookingFor: {
      countries: ['PT', 'ES', 'IT', 'AT'],
      naceSections: ['P', 'O'],
      organisationTypes: ['public_body_local', 'vet_provider', 'adult_education'],
      text: null,
    },
    contactPerson: {
      name: 'Ευάγγελος Τσιούρης',
      email: 'e.tsiouris@ked-larissa.example',
      phone: '+30 2410 531000',
      role: 'Υπεύθυνος προγραμμάτων',
    },
  }),
  org(MARIA, 'submitted', {
    legalName: 'Κέντρο Επαγγελματικής Κατάρτισης Αμμοχώστου Λτδ',
    displayName: 'ΚΕΚ Αμμοχώστου',
    oid: 'E10000054',
    country: 'CY',
    city: 'Paralimni',
    website: 'https://kek-ammochostou.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '10-49',
    foundingYear: 2002,
    description:
      'Το ΚΕΚ Αμμοχώστου οργανώνει προγράμματα κατάρτισης για εργαζόμενους στον τουρισμό της επαρχίας Αμμοχώστου, με έμφαση στις ξένες γλώσσες και την εξυπηρέτηση πελατών. ' +
      'Τους χειμερινούς μήνες εκπαιδεύουμε εποχικούς εργαζόμενους ώστε να αναβαθμίσουν τις δεξιότητές τους. ' +
      'Αναζητούμε εταίρους για μικροπιστοποιήσεις στον τουρισμό.',
    topics: ['micro_credentials', 'languages_learning', 'upskilling_reskilling'],
    targetGroups: ['employees', 'cvet_learners'],
    languages: ['el', 'en'],
    experience: { level: 'participated', pastProjects: 1 },
    lookingFor: {
      countries: ['GR', 'ES', 'AT', 'IT'],
      naceSections: ['I', 'P'],
      organisationTypes: ['vet_provider', 'sme'],
      text: 'Φορείς κατάρτισης στον τουρισμό.',
    },
    contactPerson: {
      name: 'Ελένη Χριστοδούλου',
      email: 'e.christodoulou@kek-ammochostou.example',
      phone: '+357 23 821234',
      role: 'Διευθύντρια',
    },
  }),
  org(JOAO, 'submitted', {
    legalName: 'Escola Profissional de Hotelaria e Turismo do Algarve',
    displayName: 'EPHT Algarve',
    oid: 'E10000055',
    pic: '912654378',
    country: 'PT',
    city: 'Faro',
    website: 'https://epht-algarve.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '10-49',
    foundingYear: 1997,
    description:
      'EPHT Algarve offers vocational courses in cooking, pastry, restaurant service and tourism to 300 students in the Algarve. ' +
      'Our training restaurant is open to the public and students complete placements in regional hotels. ' +
      'We want to take part in partnerships on sustainable gastronomy and tourism.',
    topics: ['green_skills', 'work_based_learning', 'entrepreneurship'],
    targetGroups: ['ivet_learners', 'vet_teachers_trainers'],
    languages: ['pt', 'en', 'es'],
    experience: { level: 'participated', pastProjects: 2 },
    lookingFor: {
      countries: ['GR', 'CY', 'ES', 'IT'],
      naceSections: ['I', 'P'],
      organisationTypes: ['vet_provider', 'sme'],
      text: 'Hospitality schools and hotels in the Mediterranean.',
    },
    contactPerson: {
      name: 'Sofia Martins',
      email: 'sofia.martins@epht-algarve.example',
      phone: '+351 289 123 456',
      role: 'Pedagogical Director',
    },
  }),
  org(JOAO, 'submitted', {
    legalName: 'TêxtilNorte – Confeções, Lda.',
    displayName: 'TêxtilNorte',
    oid: 'E10000056',
    country: 'PT',
    city: 'Barcelos',
    website: 'https://textilnorte.example',
    organisationType: 'sme',
    naceSections: ['C'],
    naceDivisions: ['13', '14'],
    sizeBand: '50-249',
    foundingYear: 1986,
    description:
      'TêxtilNorte produces knitted garments for European fashion brands and employs 140 people, mostly seamstresses and machine operators. ' +
      'We need to train workers on new automated cutting equipment and on recycling textile waste. ' +
      'We are looking for VET partners and research centres working on circular textiles.',
    topics: ['green_skills', 'upskilling_reskilling', 'digital_transformation'],
    targetGroups: ['employees', 'adults_low_skilled'],
    languages: ['pt', 'en'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: {
      countries: ['TR', 'IT', 'ES', 'DE'],
      naceSections: ['P', 'M'],
      organisationTypes: ['vet_provider', 'research_centre'],
      text: 'Partners working on circular textile skills.',
    },
    contactPerson: {
      name: 'Paula Costa',
      email: 'paula.costa@textilnorte.example',
      phone: null,
      role: 'Production Manager',
    },
  }),

  // ---------------------------------------------------------------- Drafts
  org(MARIA, 'draft', {
    legalName: 'Ψηφιακό Εργαστήρι Πάτρας Ι.Κ.Ε.',
    displayName: 'Ψηφιακό Εργαστήρι',
    oid: 'E10000057',
    country: 'GR',
    city: 'Patras',
    website: null,
    organisationType: 'sme',
    naceSections: ['J', 'P'],
    naceDivisions: ['62', '85'],
    sizeBand: '1-9',
    foundingYear: 2019,
    description:
      'Μικρή εταιρεία λογισμικού που αναπτύσσει εκπαιδευτικές εφαρμογές και οργανώνει σεμινάρια προγραμματισμού για εφήβους και ενήλικες. ' +
      'Θέλουμε να συνεργαστούμε με σχολές επαγγελματικής εκπαίδευσης για ψηφιακό εκπαιδευτικό υλικό.',
    topics: ['digital_skills', 'entrepreneurship'],
    targetGroups: ['ivet_learners'],
    languages: ['el', 'en'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: { countries: [], naceSections: ['P'], organisationTypes: ['vet_provider'], text: null },
  }),
  org(ANNA, 'draft', {
    legalName: 'Stowarzyszenie Edukacji Dorosłych „Nowy Start”',
    displayName: 'Nowy Start',
    oid: 'E10000058',
    country: 'PL',
    city: 'Wrocław',
    website: null,
    organisationType: 'adult_education',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '1-9',
    foundingYear: 2021,
    description:
      'Nowy Start is a small association offering evening courses for adults returning to learning. ' +
      'We are preparing our first Erasmus+ application.',
    topics: ['key_competences', 'inclusion'],
    targetGroups: ['adults_low_skilled'],
    languages: ['pl', 'en'],
    experience: { level: 'none', pastProjects: 0 },
    lookingFor: { countries: [], naceSections: ['P'], organisationTypes: ['adult_education'], text: null },
    openToPartnerships: false,
  }),
];
