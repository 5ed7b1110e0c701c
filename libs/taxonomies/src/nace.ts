import type { Localised } from '@syndesmos/common';

// Organisations state their economic sector in NACE; stored codes carry the revision so a later
// move to NACE Rev. 2.1 can be migrated rather than guessed.
export const NACE_REVISION = 'NACE_REV2' as const;

// Sections A–U with the official English titles and the Greek titles of ΣΤΑΚΟΔ-08 (ELSTAT).
export const NACE_SECTIONS = {
  A: { en: 'Agriculture, forestry and fishing', el: 'Γεωργία, δασοκομία και αλιεία' },
  B: { en: 'Mining and quarrying', el: 'Ορυχεία και λατομεία' },
  C: { en: 'Manufacturing', el: 'Μεταποίηση' },
  D: {
    en: 'Electricity, gas, steam and air conditioning supply',
    el: 'Παροχή ηλεκτρικού ρεύματος, φυσικού αερίου, ατμού και κλιματισμού',
  },
  E: {
    en: 'Water supply; sewerage, waste management and remediation activities',
    el: 'Παροχή νερού· επεξεργασία λυμάτων, διαχείριση αποβλήτων και δραστηριότητες εξυγίανσης',
  },
  F: { en: 'Construction', el: 'Κατασκευές' },
  G: {
    en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    el: 'Χονδρικό και λιανικό εμπόριο· επισκευή μηχανοκίνητων οχημάτων και μοτοσυκλετών',
  },
  H: { en: 'Transportation and storage', el: 'Μεταφορά και αποθήκευση' },
  I: {
    en: 'Accommodation and food service activities',
    el: 'Δραστηριότητες υπηρεσιών παροχής καταλυμάτων και υπηρεσιών εστίασης',
  },
  J: { en: 'Information and communication', el: 'Ενημέρωση και επικοινωνία' },
  K: { en: 'Financial and insurance activities', el: 'Χρηματοπιστωτικές και ασφαλιστικές δραστηριότητες' },
  L: { en: 'Real estate activities', el: 'Διαχείριση ακίνητης περιουσίας' },
  M: {
    en: 'Professional, scientific and technical activities',
    el: 'Επαγγελματικές, επιστημονικές και τεχνικές δραστηριότητες',
  },
  N: { en: 'Administrative and support service activities', el: 'Διοικητικές και υποστηρικτικές δραστηριότητες' },
  O: {
    en: 'Public administration and defence; compulsory social security',
    el: 'Δημόσια διοίκηση και άμυνα· υποχρεωτική κοινωνική ασφάλιση',
  },
  P: { en: 'Education', el: 'Εκπαίδευση' },
  Q: {
    en: 'Human health and social work activities',
    el: 'Δραστηριότητες σχετικές με την ανθρώπινη υγεία και την κοινωνική μέριμνα',
  },
  R: { en: 'Arts, entertainment and recreation', el: 'Τέχνες, διασκέδαση και ψυχαγωγία' },
  S: { en: 'Other service activities', el: 'Άλλες δραστηριότητες παροχής υπηρεσιών' },
  T: {
    en: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    el: 'Δραστηριότητες νοικοκυριών ως εργοδοτών· μη διαφοροποιημένες δραστηριότητες νοικοκυριών που αφορούν την παραγωγή αγαθών και υπηρεσιών για ίδια χρήση',
  },
  U: {
    en: 'Activities of extraterritorial organisations and bodies',
    el: 'Δραστηριότητες ετερόδικων οργανισμών και φορέων',
  },
} as const satisfies Record<string, Localised>;

export type NaceSectionCode = keyof typeof NACE_SECTIONS;

// The 88 two-digit divisions. Codes are strings so that leading zeros survive ('01', not 1).
export const NACE_DIVISIONS = {
  '01': {
    section: 'A',
    en: 'Crop and animal production, hunting and related service activities',
    el: 'Φυτική και ζωική παραγωγή, θήρα και συναφείς δραστηριότητες',
  },
  '02': { section: 'A', en: 'Forestry and logging', el: 'Δασοκομία και υλοτομία' },
  '03': { section: 'A', en: 'Fishing and aquaculture', el: 'Αλιεία και υδατοκαλλιέργεια' },
  '05': { section: 'B', en: 'Mining of coal and lignite', el: 'Εξόρυξη άνθρακα και λιγνίτη' },
  '06': {
    section: 'B',
    en: 'Extraction of crude petroleum and natural gas',
    el: 'Άντληση αργού πετρελαίου και φυσικού αερίου',
  },
  '07': { section: 'B', en: 'Mining of metal ores', el: 'Εξόρυξη μεταλλευμάτων' },
  '08': { section: 'B', en: 'Other mining and quarrying', el: 'Άλλες εξορυκτικές και λατομικές δραστηριότητες' },
  '09': { section: 'B', en: 'Mining support service activities', el: 'Υποστηρικτικές δραστηριότητες εξόρυξης' },
  '10': { section: 'C', en: 'Manufacture of food products', el: 'Βιομηχανία τροφίμων' },
  '11': { section: 'C', en: 'Manufacture of beverages', el: 'Ποτοποιία' },
  '12': { section: 'C', en: 'Manufacture of tobacco products', el: 'Παραγωγή προϊόντων καπνού' },
  '13': { section: 'C', en: 'Manufacture of textiles', el: 'Παραγωγή κλωστοϋφαντουργικών υλών' },
  '14': { section: 'C', en: 'Manufacture of wearing apparel', el: 'Κατασκευή ειδών ένδυσης' },
  '15': {
    section: 'C',
    en: 'Manufacture of leather and related products',
    el: 'Βιομηχανία δέρματος και δερμάτινων ειδών',
  },
  '16': {
    section: 'C',
    en: 'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
    el: 'Βιομηχανία ξύλου και κατασκευή προϊόντων από ξύλο και φελλό, εκτός από έπιπλα· κατασκευή ειδών καλαθοποιίας και σπαρτοπλεκτικής',
  },
  '17': {
    section: 'C',
    en: 'Manufacture of paper and paper products',
    el: 'Χαρτοποιία και κατασκευή χάρτινων προϊόντων',
  },
  '18': {
    section: 'C',
    en: 'Printing and reproduction of recorded media',
    el: 'Εκτυπώσεις και αναπαραγωγή προεγγεγραμμένων μέσων',
  },
  '19': {
    section: 'C',
    en: 'Manufacture of coke and refined petroleum products',
    el: 'Παραγωγή οπτάνθρακα και προϊόντων διύλισης πετρελαίου',
  },
  '20': {
    section: 'C',
    en: 'Manufacture of chemicals and chemical products',
    el: 'Παραγωγή χημικών ουσιών και προϊόντων',
  },
  '21': {
    section: 'C',
    en: 'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
    el: 'Παραγωγή βασικών φαρμακευτικών προϊόντων και φαρμακευτικών σκευασμάτων',
  },
  '22': {
    section: 'C',
    en: 'Manufacture of rubber and plastic products',
    el: 'Κατασκευή προϊόντων από ελαστικό (καουτσούκ) και πλαστικές ύλες',
  },
  '23': {
    section: 'C',
    en: 'Manufacture of other non-metallic mineral products',
    el: 'Παραγωγή άλλων μη μεταλλικών ορυκτών προϊόντων',
  },
  '24': { section: 'C', en: 'Manufacture of basic metals', el: 'Παραγωγή βασικών μετάλλων' },
  '25': {
    section: 'C',
    en: 'Manufacture of fabricated metal products, except machinery and equipment',
    el: 'Κατασκευή μεταλλικών προϊόντων, με εξαίρεση τα μηχανήματα και τα είδη εξοπλισμού',
  },
  '26': {
    section: 'C',
    en: 'Manufacture of computer, electronic and optical products',
    el: 'Κατασκευή ηλεκτρονικών υπολογιστών, ηλεκτρονικών και οπτικών προϊόντων',
  },
  '27': { section: 'C', en: 'Manufacture of electrical equipment', el: 'Κατασκευή ηλεκτρολογικού εξοπλισμού' },
  '28': {
    section: 'C',
    en: 'Manufacture of machinery and equipment n.e.c.',
    el: 'Κατασκευή μηχανημάτων και ειδών εξοπλισμού π.δ.κ.α.',
  },
  '29': {
    section: 'C',
    en: 'Manufacture of motor vehicles, trailers and semi-trailers',
    el: 'Κατασκευή μηχανοκίνητων οχημάτων, ρυμουλκούμενων και ημιρυμουλκούμενων οχημάτων',
  },
  '30': { section: 'C', en: 'Manufacture of other transport equipment', el: 'Κατασκευή λοιπού εξοπλισμού μεταφορών' },
  '31': { section: 'C', en: 'Manufacture of furniture', el: 'Κατασκευή επίπλων' },
  '32': { section: 'C', en: 'Other manufacturing', el: 'Άλλες μεταποιητικές δραστηριότητες' },
  '33': {
    section: 'C',
    en: 'Repair and installation of machinery and equipment',
    el: 'Επισκευή και εγκατάσταση μηχανημάτων και εξοπλισμού',
  },
  '35': {
    section: 'D',
    en: 'Electricity, gas, steam and air conditioning supply',
    el: 'Παροχή ηλεκτρικού ρεύματος, φυσικού αερίου, ατμού και κλιματισμού',
  },
  '36': { section: 'E', en: 'Water collection, treatment and supply', el: 'Συλλογή, επεξεργασία και παροχή νερού' },
  '37': { section: 'E', en: 'Sewerage', el: 'Επεξεργασία λυμάτων' },
  '38': {
    section: 'E',
    en: 'Waste collection, treatment and disposal activities; materials recovery',
    el: 'Συλλογή, επεξεργασία και διάθεση αποβλήτων· ανάκτηση υλικών',
  },
  '39': {
    section: 'E',
    en: 'Remediation activities and other waste management services',
    el: 'Δραστηριότητες εξυγίανσης και άλλες υπηρεσίες για τη διαχείριση αποβλήτων',
  },
  '41': { section: 'F', en: 'Construction of buildings', el: 'Κατασκευές κτιρίων' },
  '42': { section: 'F', en: 'Civil engineering', el: 'Έργα πολιτικού μηχανικού' },
  '43': {
    section: 'F',
    en: 'Specialised construction activities',
    el: 'Εξειδικευμένες κατασκευαστικές δραστηριότητες',
  },
  '45': {
    section: 'G',
    en: 'Wholesale and retail trade and repair of motor vehicles and motorcycles',
    el: 'Χονδρικό και λιανικό εμπόριο και επισκευή μηχανοκίνητων οχημάτων και μοτοσυκλετών',
  },
  '46': {
    section: 'G',
    en: 'Wholesale trade, except of motor vehicles and motorcycles',
    el: 'Χονδρικό εμπόριο, εκτός από το εμπόριο μηχανοκίνητων οχημάτων και μοτοσυκλετών',
  },
  '47': {
    section: 'G',
    en: 'Retail trade, except of motor vehicles and motorcycles',
    el: 'Λιανικό εμπόριο, εκτός από το εμπόριο μηχανοκίνητων οχημάτων και μοτοσυκλετών',
  },
  '49': {
    section: 'H',
    en: 'Land transport and transport via pipelines',
    el: 'Χερσαίες μεταφορές και μεταφορές μέσω αγωγών',
  },
  '50': { section: 'H', en: 'Water transport', el: 'Πλωτές μεταφορές' },
  '51': { section: 'H', en: 'Air transport', el: 'Αεροπορικές μεταφορές' },
  '52': {
    section: 'H',
    en: 'Warehousing and support activities for transportation',
    el: 'Αποθήκευση και υποστηρικτικές προς τη μεταφορά δραστηριότητες',
  },
  '53': { section: 'H', en: 'Postal and courier activities', el: 'Ταχυδρομικές και ταχυμεταφορικές δραστηριότητες' },
  '55': { section: 'I', en: 'Accommodation', el: 'Καταλύματα' },
  '56': { section: 'I', en: 'Food and beverage service activities', el: 'Δραστηριότητες υπηρεσιών εστίασης' },
  '58': { section: 'J', en: 'Publishing activities', el: 'Εκδοτικές δραστηριότητες' },
  '59': {
    section: 'J',
    en: 'Motion picture, video and television programme production, sound recording and music publishing activities',
    el: 'Παραγωγή κινηματογραφικών ταινιών, βίντεο και τηλεοπτικών προγραμμάτων, ηχογραφήσεις και μουσικές εκδόσεις',
  },
  '60': {
    section: 'J',
    en: 'Programming and broadcasting activities',
    el: 'Δραστηριότητες προγραμματισμού και ραδιοτηλεοπτικών εκπομπών',
  },
  '61': { section: 'J', en: 'Telecommunications', el: 'Τηλεπικοινωνίες' },
  '62': {
    section: 'J',
    en: 'Computer programming, consultancy and related activities',
    el: 'Δραστηριότητες προγραμματισμού ηλεκτρονικών υπολογιστών, παροχής συμβουλών και συναφείς δραστηριότητες',
  },
  '63': { section: 'J', en: 'Information service activities', el: 'Δραστηριότητες υπηρεσιών πληροφόρησης' },
  '64': {
    section: 'K',
    en: 'Financial service activities, except insurance and pension funding',
    el: 'Δραστηριότητες χρηματοπιστωτικών υπηρεσιών, με εξαίρεση τις ασφαλιστικές δραστηριότητες και τη δραστηριότητα των συνταξιοδοτικών ταμείων',
  },
  '65': {
    section: 'K',
    en: 'Insurance, reinsurance and pension funding, except compulsory social security',
    el: 'Ασφαλιστικές δραστηριότητες, δραστηριότητες αντασφάλισης και συνταξιοδοτικών ταμείων, εκτός από την υποχρεωτική κοινωνική ασφάλιση',
  },
  '66': {
    section: 'K',
    en: 'Activities auxiliary to financial services and insurance activities',
    el: 'Δραστηριότητες συναφείς με τις χρηματοπιστωτικές υπηρεσίες και τις ασφαλιστικές δραστηριότητες',
  },
  '68': { section: 'L', en: 'Real estate activities', el: 'Διαχείριση ακίνητης περιουσίας' },
  '69': { section: 'M', en: 'Legal and accounting activities', el: 'Νομικές και λογιστικές δραστηριότητες' },
  '70': {
    section: 'M',
    en: 'Activities of head offices; management consultancy activities',
    el: 'Δραστηριότητες κεντρικών γραφείων· δραστηριότητες παροχής συμβουλών διαχείρισης',
  },
  '71': {
    section: 'M',
    en: 'Architectural and engineering activities; technical testing and analysis',
    el: 'Αρχιτεκτονικές δραστηριότητες και δραστηριότητες μηχανικών· τεχνικές δοκιμές και αναλύσεις',
  },
  '72': { section: 'M', en: 'Scientific research and development', el: 'Επιστημονική έρευνα και ανάπτυξη' },
  '73': { section: 'M', en: 'Advertising and market research', el: 'Διαφήμιση και έρευνα αγοράς' },
  '74': {
    section: 'M',
    en: 'Other professional, scientific and technical activities',
    el: 'Άλλες επαγγελματικές, επιστημονικές και τεχνικές δραστηριότητες',
  },
  '75': { section: 'M', en: 'Veterinary activities', el: 'Κτηνιατρικές δραστηριότητες' },
  '77': { section: 'N', en: 'Rental and leasing activities', el: 'Δραστηριότητες ενοικίασης και εκμίσθωσης' },
  '78': { section: 'N', en: 'Employment activities', el: 'Δραστηριότητες απασχόλησης' },
  '79': {
    section: 'N',
    en: 'Travel agency, tour operator and other reservation service and related activities',
    el: 'Δραστηριότητες ταξιδιωτικών πρακτορείων, γραφείων οργανωμένων ταξιδιών και υπηρεσιών κρατήσεων και συναφείς δραστηριότητες',
  },
  '80': {
    section: 'N',
    en: 'Security and investigation activities',
    el: 'Δραστηριότητες παροχής προστασίας και έρευνας',
  },
  '81': {
    section: 'N',
    en: 'Services to buildings and landscape activities',
    el: 'Δραστηριότητες παροχής υπηρεσιών σε κτίρια και εξωτερικούς χώρους',
  },
  '82': {
    section: 'N',
    en: 'Office administrative, office support and other business support activities',
    el: 'Διοικητικές δραστηριότητες γραφείου, δραστηριότητες γραμματειακής υποστήριξης και άλλες δραστηριότητες παροχής υποστήριξης προς τις επιχειρήσεις',
  },
  '84': {
    section: 'O',
    en: 'Public administration and defence; compulsory social security',
    el: 'Δημόσια διοίκηση και άμυνα· υποχρεωτική κοινωνική ασφάλιση',
  },
  '85': { section: 'P', en: 'Education', el: 'Εκπαίδευση' },
  '86': { section: 'Q', en: 'Human health activities', el: 'Δραστηριότητες ανθρώπινης υγείας' },
  '87': { section: 'Q', en: 'Residential care activities', el: 'Δραστηριότητες βοήθειας με παροχή καταλύματος' },
  '88': {
    section: 'Q',
    en: 'Social work activities without accommodation',
    el: 'Δραστηριότητες κοινωνικής μέριμνας χωρίς παροχή καταλύματος',
  },
  '90': {
    section: 'R',
    en: 'Creative, arts and entertainment activities',
    el: 'Δημιουργικές δραστηριότητες, τέχνες και διασκέδαση',
  },
  '91': {
    section: 'R',
    en: 'Libraries, archives, museums and other cultural activities',
    el: 'Δραστηριότητες βιβλιοθηκών, αρχειοθηκών, μουσείων και λοιπές πολιτιστικές δραστηριότητες',
  },
  '92': {
    section: 'R',
    en: 'Gambling and betting activities',
    el: 'Δραστηριότητες τυχερών παιχνιδιών και στοιχημάτων',
  },
  '93': {
    section: 'R',
    en: 'Sports activities and amusement and recreation activities',
    el: 'Αθλητικές δραστηριότητες και δραστηριότητες διασκέδασης και ψυχαγωγίας',
  },
  '94': { section: 'S', en: 'Activities of membership organisations', el: 'Δραστηριότητες οργανώσεων με μέλη' },
  '95': {
    section: 'S',
    en: 'Repair of computers and personal and household goods',
    el: 'Επισκευή ηλεκτρονικών υπολογιστών και ειδών ατομικής ή οικιακής χρήσης',
  },
  '96': { section: 'S', en: 'Other personal service activities', el: 'Άλλες προσωπικές υπηρεσίες' },
  '97': {
    section: 'T',
    en: 'Activities of households as employers of domestic personnel',
    el: 'Δραστηριότητες νοικοκυριών ως εργοδοτών οικιακού προσωπικού',
  },
  '98': {
    section: 'T',
    en: 'Undifferentiated goods- and services-producing activities of private households for own use',
    el: 'Μη διαφοροποιημένες δραστηριότητες ιδιωτικών νοικοκυριών που αφορούν την παραγωγή αγαθών και υπηρεσιών για ίδια χρήση',
  },
  '99': {
    section: 'U',
    en: 'Activities of extraterritorial organisations and bodies',
    el: 'Δραστηριότητες ετερόδικων οργανισμών και φορέων',
  },
} as const satisfies Record<string, Localised & { section: NaceSectionCode }>;

export type NaceDivisionCode = keyof typeof NACE_DIVISIONS;

export function isNaceSection(value: string): value is NaceSectionCode {
  return Object.prototype.hasOwnProperty.call(NACE_SECTIONS, value);
}

export function isNaceDivision(value: string): value is NaceDivisionCode {
  return Object.prototype.hasOwnProperty.call(NACE_DIVISIONS, value);
}

// A known division always has a section; an unchecked string may not name a division at all.
export function sectionOfDivision(code: NaceDivisionCode): NaceSectionCode;
export function sectionOfDivision(code: string): NaceSectionCode | undefined;
export function sectionOfDivision(code: string): NaceSectionCode | undefined {
  return isNaceDivision(code) ? NACE_DIVISIONS[code].section : undefined;
}
