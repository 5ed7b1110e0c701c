import type { ExperienceLevel, OrganisationProfile } from '@syndesmos/organisations';
import {
  COUNTRIES,
  ELIGIBLE_COUNTRY_CODES,
  NACE_DIVISIONS,
  NACE_REVISION,
  type EligibleCountryCode,
  type LanguageCode,
  type NaceDivisionCode,
  type NaceSectionCode,
  type OrganisationType,
  type SizeBand,
  type TargetGroupCode,
  type TopicCode,
} from '@syndesmos/taxonomies';

// Synthetic but realistic organisation profiles for load and search-quality benchmarks.
// Everything is drawn from a seeded PRNG so that two runs with the same seed see the same data,
// and every code comes from libs/taxonomies so the profiles pass the API's own validation.

export type Random = () => number;

/** mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// ------------------------------------------------------------------------------------------------
// Drawing helpers

interface Weighted<T> {
  readonly values: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

/** A draw table from relative shares, in the record's key order. */
function weighted<K extends string>(shares: Readonly<Partial<Record<K, number>>>): Weighted<K> {
  const entries = Object.entries(shares) as [K, number][];
  let total = 0;
  const cumulative = entries.map(([, w]) => (total += w));
  return { values: entries.map(([v]) => v), cumulative, total };
}

function pickWeighted<T>(table: Weighted<T>, rand: Random): T {
  const x = rand() * table.total;
  // Linear scan: the tables have at most 33 entries, so a binary search would not pay off.
  for (let k = 0; k < table.cumulative.length; k++) if (x < table.cumulative[k]) return table.values[k];
  return table.values[table.values.length - 1];
}

function pick<T>(items: readonly T[], rand: Random): T {
  return items[Math.floor(rand() * items.length)];
}

function int(min: number, max: number, rand: Random): number {
  return min + Math.floor(rand() * (max - min + 1));
}

/** Up to `count` different values from `draw`; gives up early if the pool is smaller than `count`. */
function distinct<T>(count: number, draw: () => T): T[] {
  const seen = new Set<T>();
  for (let attempts = 0; seen.size < count && attempts < count * 30; attempts++) seen.add(draw());
  return [...seen];
}

// ------------------------------------------------------------------------------------------------
// Countries

interface PeopleNames {
  readonly f: readonly string[];
  readonly m: readonly string[];
  /** Surnames as a man carries them. */
  readonly s: readonly string[];
  /** Female forms, index for index, where the language inflects surnames by gender. */
  readonly sf?: readonly string[];
}

interface CountryData {
  /** Relative share of organisations, roughly as in Erasmus+ VET participation. */
  readonly weight: number;
  readonly languages: readonly LanguageCode[];
  /** Real cities; the first is the capital or largest and is drawn more often. */
  readonly cities: readonly string[];
  readonly smeForm: string;
  readonly largeForm: string;
  readonly people: PeopleNames;
  /** VET-provider names in the national language; `{c}` is the city. */
  readonly vetNames?: readonly string[];
}

const GERMAN_VET = ['Berufsschule {c}', 'Berufsbildungszentrum {c}'];

const COUNTRY_DATA = {
  DE: {
    weight: 10,
    languages: ['de'],
    cities: ['Berlin', 'Munich', 'Hamburg', 'Cologne', 'Stuttgart', 'Nuremberg', 'Leipzig', 'Dresden', 'Bremen'],
    smeForm: 'GmbH',
    largeForm: 'AG',
    people: {
      f: ['Anna', 'Julia', 'Katrin', 'Sabine'],
      m: ['Lukas', 'Thomas', 'Michael', 'Jonas'],
      s: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker'],
    },
    vetNames: GERMAN_VET,
  },
  ES: {
    weight: 10,
    languages: ['es'],
    cities: ['Madrid', 'Barcelona', 'Valencia', 'Seville', 'Bilbao', 'Zaragoza', 'Málaga', 'Valladolid'],
    smeForm: 'S.L.',
    largeForm: 'S.A.',
    people: {
      f: ['María', 'Lucía', 'Carmen', 'Elena'],
      m: ['Javier', 'Pablo', 'Daniel', 'Alejandro'],
      s: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero'],
    },
    vetNames: ['Centro de Formación Profesional {c}', 'Instituto de Formación Profesional {c}'],
  },
  IT: {
    weight: 10,
    languages: ['it'],
    cities: ['Rome', 'Milan', 'Turin', 'Bologna', 'Naples', 'Florence', 'Bari', 'Palermo', 'Verona'],
    smeForm: 'S.r.l.',
    largeForm: 'S.p.A.',
    people: {
      f: ['Giulia', 'Francesca', 'Chiara', 'Sofia'],
      m: ['Marco', 'Luca', 'Andrea', 'Giovanni'],
      s: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano'],
    },
    vetNames: ['Istituto Professionale {c}', 'Centro di Formazione Professionale {c}'],
  },
  FR: {
    weight: 9,
    languages: ['fr'],
    cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Lille', 'Nantes', 'Bordeaux', 'Strasbourg', 'Rennes'],
    smeForm: 'SARL',
    largeForm: 'SA',
    people: {
      f: ['Camille', 'Claire', 'Manon', 'Julie'],
      m: ['Nicolas', 'Julien', 'Pierre', 'Thomas'],
      s: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard'],
    },
    vetNames: ['Lycée professionnel de {c}', "Centre de formation d'apprentis de {c}"],
  },
  PL: {
    weight: 8,
    languages: ['pl'],
    cities: ['Warsaw', 'Kraków', 'Wrocław', 'Poznań', 'Gdańsk', 'Łódź', 'Lublin', 'Katowice'],
    smeForm: 'Sp. z o.o.',
    largeForm: 'S.A.',
    people: {
      f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka'],
      m: ['Piotr', 'Tomasz', 'Paweł', 'Michał'],
      s: ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Zieliński'],
      sf: ['Kowalska', 'Nowak', 'Wiśniewska', 'Wójcik', 'Zielińska'],
    },
  },
  TR: {
    weight: 8,
    languages: ['tr'],
    cities: ['Ankara', 'Istanbul', 'İzmir', 'Bursa', 'Konya', 'Antalya', 'Gaziantep', 'Kayseri'],
    smeForm: 'Ltd. Şti.',
    largeForm: 'A.Ş.',
    people: {
      f: ['Ayşe', 'Elif', 'Zeynep', 'Fatma'],
      m: ['Mehmet', 'Mustafa', 'Emre', 'Burak'],
      s: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk'],
    },
    vetNames: ['{c} Mesleki ve Teknik Anadolu Lisesi'],
  },
  PT: {
    weight: 6,
    languages: ['pt'],
    cities: ['Lisbon', 'Porto', 'Braga', 'Coimbra', 'Aveiro', 'Faro', 'Setúbal', 'Guimarães'],
    smeForm: 'Lda.',
    largeForm: 'S.A.',
    people: {
      f: ['Ana', 'Inês', 'Mariana', 'Catarina'],
      m: ['João', 'Pedro', 'Tiago', 'Rui'],
      s: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Oliveira'],
    },
    vetNames: ['Escola Profissional de {c}'],
  },
  RO: {
    weight: 6,
    languages: ['ro'],
    cities: ['Bucharest', 'Cluj-Napoca', 'Iași', 'Timișoara', 'Brașov', 'Constanța', 'Craiova'],
    smeForm: 'S.R.L.',
    largeForm: 'S.A.',
    people: {
      f: ['Andreea', 'Ioana', 'Elena', 'Mihaela'],
      m: ['Andrei', 'Mihai', 'Alexandru', 'Bogdan'],
      s: ['Popescu', 'Ionescu', 'Popa', 'Dumitrescu', 'Stan', 'Constantin'],
    },
    vetNames: ['Colegiul Tehnic {c}'],
  },
  GR: {
    weight: 5,
    languages: ['el'],
    cities: [
      'Athens',
      'Thessaloniki',
      'Patras',
      'Heraklion',
      'Larissa',
      'Volos',
      'Ioannina',
      'Chania',
      'Kalamata',
      'Rethymno',
      'Kozani',
      'Serres',
    ],
    smeForm: 'P.C.',
    largeForm: 'S.A.',
    // Latin forms; the Greek-script ones are in GREEK_PEOPLE.
    people: {
      f: ['Maria', 'Eleni', 'Georgia', 'Katerina'],
      m: ['Giorgos', 'Konstantinos', 'Nikos', 'Dimitris'],
      s: ['Papadopoulos', 'Nikolaou', 'Oikonomou', 'Markakis', 'Antonopoulos', 'Georgiou'],
      sf: ['Papadopoulou', 'Nikolaou', 'Oikonomou', 'Markaki', 'Antonopoulou', 'Georgiou'],
    },
  },
  NL: {
    weight: 4,
    languages: ['nl'],
    cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'Groningen', 'Tilburg'],
    smeForm: 'B.V.',
    largeForm: 'N.V.',
    people: {
      f: ['Sanne', 'Emma', 'Lotte'],
      m: ['Daan', 'Jeroen', 'Bram'],
      s: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker'],
    },
    vetNames: ['ROC {c}'],
  },
  AT: {
    weight: 4,
    languages: ['de'],
    cities: ['Vienna', 'Graz', 'Linz', 'Salzburg', 'Innsbruck'],
    smeForm: 'GmbH',
    largeForm: 'AG',
    people: {
      f: ['Lena', 'Eva', 'Sophie'],
      m: ['Florian', 'Stefan', 'Markus'],
      s: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler'],
    },
    vetNames: GERMAN_VET,
  },
  BE: {
    weight: 3,
    languages: ['nl', 'fr'],
    cities: ['Brussels', 'Antwerp', 'Ghent', 'Liège', 'Leuven', 'Bruges'],
    smeForm: 'BV',
    largeForm: 'NV',
    people: {
      f: ['Sarah', 'Lies', 'Julie'],
      m: ['Pieter', 'Thomas', 'Maxime'],
      s: ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert'],
    },
  },
  CZ: {
    weight: 3,
    languages: ['cs'],
    cities: ['Prague', 'Brno', 'Ostrava', 'Plzeň', 'Olomouc'],
    smeForm: 's.r.o.',
    largeForm: 'a.s.',
    people: {
      f: ['Jana', 'Petra', 'Lucie'],
      m: ['Jan', 'Petr', 'Tomáš'],
      s: ['Novák', 'Svoboda', 'Dvořák', 'Černý', 'Procházka'],
      sf: ['Nováková', 'Svobodová', 'Dvořáková', 'Černá', 'Procházková'],
    },
  },
  HU: {
    weight: 3,
    languages: ['hu'],
    cities: ['Budapest', 'Debrecen', 'Szeged', 'Pécs', 'Győr'],
    smeForm: 'Kft.',
    largeForm: 'Zrt.',
    people: {
      f: ['Eszter', 'Katalin', 'Zsófia'],
      m: ['László', 'Gábor', 'Bence'],
      s: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth'],
    },
  },
  FI: {
    weight: 3,
    languages: ['fi', 'sv'],
    cities: ['Helsinki', 'Tampere', 'Turku', 'Oulu', 'Jyväskylä'],
    smeForm: 'Oy',
    largeForm: 'Oyj',
    people: {
      f: ['Aino', 'Laura', 'Sanna'],
      m: ['Mikko', 'Juha', 'Antti'],
      s: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Koskinen'],
    },
  },
  SE: {
    weight: 2.5,
    languages: ['sv'],
    cities: ['Stockholm', 'Gothenburg', 'Malmö', 'Uppsala', 'Umeå'],
    smeForm: 'AB',
    largeForm: 'AB',
    people: {
      f: ['Anna', 'Emma', 'Karin'],
      m: ['Erik', 'Johan', 'Lars'],
      s: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Lindberg'],
    },
  },
  IE: {
    weight: 2,
    languages: [],
    cities: ['Dublin', 'Cork', 'Galway', 'Limerick', 'Waterford'],
    smeForm: 'Ltd',
    largeForm: 'plc',
    people: {
      f: ['Siobhán', 'Aoife', 'Mary'],
      m: ['Seán', 'Conor', 'Patrick'],
      s: ['Murphy', 'Kelly', "O'Brien", 'Walsh', 'Byrne'],
    },
  },
  LT: {
    weight: 2.5,
    languages: ['lt'],
    cities: ['Vilnius', 'Kaunas', 'Klaipėda', 'Šiauliai'],
    smeForm: 'UAB',
    largeForm: 'AB',
    people: {
      f: ['Rūta', 'Agnė', 'Ieva'],
      m: ['Tomas', 'Mantas', 'Darius'],
      s: ['Kazlauskas', 'Petrauskas', 'Jankauskas', 'Stankevičius'],
      sf: ['Kazlauskienė', 'Petrauskienė', 'Jankauskienė', 'Stankevičienė'],
    },
  },
  BG: {
    weight: 2.5,
    languages: ['bg'],
    cities: ['Sofia', 'Plovdiv', 'Varna', 'Burgas', 'Ruse'],
    smeForm: 'EOOD',
    largeForm: 'AD',
    people: {
      f: ['Maria', 'Ivana', 'Desislava'],
      m: ['Georgi', 'Ivan', 'Dimitar'],
      s: ['Ivanov', 'Petrov', 'Georgiev', 'Dimitrov'],
      sf: ['Ivanova', 'Petrova', 'Georgieva', 'Dimitrova'],
    },
  },
  HR: {
    weight: 2.5,
    languages: ['hr'],
    cities: ['Zagreb', 'Split', 'Rijeka', 'Osijek'],
    smeForm: 'd.o.o.',
    largeForm: 'd.d.',
    people: {
      f: ['Ana', 'Ivana', 'Marija'],
      m: ['Ivan', 'Marko', 'Luka'],
      s: ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić'],
    },
  },
  SI: {
    weight: 2,
    languages: ['sl'],
    cities: ['Ljubljana', 'Maribor', 'Celje', 'Kranj'],
    smeForm: 'd.o.o.',
    largeForm: 'd.d.',
    people: {
      f: ['Maja', 'Nina', 'Špela'],
      m: ['Luka', 'Matej', 'Gregor'],
      s: ['Novak', 'Horvat', 'Kranjc', 'Zupančič', 'Kovač'],
    },
  },
  SK: {
    weight: 2,
    languages: ['sk'],
    cities: ['Bratislava', 'Košice', 'Žilina', 'Banská Bystrica', 'Nitra'],
    smeForm: 's.r.o.',
    largeForm: 'a.s.',
    people: {
      f: ['Zuzana', 'Katarína', 'Lucia'],
      m: ['Martin', 'Peter', 'Michal'],
      s: ['Horváth', 'Kováč', 'Varga', 'Tóth', 'Baláž'],
      sf: ['Horváthová', 'Kováčová', 'Vargová', 'Tóthová', 'Balážová'],
    },
  },
  CY: {
    weight: 1.2,
    languages: ['el'],
    cities: ['Nicosia', 'Limassol', 'Larnaca', 'Paphos', 'Paralimni'],
    smeForm: 'Ltd',
    largeForm: 'plc',
    // Cypriot surnames are mostly genitives and do not change with gender.
    people: {
      f: ['Andria', 'Christina', 'Maria'],
      m: ['Andreas', 'Charalambos', 'Michalis'],
      s: ['Charalambous', 'Georgiou', 'Ioannou', 'Konstantinou', 'Christodoulou'],
    },
  },
  MT: {
    weight: 0.8,
    languages: ['mt'],
    cities: ['Valletta', 'Birkirkara', 'Mosta', 'Qormi'],
    smeForm: 'Ltd',
    largeForm: 'plc',
    people: {
      f: ['Maria', 'Rebecca', 'Claire'],
      m: ['Joseph', 'Mark', 'Daniel'],
      s: ['Borg', 'Camilleri', 'Vella', 'Farrugia', 'Zammit'],
    },
  },
  LU: {
    weight: 0.5,
    languages: ['lb', 'fr', 'de'],
    cities: ['Luxembourg', 'Esch-sur-Alzette', 'Differdange'],
    smeForm: 'S.à r.l.',
    largeForm: 'S.A.',
    people: {
      f: ['Anne', 'Laura', 'Sophie'],
      m: ['Luc', 'Marc', 'Paul'],
      s: ['Schmit', 'Muller', 'Weber', 'Wagner', 'Hoffmann'],
    },
  },
  EE: {
    weight: 1,
    languages: ['et'],
    cities: ['Tallinn', 'Tartu', 'Pärnu'],
    smeForm: 'OÜ',
    largeForm: 'AS',
    people: {
      f: ['Kadri', 'Liis', 'Maarja'],
      m: ['Martin', 'Andres', 'Rasmus'],
      s: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask'],
    },
  },
  LV: {
    weight: 1,
    languages: ['lv'],
    cities: ['Riga', 'Daugavpils', 'Liepāja'],
    smeForm: 'SIA',
    largeForm: 'AS',
    people: {
      f: ['Anna', 'Ilze', 'Līga'],
      m: ['Jānis', 'Andris', 'Mārtiņš'],
      s: ['Bērziņš', 'Kalniņš', 'Ozoliņš', 'Liepiņš'],
      sf: ['Bērziņa', 'Kalniņa', 'Ozoliņa', 'Liepiņa'],
    },
  },
  IS: {
    weight: 0.4,
    languages: ['is'],
    cities: ['Reykjavík', 'Akureyri', 'Kópavogur'],
    smeForm: 'ehf.',
    largeForm: 'hf.',
    // Patronymics: -son for a son, -dóttir for a daughter.
    people: {
      f: ['Guðrún', 'Sigríður', 'Anna'],
      m: ['Jón', 'Sigurður', 'Gunnar'],
      s: ['Jónsson', 'Einarsson', 'Magnússon', 'Ólafsson'],
      sf: ['Jónsdóttir', 'Einarsdóttir', 'Magnúsdóttir', 'Ólafsdóttir'],
    },
  },
  LI: {
    weight: 0.1,
    languages: ['de'],
    cities: ['Vaduz', 'Schaan'],
    smeForm: 'GmbH',
    largeForm: 'AG',
    people: {
      f: ['Sarah', 'Nadine', 'Laura'],
      m: ['Patrick', 'Daniel', 'Thomas'],
      s: ['Frick', 'Büchel', 'Marxer', 'Beck'],
    },
    vetNames: GERMAN_VET,
  },
  NO: {
    weight: 1.2,
    languages: ['no'],
    cities: ['Oslo', 'Bergen', 'Trondheim', 'Stavanger'],
    smeForm: 'AS',
    largeForm: 'ASA',
    people: {
      f: ['Ingrid', 'Kari', 'Silje'],
      m: ['Ole', 'Lars', 'Henrik'],
      s: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg'],
    },
  },
  MK: {
    weight: 1,
    languages: ['mk'],
    cities: ['Skopje', 'Bitola', 'Kumanovo', 'Ohrid'],
    smeForm: 'DOOEL',
    largeForm: 'AD',
    people: {
      f: ['Marija', 'Elena', 'Ana'],
      m: ['Aleksandar', 'Goran', 'Nikola'],
      s: ['Stojanovski', 'Nikolovski', 'Trajkovski', 'Petrovski'],
      sf: ['Stojanovska', 'Nikolovska', 'Trajkovska', 'Petrovska'],
    },
  },
  RS: {
    weight: 1,
    languages: ['sr'],
    cities: ['Belgrade', 'Novi Sad', 'Niš', 'Kragujevac'],
    smeForm: 'd.o.o.',
    largeForm: 'a.d.',
    people: {
      f: ['Jelena', 'Milica', 'Ana'],
      m: ['Nikola', 'Marko', 'Stefan'],
      s: ['Jovanović', 'Petrović', 'Nikolić', 'Marković', 'Đorđević'],
    },
  },
  DK: {
    weight: 1.2,
    languages: ['da'],
    cities: ['Copenhagen', 'Aarhus', 'Odense', 'Aalborg'],
    smeForm: 'ApS',
    largeForm: 'A/S',
    people: {
      f: ['Mette', 'Anne', 'Sofie'],
      m: ['Mads', 'Rasmus', 'Søren'],
      s: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen'],
    },
  },
} as const satisfies Record<EligibleCountryCode, CountryData>;

const COUNTRY_WEIGHTS = weighted<EligibleCountryCode>(
  Object.fromEntries(ELIGIBLE_COUNTRY_CODES.map((c) => [c, COUNTRY_DATA[c].weight])),
);

/** Greek genitive (for names) and accusative with article (for sentences) of every GR and CY city. */
const GREEK_CITY_FORMS: Readonly<Record<string, readonly [genitive: string, accusative: string]>> = {
  Athens: ['Αθήνας', 'την Αθήνα'],
  Thessaloniki: ['Θεσσαλονίκης', 'τη Θεσσαλονίκη'],
  Patras: ['Πάτρας', 'την Πάτρα'],
  Heraklion: ['Ηρακλείου', 'το Ηράκλειο'],
  Larissa: ['Λάρισας', 'τη Λάρισα'],
  Volos: ['Βόλου', 'τον Βόλο'],
  Ioannina: ['Ιωαννίνων', 'τα Ιωάννινα'],
  Chania: ['Χανίων', 'τα Χανιά'],
  Kalamata: ['Καλαμάτας', 'την Καλαμάτα'],
  Rethymno: ['Ρεθύμνου', 'το Ρέθυμνο'],
  Kozani: ['Κοζάνης', 'την Κοζάνη'],
  Serres: ['Σερρών', 'τις Σέρρες'],
  Nicosia: ['Λευκωσίας', 'τη Λευκωσία'],
  Limassol: ['Λεμεσού', 'τη Λεμεσό'],
  Larnaca: ['Λάρνακας', 'τη Λάρνακα'],
  Paphos: ['Πάφου', 'την Πάφο'],
  Paralimni: ['Παραλιμνίου', 'το Παραλίμνι'],
};

// Greek-script people for Greek-named organisations: [Greek, Latin] so the email can stay ASCII.
const GREEK_PEOPLE = {
  f: Object.entries({ Μαρία: 'Maria', Ελένη: 'Eleni', Γεωργία: 'Georgia', Κατερίνα: 'Katerina', Άντρια: 'Andria' }),
  m: Object.entries({
    Γιώργος: 'Giorgos',
    Κωνσταντίνος: 'Konstantinos',
    Νίκος: 'Nikos',
    Δημήτρης: 'Dimitris',
    Ανδρέας: 'Andreas',
  }),
  s: Object.entries({
    Παπαδόπουλος: 'Papadopoulos',
    Νικολάου: 'Nikolaou',
    Οικονόμου: 'Oikonomou',
    Μαρκάκης: 'Markakis',
    Αντωνόπουλος: 'Antonopoulos',
    Χαραλάμπους: 'Charalambous',
  }),
  // Female surnames, index for index with `s`.
  sf: Object.entries({
    Παπαδοπούλου: 'Papadopoulou',
    Νικολάου: 'Nikolaou',
    Οικονόμου: 'Oikonomou',
    Μαρκάκη: 'Markaki',
    Αντωνοπούλου: 'Antonopoulou',
    Χαραλάμπους: 'Charalambous',
  }),
};

// ------------------------------------------------------------------------------------------------
// Organisation types

type TypeFamily = 'education' | 'business' | 'social' | 'public';

interface TypeData {
  /** Share in percent of all generated organisations. */
  readonly weight: number;
  readonly family: TypeFamily;
  /** Weights over SIZE_BAND_ORDER. */
  readonly sizes: readonly [number, number, number, number];
  /** Where its first NACE section is drawn from. */
  readonly sections: Readonly<Partial<Record<GeneratedSection, number>>>;
  /** With an article, for "X is {en}". */
  readonly en: string;
  /** Predicate form without article, for "Είμαστε {el}". */
  readonly el: string;
}

const SIZE_BAND_ORDER = ['1-9', '10-49', '50-249', '250+'] as const satisfies readonly SizeBand[];

const PUBLIC_SECTIONS = { O: 80, P: 15, N: 5 };

const TYPE_DATA = {
  vet_provider: {
    weight: 30,
    family: 'education',
    sizes: [2, 40, 45, 13],
    sections: { P: 85, C: 4, I: 4, Q: 3, F: 2, J: 2 },
    en: 'a vocational education and training (VET) provider',
    el: 'πάροχος επαγγελματικής εκπαίδευσης και κατάρτισης (ΕΕΚ)',
  },
  sme: {
    weight: 20,
    family: 'business',
    sizes: [35, 40, 25, 0],
    sections: { C: 24, G: 14, I: 14, J: 12, F: 10, M: 10, A: 7, Q: 5, H: 4, N: 2, S: 2, R: 2, E: 2, D: 2 },
    en: 'an SME',
    el: 'μικρομεσαία επιχείρηση (ΜμΕ)',
  },
  ngo: {
    weight: 10,
    family: 'social',
    sizes: [45, 40, 13, 2],
    sections: { S: 45, Q: 25, P: 25, R: 5 },
    en: 'a non-profit association',
    el: 'μη κυβερνητική οργάνωση',
  },
  public_body_national: {
    weight: 2,
    family: 'public',
    sizes: [0, 5, 35, 60],
    sections: PUBLIC_SECTIONS,
    en: 'a national public authority',
    el: 'δημόσιος φορέας εθνικής εμβέλειας',
  },
  public_body_regional: {
    weight: 3,
    family: 'public',
    sizes: [0, 15, 45, 40],
    sections: PUBLIC_SECTIONS,
    en: 'a regional public authority',
    el: 'περιφερειακός δημόσιος φορέας',
  },
  public_body_local: {
    weight: 5,
    family: 'social',
    sizes: [5, 30, 40, 25],
    sections: PUBLIC_SECTIONS,
    en: 'a local authority',
    el: 'φορέας τοπικής αυτοδιοίκησης',
  },
  large_enterprise: {
    weight: 5,
    family: 'business',
    sizes: [0, 0, 0, 1],
    sections: { C: 30, H: 10, G: 10, J: 10, D: 8, K: 8, F: 8, I: 6, Q: 5, B: 3, E: 2 },
    en: 'a large company',
    el: 'μεγάλη επιχείρηση',
  },
  social_partner: {
    weight: 5,
    family: 'business',
    sizes: [10, 45, 35, 10],
    sections: { S: 85, O: 10, M: 5 },
    en: 'a chamber and social partner',
    el: 'επιμελητήριο και κοινωνικός εταίρος',
  },
  higher_education: {
    weight: 5,
    family: 'education',
    sizes: [0, 5, 30, 65],
    sections: { P: 90, M: 10 },
    en: 'a higher education institution',
    el: 'ίδρυμα τριτοβάθμιας εκπαίδευσης',
  },
  adult_education: {
    weight: 4,
    family: 'education',
    sizes: [15, 55, 25, 5],
    sections: { P: 85, S: 10, Q: 5 },
    en: 'an adult education centre',
    el: 'κέντρο εκπαίδευσης ενηλίκων',
  },
  school: {
    weight: 3,
    family: 'education',
    sizes: [2, 35, 55, 8],
    sections: { P: 1 },
    en: 'a secondary school with vocational programmes',
    el: 'σχολείο δευτεροβάθμιας εκπαίδευσης',
  },
  research_centre: {
    weight: 2,
    family: 'public',
    sizes: [5, 30, 45, 20],
    sections: { M: 80, P: 20 },
    en: 'a research centre',
    el: 'ερευνητικό κέντρο',
  },
  foundation: {
    weight: 2,
    family: 'social',
    sizes: [30, 45, 20, 5],
    sections: { S: 40, P: 30, R: 15, Q: 15 },
    en: 'a charitable foundation',
    el: 'κοινωφελές ίδρυμα',
  },
  counselling_body: {
    weight: 2,
    family: 'education',
    sizes: [30, 50, 18, 2],
    sections: { P: 40, N: 30, Q: 20, S: 10 },
    en: 'a career guidance and counselling service',
    el: 'φορέας συμβουλευτικής και επαγγελματικού προσανατολισμού',
  },
  accreditation_body: {
    weight: 1,
    family: 'public',
    sizes: [5, 35, 45, 15],
    sections: { P: 50, O: 25, M: 25 },
    en: 'a qualifications and certification body',
    el: 'φορέας πιστοποίησης επαγγελματικών προσόντων',
  },
  european_network: {
    weight: 0.5,
    family: 'social',
    sizes: [40, 45, 13, 2],
    sections: { S: 70, P: 30 },
    en: 'a European network',
    el: 'ευρωπαϊκό δίκτυο',
  },
  other: {
    weight: 0.5,
    family: 'social',
    sizes: [40, 40, 15, 5],
    sections: { S: 30, P: 20, M: 20, N: 15, R: 15 },
    en: 'an organisation',
    el: 'οργανισμός',
  },
} as const satisfies Record<OrganisationType, TypeData>;

type GeneratedType = keyof typeof TYPE_DATA;

const TYPE_WEIGHTS = weighted<GeneratedType>(
  Object.fromEntries(Object.entries(TYPE_DATA).map(([t, data]) => [t, data.weight])),
);

// Tables built once: drawing from them is the hot path when generating 100,000 profiles.
const TYPE_SECTION_WEIGHTS = Object.fromEntries(
  (Object.keys(TYPE_DATA) as GeneratedType[]).map((t) => [t, weighted<GeneratedSection>(TYPE_DATA[t].sections)]),
) as Record<GeneratedType, Weighted<GeneratedSection>>;
const TYPE_SIZE_WEIGHTS = Object.fromEntries(
  (Object.keys(TYPE_DATA) as GeneratedType[]).map((t) => [
    t,
    weighted<SizeBand>(Object.fromEntries(SIZE_BAND_ORDER.map((band, k) => [band, TYPE_DATA[t].sizes[k]]))),
  ]),
) as Record<GeneratedType, Weighted<SizeBand>>;

// ------------------------------------------------------------------------------------------------
// Sectors (NACE sections; T and U are left out, no VET partner works there)

interface SectorData {
  /** Noun phrase for English sentences ("working in {en}"). */
  readonly en: string;
  /** Greek "σε + article" phrase ("δραστηριοποιούμαστε {el}"). */
  readonly el: string;
  /** Title-case field for institute names. */
  readonly field: string;
  /** Words for company names. */
  readonly words: readonly string[];
  /** Greek words for company names. */
  readonly elWords: readonly string[];
}

const SECTORS = {
  A: {
    en: 'agri-food and farming',
    el: 'στην αγροδιατροφή και τη γεωργία',
    field: 'Agriculture',
    words: ['Agri-Food', 'Organic Farms', 'Vineyards'],
    elWords: ['Αγροτικά Προϊόντα', 'Οινοποιία'],
  },
  B: {
    en: 'mining and quarrying',
    el: 'στην εξόρυξη και τα λατομεία',
    field: 'Mining',
    words: ['Minerals', 'Quarries'],
    elWords: ['Λατομεία'],
  },
  C: {
    en: 'manufacturing',
    el: 'στη μεταποίηση',
    field: 'Manufacturing Technologies',
    words: ['Precision Parts', 'Metalworks', 'Food Processing', 'Mechatronics', 'Textiles', 'Furniture'],
    elWords: ['Μεταλλοκατασκευές', 'Τρόφιμα', 'Έπιπλα'],
  },
  D: {
    en: 'renewable energy',
    el: 'στις ανανεώσιμες πηγές ενέργειας',
    field: 'Energy',
    words: ['Solar Energy', 'Renewable Power'],
    elWords: ['Ενεργειακή'],
  },
  E: {
    en: 'waste management and recycling',
    el: 'στη διαχείριση αποβλήτων και την ανακύκλωση',
    field: 'Environmental Technologies',
    words: ['Recycling', 'Water Services'],
    elWords: ['Ανακύκλωση'],
  },
  F: {
    en: 'construction',
    el: 'στις κατασκευές',
    field: 'Construction',
    words: ['Construction', 'Builders', 'Building Technologies'],
    elWords: ['Τεχνική Κατασκευαστική'],
  },
  G: {
    en: 'wholesale and retail trade',
    el: 'στο χονδρικό και λιανικό εμπόριο',
    field: 'Commerce',
    words: ['Trading', 'Retail', 'Auto Repair'],
    elWords: ['Εμπορική'],
  },
  H: {
    en: 'transport and logistics',
    el: 'στις μεταφορές και την εφοδιαστική αλυσίδα',
    field: 'Logistics',
    words: ['Logistics', 'Transport'],
    elWords: ['Μεταφορές'],
  },
  I: {
    en: 'hospitality and tourism',
    el: 'στον τουρισμό και την εστίαση',
    field: 'Hospitality and Tourism',
    words: ['Hotels', 'Hospitality', 'Catering'],
    elWords: ['Ξενοδοχειακές Επιχειρήσεις'],
  },
  J: {
    en: 'information and communication technology',
    el: 'στην πληροφορική και τις επικοινωνίες',
    field: 'Digital Technologies',
    words: ['Software', 'Digital Media', 'IT Solutions'],
    elWords: ['Ψηφιακές Λύσεις'],
  },
  K: {
    en: 'finance and insurance',
    el: 'στις χρηματοοικονομικές και ασφαλιστικές υπηρεσίες',
    field: 'Finance',
    words: ['Finance', 'Insurance Services'],
    elWords: ['Χρηματοοικονομικές Υπηρεσίες'],
  },
  L: {
    en: 'real estate',
    el: 'στη διαχείριση ακινήτων',
    field: 'Property Management',
    words: ['Property Services'],
    elWords: ['Ακίνητα'],
  },
  M: {
    en: 'engineering and technical consultancy',
    el: 'στις τεχνικές και επιστημονικές υπηρεσίες',
    field: 'Engineering',
    words: ['Engineering', 'Design Studio', 'Consulting'],
    elWords: ['Τεχνικό Γραφείο'],
  },
  N: {
    en: 'business support services',
    el: 'στις υποστηρικτικές υπηρεσίες προς επιχειρήσεις',
    field: 'Business Services',
    words: ['Staffing Services', 'Facility Services'],
    elWords: ['Υπηρεσίες Υποστήριξης'],
  },
  O: {
    en: 'public administration',
    el: 'στη δημόσια διοίκηση',
    field: 'Public Administration',
    words: ['Public Services'],
    elWords: ['Δημόσιες Υπηρεσίες'],
  },
  P: {
    en: 'vocational education and training',
    el: 'στην επαγγελματική εκπαίδευση και κατάρτιση',
    field: 'Vocational Training',
    words: ['Training', 'Skills Academy'],
    elWords: ['Εκπαιδευτική'],
  },
  Q: {
    en: 'health and social care',
    el: 'στην υγεία και την κοινωνική φροντίδα',
    field: 'Health and Social Care',
    words: ['Care Services', 'Health Care'],
    elWords: ['Υπηρεσίες Φροντίδας'],
  },
  R: {
    en: 'arts and culture',
    el: 'στις τέχνες και τον πολιτισμό',
    field: 'Arts and Crafts',
    words: ['Creative Arts', 'Culture Lab'],
    elWords: ['Πολιτιστικές Δράσεις'],
  },
  S: {
    en: 'community and membership services',
    el: 'στις υπηρεσίες προς την κοινότητα',
    field: 'Community Services',
    words: ['Crafts', 'Community Services'],
    elWords: ['Υπηρεσίες'],
  },
} as const satisfies Partial<Record<NaceSectionCode, SectorData>>;

type GeneratedSection = keyof typeof SECTORS;

// Trades VET learners go to work in, as shares; with P added, where second sections and
// partner wishes are drawn from.
const TRADE_SHARES = { C: 22, I: 16, F: 9, J: 9, Q: 9, G: 7, A: 6, M: 4, H: 4 } as const;
const TRADE_SECTIONS = weighted<GeneratedSection>(TRADE_SHARES);
const SECONDARY_SECTIONS = weighted<GeneratedSection>({ ...TRADE_SHARES, P: 14 });
// Sections that name no trade a learner could be trained for.
const NOT_A_TRADE: ReadonlySet<GeneratedSection> = new Set(['P', 'O', 'S']);

const DIVISIONS_BY_SECTION = new Map<NaceSectionCode, NaceDivisionCode[]>();
for (const [code, division] of Object.entries(NACE_DIVISIONS) as [NaceDivisionCode, { section: NaceSectionCode }][]) {
  const list = DIVISIONS_BY_SECTION.get(division.section) ?? [];
  list.push(code);
  DIVISIONS_BY_SECTION.set(division.section, list);
}

// ------------------------------------------------------------------------------------------------
// Topics and target groups

interface TopicData {
  /** Noun phrase for English sentences. */
  readonly en: string;
  /** Greek accusative with article ("με θέμα {el}"). */
  readonly el: string;
  /** Title-case words for names ("Centre for {title}"). */
  readonly title: string;
}

const TOPIC_DATA = {
  inclusion_diversity: {
    en: 'inclusion and diversity',
    el: 'την ένταξη και την πολυμορφία',
    title: 'Inclusion and Diversity',
  },
  digital_transformation: {
    en: 'digital transformation',
    el: 'τον ψηφιακό μετασχηματισμό',
    title: 'Digital Transformation',
  },
  environment_climate: {
    en: 'environmental sustainability and climate action',
    el: 'την προστασία του περιβάλλοντος και την αντιμετώπιση της κλιματικής αλλαγής',
    title: 'Climate Action',
  },
  participation_democratic_life: {
    en: 'civic engagement and democratic participation',
    el: 'την ενεργό συμμετοχή των πολιτών στα κοινά',
    title: 'Civic Engagement',
  },
  labour_market_relevance: {
    en: 'matching vocational education and training to labour market needs',
    el: 'την προσαρμογή της επαγγελματικής εκπαίδευσης στις ανάγκες της αγοράς εργασίας',
    title: 'Skills and Employment',
  },
  flexible_vet_pathways: {
    en: 'flexible learning pathways in VET',
    el: 'τις ευέλικτες διαδρομές μάθησης στην ΕΕΚ',
    title: 'Flexible Learning',
  },
  vet_innovation: {
    en: 'innovation in vocational education and training',
    el: 'την καινοτομία στην επαγγελματική εκπαίδευση και κατάρτιση',
    title: 'Innovation in VET',
  },
  vet_attractiveness: {
    en: 'the attractiveness of vocational careers',
    el: 'την ελκυστικότητα της επαγγελματικής εκπαίδευσης',
    title: 'Vocational Careers',
  },
  vet_quality_assurance: {
    en: 'quality assurance in VET',
    el: 'τη διασφάλιση ποιότητας στην ΕΕΚ',
    title: 'Quality in VET',
  },
  internationalisation_vet: {
    en: 'internationalisation and learner mobility',
    el: 'τη διεθνοποίηση και την κινητικότητα των εκπαιδευομένων',
    title: 'International Mobility',
  },
  digital_skills: { en: 'digital skills', el: 'τις ψηφιακές δεξιότητες', title: 'Digital Skills' },
  green_skills: { en: 'green skills', el: 'τις πράσινες δεξιότητες', title: 'Green Skills' },
  apprenticeships: { en: 'apprenticeships', el: 'τη μαθητεία', title: 'Apprenticeships' },
  work_based_learning: {
    en: 'work-based learning',
    el: 'τη μάθηση στον χώρο εργασίας',
    title: 'Work-Based Learning',
  },
  quality_assurance: { en: 'quality assurance', el: 'τη διασφάλιση ποιότητας', title: 'Quality Assurance' },
  inclusion: {
    en: 'inclusion and equal opportunities',
    el: 'την ένταξη και τις ίσες ευκαιρίες',
    title: 'Equal Opportunities',
  },
  entrepreneurship: { en: 'entrepreneurship', el: 'την επιχειρηματικότητα', title: 'Entrepreneurship' },
  teacher_trainer_development: {
    en: 'professional development of teachers and trainers',
    el: 'την επαγγελματική ανάπτυξη εκπαιδευτικών και εκπαιδευτών',
    title: 'Teacher Development',
  },
  validation_of_skills: {
    en: 'validation of skills and prior learning',
    el: 'την επικύρωση δεξιοτήτων και προηγούμενης μάθησης',
    title: 'Skills Validation',
  },
  key_competences: { en: 'key competences', el: 'τις βασικές ικανότητες', title: 'Key Competences' },
  micro_credentials: { en: 'micro-credentials', el: 'τα μικροδιαπιστευτήρια', title: 'Micro-Credentials' },
  career_guidance: { en: 'career guidance', el: 'τον επαγγελματικό προσανατολισμό', title: 'Career Guidance' },
  upskilling_reskilling: {
    en: 'upskilling and reskilling',
    el: 'την αναβάθμιση δεξιοτήτων και την επανειδίκευση',
    title: 'Upskilling',
  },
  smart_specialisation: {
    en: 'smart specialisation',
    el: 'την έξυπνη εξειδίκευση',
    title: 'Smart Specialisation',
  },
  centres_of_vocational_excellence: {
    en: 'Centres of Vocational Excellence',
    el: 'τα Κέντρα Επαγγελματικής Αριστείας',
    title: 'Vocational Excellence',
  },
  soft_skills: { en: 'soft skills', el: 'τις ήπιες δεξιότητες', title: 'Soft Skills' },
  languages_learning: { en: 'language learning', el: 'την εκμάθηση γλωσσών', title: 'Languages' },
  // Phrased as prevention: nobody works *for* early school leaving.
  early_school_leaving: {
    en: 'preventing early school leaving',
    el: 'την πρόληψη της πρόωρης εγκατάλειψης του σχολείου',
    title: 'School Retention',
  },
} as const satisfies Record<TopicCode, TopicData>;

const ALL_TOPICS = Object.keys(TOPIC_DATA) as TopicCode[];

interface TargetGroupData {
  readonly en: string;
  /** Greek accusative without article ("για {el}"). */
  readonly el: string;
}

const TARGET_GROUP_DATA = {
  ivet_learners: { en: 'learners in initial VET', el: 'μαθητές της αρχικής επαγγελματικής εκπαίδευσης' },
  cvet_learners: { en: 'adult learners in continuing VET', el: 'ενήλικες καταρτιζόμενους' },
  apprentices: { en: 'apprentices', el: 'μαθητευόμενους' },
  vet_teachers_trainers: { en: 'VET teachers and trainers', el: 'εκπαιδευτικούς και εκπαιδευτές' },
  in_company_trainers: { en: 'in-company trainers', el: 'εκπαιδευτές σε επιχειρήσεις' },
  adults_low_skilled: { en: 'low-skilled adults', el: 'ενήλικες με χαμηλές δεξιότητες' },
  neet_young_people: {
    en: 'young people not in employment, education or training',
    el: 'νέους εκτός απασχόλησης, εκπαίδευσης ή κατάρτισης',
  },
  migrants_refugees: { en: 'migrants and refugees', el: 'μετανάστες και πρόσφυγες' },
  people_with_disabilities: { en: 'people with disabilities', el: 'άτομα με αναπηρία' },
  unemployed: { en: 'unemployed people', el: 'ανέργους' },
  employees: { en: 'employees', el: 'εργαζόμενους' },
  employers_smes: { en: 'employers and SMEs', el: 'εργοδότες και μικρομεσαίες επιχειρήσεις' },
  guidance_practitioners: { en: 'guidance practitioners', el: 'συμβούλους επαγγελματικού προσανατολισμού' },
  policy_makers: { en: 'policy makers', el: 'φορείς χάραξης πολιτικής' },
} as const satisfies Record<TargetGroupCode, TargetGroupData>;

const ALL_TARGET_GROUPS = Object.keys(TARGET_GROUP_DATA) as TargetGroupCode[];

// What each family of organisations tends to work on, so profiles are not uniform noise.
const FAMILY_TOPICS: Record<TypeFamily, readonly TopicCode[]> = {
  education: [
    'work_based_learning',
    'apprenticeships',
    'digital_skills',
    'green_skills',
    'teacher_trainer_development',
    'labour_market_relevance',
    'vet_innovation',
    'internationalisation_vet',
    'centres_of_vocational_excellence',
    'micro_credentials',
    'vet_quality_assurance',
    'career_guidance',
    'key_competences',
    'languages_learning',
    'early_school_leaving',
    'validation_of_skills',
  ],
  business: [
    'digital_skills',
    'green_skills',
    'apprenticeships',
    'work_based_learning',
    'entrepreneurship',
    'upskilling_reskilling',
    'soft_skills',
    'digital_transformation',
    'smart_specialisation',
    'labour_market_relevance',
  ],
  social: [
    'inclusion',
    'inclusion_diversity',
    'participation_democratic_life',
    'soft_skills',
    'key_competences',
    'career_guidance',
    'early_school_leaving',
    'environment_climate',
    'entrepreneurship',
    'upskilling_reskilling',
  ],
  public: [
    'labour_market_relevance',
    'vet_quality_assurance',
    'smart_specialisation',
    'validation_of_skills',
    'micro_credentials',
    'flexible_vet_pathways',
    'digital_transformation',
    'environment_climate',
    'centres_of_vocational_excellence',
    'vet_attractiveness',
  ],
};

const FAMILY_TARGET_GROUPS: Record<TypeFamily, readonly TargetGroupCode[]> = {
  education: [
    'ivet_learners',
    'apprentices',
    'vet_teachers_trainers',
    'cvet_learners',
    'neet_young_people',
    'in_company_trainers',
  ],
  business: ['apprentices', 'employees', 'in_company_trainers', 'employers_smes', 'ivet_learners'],
  social: ['migrants_refugees', 'people_with_disabilities', 'neet_young_people', 'unemployed', 'adults_low_skilled'],
  public: ['policy_makers', 'guidance_practitioners', 'vet_teachers_trainers', 'employers_smes', 'unemployed'],
};

// Who KA2 VET applicants usually look for.
const WANTED_TYPES = weighted<OrganisationType>({
  vet_provider: 35,
  sme: 25,
  large_enterprise: 6,
  higher_education: 6,
  ngo: 6,
  social_partner: 6,
  public_body_regional: 4,
  research_centre: 4,
  adult_education: 4,
  counselling_body: 2,
  school: 2,
});

const EXPERIENCE_WEIGHTS = weighted<ExperienceLevel>({ none: 35, participated: 45, coordinated: 20 });

// ------------------------------------------------------------------------------------------------
// Names

interface Names {
  readonly displayName: string;
  readonly legalName: string;
  /** Greek-script name: the profile then leans towards Greek text and a Greek contact. */
  readonly greek: boolean;
}

interface NameContext {
  readonly type: GeneratedType;
  readonly country: EligibleCountryCode;
  readonly city: string;
  readonly section: GeneratedSection;
  readonly topic: TopicCode;
  readonly surname: string;
}

const ORDINAL = (n: number) => `${n}ο`;

/** Greek names per type as [legal, display]; `{g}` is the city's genitive. */
function greekNames(type: GeneratedType, country: 'GR' | 'CY', section: GeneratedSection, rand: Random) {
  const n = ORDINAL(int(1, 4, rand));
  const company = pick(SECTORS[section].elWords, rand);
  const options: Partial<Record<GeneratedType, readonly (readonly [string, string])[]>> = {
    vet_provider:
      country === 'GR'
        ? [
            ['Κέντρο Επαγγελματικής Κατάρτισης {g}', 'ΚΕΚ {g}'],
            ['Κέντρο Επαγγελματικής Κατάρτισης {g}', 'Κέντρο Επαγγελματικής Κατάρτισης {g}'],
            [`${n} Επαγγελματικό Λύκειο {g}`, `${n} ΕΠΑΛ {g}`],
            ['Δημόσιο Ινστιτούτο Επαγγελματικής Κατάρτισης {g}', 'ΔΙΕΚ {g}'],
          ]
        : [
            ['Τεχνική Σχολή {g}', 'Τεχνική Σχολή {g}'],
            ['Μεταλυκειακό Ινστιτούτο Επαγγελματικής Εκπαίδευσης και Κατάρτισης {g}', 'ΜΙΕΕΚ {g}'],
            ['Κέντρο Επαγγελματικής Κατάρτισης {g}', 'Κέντρο Επαγγελματικής Κατάρτισης {g}'],
          ],
    higher_education: [['Πανεπιστήμιο {g}', 'Πανεπιστήμιο {g}']],
    adult_education: [['Κέντρο Διά Βίου Μάθησης Δήμου {g}', 'ΚΔΒΜ {g}']],
    school: [
      [`${n} Γενικό Λύκειο {g}`, `${n} ΓΕΛ {g}`],
      [`${n} Γυμνάσιο {g}`, `${n} Γυμνάσιο {g}`],
    ],
    public_body_local: [['Δήμος {g}', 'Δήμος {g}']],
    public_body_regional: [['Αναπτυξιακή Εταιρεία {g}', 'Αναπτυξιακή {g}']],
    public_body_national: [
      country === 'GR'
        ? ['Εθνικό Κέντρο Επαγγελματικών Προσόντων', 'Εθνικό Κέντρο Επαγγελματικών Προσόντων']
        : ['Κυπριακή Αρχή Επαγγελματικών Προσόντων', 'Κυπριακή Αρχή Επαγγελματικών Προσόντων'],
    ],
    sme: [[`${company} {g} ${country === 'GR' ? 'Ι.Κ.Ε.' : 'Λτδ'}`, `${company} {g}`]],
    large_enterprise: [[`${company} {g} ${country === 'GR' ? 'Α.Ε.' : 'Δημόσια Εταιρεία Λτδ'}`, `${company} {g}`]],
    ngo: [
      ['Κέντρο Κοινωνικής Ένταξης {g}', 'Κέντρο Κοινωνικής Ένταξης {g}'],
      ['Σύλλογος Νέων {g}', 'Σύλλογος Νέων {g}'],
      ['Δίκτυο Εθελοντών {g}', 'Δίκτυο Εθελοντών {g}'],
    ],
    social_partner:
      country === 'GR'
        ? [
            ['Επιμελητήριο {g}', 'Επιμελητήριο {g}'],
            ['Επαγγελματικό Επιμελητήριο {g}', 'Επαγγελματικό Επιμελητήριο {g}'],
            ['Εμπορικός Σύλλογος {g}', 'Εμπορικός Σύλλογος {g}'],
          ]
        : [['Εμπορικό και Βιομηχανικό Επιμελητήριο {g}', 'ΕΒΕ {g}']],
    counselling_body: [['Κέντρο Συμβουλευτικής και Προσανατολισμού {g}', 'ΚΕΣΥΠ {g}']],
    research_centre: [['Ινστιτούτο Τεχνολογικής Έρευνας {g}', 'Ινστιτούτο Τεχνολογικής Έρευνας {g}']],
    foundation: [['Κοινωφελές Ίδρυμα {g}', 'Κοινωφελές Ίδρυμα {g}']],
  };
  const list = options[type];
  return list ? pick(list, rand) : null;
}

function englishNames(ctx: NameContext, rand: Random): readonly [display: string, legal: string] {
  const { city, type, country } = ctx;
  const data: CountryData = COUNTRY_DATA[country];
  const countryName = COUNTRIES[country].en;
  const field = SECTORS[ctx.section].field;
  const word = pick(SECTORS[ctx.section].words, rand);
  const topic = TOPIC_DATA[ctx.topic].title;
  const same = (name: string) => [name, name] as const;
  switch (type) {
    case 'vet_provider':
      // Many VET schools go by a national-language name; the rest by an English one.
      if (data.vetNames && rand() < 0.4) return same(pick(data.vetNames, rand).replace('{c}', city));
      return same(
        pick(
          [
            `${city} Vocational School`,
            `${city} Centre for ${topic}`,
            `${city} Institute of ${field}`,
            `VET Centre ${city}`,
            `${city} Technical College`,
          ],
          rand,
        ),
      );
    case 'higher_education':
      return same(
        pick(
          [`University of ${city}`, `${city} University of Applied Sciences`, `${city} Polytechnic Institute`],
          rand,
        ),
      );
    case 'adult_education':
      return same(
        pick(
          [`${city} Adult Learning Centre`, `Lifelong Learning Centre ${city}`, `${city} Academy for ${topic}`],
          rand,
        ),
      );
    case 'school':
      return same(
        pick([`${city} Technical Secondary School`, `${city} Comprehensive School ${int(1, 9, rand)}`], rand),
      );
    case 'public_body_national':
      return same(
        pick(
          [
            `National Institute for Vocational Qualifications (${countryName})`,
            `National Employment Service (${countryName})`,
            `National Agency for Skills and Employment (${countryName})`,
          ],
          rand,
        ),
      );
    case 'public_body_regional':
      return same(
        pick(
          [
            `Regional Development Agency of ${city}`,
            `${city} Regional Directorate of Education`,
            `${city} Regional Employment Office`,
          ],
          rand,
        ),
      );
    case 'public_body_local':
      return same(
        pick([`Municipality of ${city}`, `City of ${city} Employment Office`, `${city} Municipal Youth Office`], rand),
      );
    case 'sme': {
      const display = rand() < 0.6 ? `${city} ${word}` : `${ctx.surname} ${word}`;
      return [display, `${display} ${data.smeForm}`];
    }
    case 'large_enterprise': {
      const display = rand() < 0.5 ? `${word} ${countryName} Group` : `${ctx.surname} ${word} Group`;
      return [display, `${display} ${data.largeForm}`];
    }
    case 'ngo': {
      const display = pick(
        [`${city} Association for ${topic}`, `${topic} Network ${city}`, `Youth and Skills ${city}`],
        rand,
      );
      return [display, country === 'DE' ? `${display} e.V.` : display];
    }
    case 'foundation':
      return same(pick([`${ctx.surname} Foundation`, `Foundation for ${topic}`], rand));
    case 'social_partner':
      return same(
        pick(
          [
            `${city} Chamber of Commerce and Industry`,
            `${city} Chamber of Crafts`,
            `${field} Employers' Association of ${city}`,
          ],
          rand,
        ),
      );
    case 'research_centre':
      return same(pick([`${city} Institute for ${field} Research`, `Centre for ${topic} Research`], rand));
    case 'accreditation_body':
      return same(pick([`${countryName} Qualifications Authority`, `Institute for Certification of ${field}`], rand));
    case 'counselling_body':
      return same(pick([`${city} Career Guidance Centre`, `Guidance and Counselling Service ${city}`], rand));
    case 'european_network':
      return same(
        pick(
          [`European Network for ${topic}`, `EuroVET ${topic} Alliance`, `European Association of ${field} Schools`],
          rand,
        ),
      );
    case 'other':
      return same(pick([`${city} ${topic} Lab`, `${topic} Hub ${city}`], rand));
  }
}

function organisationNames(ctx: NameContext, rand: Random): Names {
  if ((ctx.country === 'GR' || ctx.country === 'CY') && rand() < 0.6) {
    const greek = greekNames(ctx.type, ctx.country, ctx.section, rand);
    if (greek) {
      const genitive = GREEK_CITY_FORMS[ctx.city][0];
      return {
        legalName: greek[0].replace('{g}', genitive),
        displayName: greek[1].replace('{g}', genitive),
        greek: true,
      };
    }
  }
  const [displayName, legalName] = englishNames(ctx, rand);
  return { displayName, legalName, greek: false };
}

// ------------------------------------------------------------------------------------------------
// Description

interface DescriptionContext {
  /** Null when the name is in Greek script: an English paragraph then says "We are". */
  readonly name: string | null;
  readonly type: GeneratedType;
  readonly country: EligibleCountryCode;
  readonly city: string;
  readonly section: GeneratedSection;
  /** The trade its learners train for or its staff work in (never P, O or S). */
  readonly trade: GeneratedSection;
  readonly topics: readonly TopicCode[];
  readonly targetGroups: readonly TargetGroupCode[];
  readonly foundingYear: number;
  readonly experience: OrganisationProfile['experience'];
  readonly coordinated: number;
}

/** Which sentences a description has; rendered once per language so a bilingual text says the same twice. */
interface DescriptionPlan {
  readonly intro: 0 | 1;
  readonly body: readonly number[];
}

// Indices into the body sentences below: a municipality does not "host learners", an SME does.
const FAMILY_SENTENCES: Record<TypeFamily, readonly number[]> = {
  education: [0, 1, 2, 3, 4, 5, 6],
  business: [0, 1, 3, 5, 7],
  social: [0, 1, 2, 5, 8],
  public: [0, 1, 2, 5, 9],
};

function englishDescription(ctx: DescriptionContext, plan: DescriptionPlan): string {
  const trade = SECTORS[ctx.trade].en;
  const topic = (k: number) => TOPIC_DATA[ctx.topics[k % ctx.topics.length]].en;
  const group = (k: number) => TARGET_GROUP_DATA[ctx.targetGroups[k % ctx.targetGroups.length]].en;
  const what = TYPE_DATA[ctx.type].en;
  const activity =
    TYPE_DATA[ctx.type].family === 'education'
      ? `training learners for careers in ${trade}`
      : `working in ${SECTORS[ctx.section].en}`;
  const subject = ctx.name === null ? 'we are' : `${ctx.name} is`;
  const sentences = [
    plan.intro === 0
      ? `${ctx.name === null ? 'We are' : `${ctx.name} is`} ${what} based in ${ctx.city}, ${COUNTRIES[ctx.country].en}, ${activity}.`
      : `Founded in ${ctx.foundingYear}, ${subject} ${what} in ${ctx.city}, ${activity}.`,
  ];
  for (const [k, template] of plan.body.entries()) {
    switch (template) {
      case 0:
        sentences.push(`We offer training programmes in ${topic(k)} for ${group(k)}.`);
        break;
      case 1:
        sentences.push(`Our work focuses on ${topic(0)} and ${topic(1)}.`);
        break;
      case 2:
        sentences.push(
          `We have developed courses and open educational resources on ${topic(k + 1)}, together with local employers.`,
        );
        break;
      case 3:
        sentences.push(`We run work placements and apprenticeships in ${trade}.`);
        break;
      case 4:
        sentences.push('We cooperate with local SMEs that host our learners for work-based learning.');
        break;
      case 5:
        sentences.push(`In a partnership we bring expertise in ${topic(k + 2)} and direct access to ${group(k + 1)}.`);
        break;
      case 6:
        sentences.push('Our vocational training combines classroom learning with practice in real workplaces.');
        break;
      case 7:
        sentences.push('Every year we host apprentices and trainees from local VET schools.');
        break;
      case 8:
        sentences.push(`We reach ${group(k)} through outreach, mentoring and career guidance.`);
        break;
      default:
        sentences.push('We bring together VET providers, employers and policy makers to plan skills provision.');
    }
  }
  const { level, pastProjects } = ctx.experience;
  if (level === 'none')
    sentences.push('We are new to Erasmus+ and are looking for experienced partners to learn from.');
  else if (level === 'participated')
    sentences.push(
      pastProjects === 1
        ? 'We have taken part in one Erasmus+ project.'
        : `We have taken part in ${pastProjects} Erasmus+ projects.`,
    );
  else
    sentences.push(
      `We have coordinated ${ctx.coordinated === 1 ? 'one' : ctx.coordinated} of the ${pastProjects} Erasmus+ projects we have taken part in.`,
    );
  return sentences.join(' ');
}

function greekDescription(ctx: DescriptionContext, plan: DescriptionPlan): string {
  const trade = SECTORS[ctx.trade].el;
  const topic = (k: number) => TOPIC_DATA[ctx.topics[k % ctx.topics.length]].el;
  const group = (k: number) => TARGET_GROUP_DATA[ctx.targetGroups[k % ctx.targetGroups.length]].el;
  const what = TYPE_DATA[ctx.type].el;
  const activity =
    TYPE_DATA[ctx.type].family === 'education'
      ? `καταρτίζουμε εκπαιδευόμενους για επαγγέλματα ${trade}`
      : `δραστηριοποιούμαστε ${SECTORS[ctx.section].el}`;
  const cityAccusative = GREEK_CITY_FORMS[ctx.city][1];
  const sentences = [
    plan.intro === 0
      ? `Είμαστε ${what} με έδρα ${cityAccusative} και ${activity}.`
      : // σ + article gives the contracted preposition: στη, στην, στο, στον, στα, στις.
        `Λειτουργούμε από το ${ctx.foundingYear} ως ${what} σ${cityAccusative} και ${activity}.`,
  ];
  for (const [k, template] of plan.body.entries()) {
    switch (template) {
      case 0:
        sentences.push(`Προσφέρουμε προγράμματα κατάρτισης με θέμα ${topic(k)} για ${group(k)}.`);
        break;
      case 1:
        sentences.push(`Οι δράσεις μας αφορούν κυρίως ${topic(0)} και ${topic(1)}.`);
        break;
      case 2:
        sentences.push(`Έχουμε αναπτύξει εκπαιδευτικό υλικό για ${topic(k + 1)}, σε συνεργασία με τοπικούς εργοδότες.`);
        break;
      case 3:
        sentences.push(`Οργανώνουμε πρακτική άσκηση και μαθητεία ${trade}.`);
        break;
      case 4:
        sentences.push(
          'Συνεργαζόμαστε με μικρομεσαίες επιχειρήσεις (ΜμΕ) της περιοχής που δέχονται τους εκπαιδευόμενούς μας για πρακτική άσκηση.',
        );
        break;
      case 5:
        sentences.push(
          `Σε μια σύμπραξη προσφέρουμε τεχνογνωσία σχετικά με ${topic(k + 2)} και άμεση πρόσβαση σε ${group(k + 1)}.`,
        );
        break;
      case 6:
        sentences.push(
          'Η κατάρτιση που προσφέρουμε συνδυάζει τη θεωρία με την πρακτική άσκηση σε πραγματικούς χώρους εργασίας.',
        );
        break;
      case 7:
        sentences.push(
          'Κάθε χρόνο φιλοξενούμε μαθητευόμενους και ασκούμενους από σχολές επαγγελματικής εκπαίδευσης της περιοχής.',
        );
        break;
      case 8:
        sentences.push(
          `Προσεγγίζουμε ${group(k)} μέσα από δράσεις ενημέρωσης, καθοδήγησης και επαγγελματικού προσανατολισμού.`,
        );
        break;
      default:
        sentences.push(
          'Φέρνουμε κοντά παρόχους ΕΕΚ, εργοδότες και φορείς χάραξης πολιτικής για τον σχεδιασμό της κατάρτισης.',
        );
    }
  }
  const { level, pastProjects } = ctx.experience;
  if (level === 'none')
    sentences.push('Είμαστε νέοι στο Erasmus+ και αναζητούμε έμπειρους εταίρους για να μάθουμε από αυτούς.');
  else if (level === 'participated')
    sentences.push(`Έχουμε συμμετάσχει σε ${pastProjects === 1 ? 'ένα έργο' : `${pastProjects} έργα`} Erasmus+.`);
  else
    sentences.push(
      `Έχουμε συντονίσει ${ctx.coordinated === 1 ? 'ένα' : ctx.coordinated} από τα ${pastProjects} έργα Erasmus+ στα οποία έχουμε συμμετάσχει.`,
    );
  return sentences.join(' ');
}

type DescriptionLanguage = 'en' | 'el' | 'el+en';

function descriptionLanguage(country: EligibleCountryCode, greekName: boolean, rand: Random): DescriptionLanguage {
  if (country !== 'GR' && country !== 'CY') return 'en';
  const x = rand();
  // Greek-named organisations mostly write Greek; the others often add an English version.
  if (greekName) return x < 0.75 ? 'el' : x < 0.95 ? 'el+en' : 'en';
  return x < 0.35 ? 'el' : x < 0.7 ? 'el+en' : 'en';
}

// ------------------------------------------------------------------------------------------------
// People

const ROLES_EN = [
  'EU projects coordinator',
  'Director',
  'International relations officer',
  'Head of training',
  'Project manager',
  'Managing director',
  'HR manager',
];

// [masculine, feminine]: Greek job titles agree with the person.
const ROLES_EL = [
  ['Υπεύθυνος ευρωπαϊκών προγραμμάτων', 'Υπεύθυνη ευρωπαϊκών προγραμμάτων'],
  ['Διευθυντής', 'Διευθύντρια'],
  ['Συντονιστής έργων', 'Συντονίστρια έργων'],
  ['Υπεύθυνος κατάρτισης', 'Υπεύθυνη κατάρτισης'],
] as const;

const ASCII_FOLD: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', ð: 'd', þ: 'th', ı: 'i', đ: 'd' };

/** Email-safe lower-case ASCII: folds accents and letters NFD cannot split. */
function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łßøæðþıđ]/g, (c) => ASCII_FOLD[c])
    .replace(/[^a-z]/g, '');
}

interface Person {
  readonly name: string;
  readonly latinFirst: string;
  readonly latinLast: string;
  readonly female: boolean;
}

function person(country: EligibleCountryCode, greekScript: boolean, rand: Random): Person {
  const female = rand() < 0.55;
  if (greekScript) {
    const first = pick(female ? GREEK_PEOPLE.f : GREEK_PEOPLE.m, rand);
    const k = Math.floor(rand() * GREEK_PEOPLE.s.length);
    const last = (female ? GREEK_PEOPLE.sf : GREEK_PEOPLE.s)[k];
    return { name: `${first[0]} ${last[0]}`, latinFirst: first[1], latinLast: last[1], female };
  }
  const people: PeopleNames = COUNTRY_DATA[country].people;
  const first = pick(female ? people.f : people.m, rand);
  const k = Math.floor(rand() * people.s.length);
  const last = female && people.sf ? people.sf[k] : people.s[k];
  return { name: `${first} ${last}`, latinFirst: first, latinLast: last, female };
}

// ------------------------------------------------------------------------------------------------
// Profiles

function naceCodes(type: GeneratedType, rand: Random): { sections: GeneratedSection[]; divisions: NaceDivisionCode[] } {
  const first = pickWeighted(TYPE_SECTION_WEIGHTS[type], rand);
  const sections: GeneratedSection[] = [first];
  if (rand() < 0.35) {
    const second = pickWeighted(SECONDARY_SECTIONS, rand);
    if (second !== first) sections.push(second);
  }
  const divisions: NaceDivisionCode[] = [];
  for (const section of sections) {
    const pool = DIVISIONS_BY_SECTION.get(section) ?? [];
    divisions.push(...distinct(Math.min(pool.length, rand() < 0.6 ? 1 : 2), () => pick(pool, rand)));
  }
  return { sections, divisions };
}

/** Mostly from what the family works on, sometimes anything: realistic overlap without uniform noise. */
function preferred<T>(count: number, favourites: readonly T[], all: readonly T[], rand: Random): T[] {
  return distinct(count, () => pick(rand() < 0.7 ? favourites : all, rand));
}

function lookingForText(greek: boolean, section: GeneratedSection, topic: TopicCode, rand: Random): string | null {
  if (rand() < 0.4) return null;
  // "Companies that host apprentices in education" would read oddly: only trades get that wish.
  const trade = !NOT_A_TRADE.has(section);
  const options = greek
    ? [
        `Εταίροι με εμπειρία σε έργα για ${TOPIC_DATA[topic].el}.`,
        'Έμπειροι συντονιστές για μια πρώτη αίτηση KA220-VET.',
        ...(trade ? [`Επιχειρήσεις που δέχονται μαθητευόμενους ${SECTORS[section].el}.`] : []),
      ]
    : [
        `Partners in ${SECTORS[section].en} to co-design short courses.`,
        `VET providers working on ${TOPIC_DATA[topic].en}.`,
        'Experienced coordinators for a first KA220-VET application.',
        ...(trade ? [`Companies that host apprentices in ${SECTORS[section].en}.`] : []),
      ];
  return pick(options, rand);
}

/** A partner country: drawn with the same weights, never the organisation's own. */
function otherCountry(own: EligibleCountryCode, rand: Random): EligibleCountryCode {
  for (;;) {
    const c = pickWeighted(COUNTRY_WEIGHTS, rand);
    if (c !== own) return c;
  }
}

const EXTRA_LANGUAGES: readonly LanguageCode[] = ['en', 'de', 'fr', 'es', 'it'];

/** The i-th synthetic organisation; `i` makes the OID, PIC and website unique. */
export function generateOrganisation(i: number, rand: Random): OrganisationProfile {
  const country = pickWeighted(COUNTRY_WEIGHTS, rand);
  const data: CountryData = COUNTRY_DATA[country];
  const type = pickWeighted(TYPE_WEIGHTS, rand);
  const family = TYPE_DATA[type].family;
  // The capital or largest city gets a bigger share, as in real participation.
  const city = rand() < 0.25 ? data.cities[0] : pick(data.cities, rand);
  const nace = naceCodes(type, rand);
  const topics = preferred(int(2, 5, rand), FAMILY_TOPICS[family], ALL_TOPICS, rand);
  const targetGroups = preferred(int(1, 3, rand), FAMILY_TARGET_GROUPS[family], ALL_TARGET_GROUPS, rand);

  // National language(s) first, then English, which every applicant works in.
  const languages = [...new Set<LanguageCode>([...data.languages, 'en'])];
  if (rand() < 0.2) {
    const extra = pick(EXTRA_LANGUAGES, rand);
    if (!languages.includes(extra)) languages.push(extra);
  }

  const level = pickWeighted(EXPERIENCE_WEIGHTS, rand);
  const pastProjects = level === 'none' ? 0 : level === 'participated' ? int(1, 12, rand) : int(2, 30, rand);
  const coordinated = level === 'coordinated' ? int(1, Math.min(pastProjects - 1, 8), rand) : 0;
  const foundingYear = int(1950, 2022, rand);

  const surname = pick(data.people.s, rand);
  const names = organisationNames({ type, country, city, section: nace.sections[0], topic: topics[0], surname }, rand);
  const descriptionContext: DescriptionContext = {
    name: names.greek ? null : names.displayName,
    type,
    country,
    city,
    section: nace.sections[0],
    trade: nace.sections.find((s) => !NOT_A_TRADE.has(s)) ?? pickWeighted(TRADE_SECTIONS, rand),
    topics,
    targetGroups,
    foundingYear,
    experience: { level, pastProjects },
    coordinated,
  };
  const plan: DescriptionPlan = {
    intro: rand() < 0.5 ? 0 : 1,
    body: distinct(int(1, 3, rand), () => pick(FAMILY_SENTENCES[family], rand)),
  };
  const language = descriptionLanguage(country, names.greek, rand);
  const description =
    language === 'en'
      ? englishDescription(descriptionContext, plan)
      : language === 'el'
        ? greekDescription(descriptionContext, plan)
        : `${greekDescription(descriptionContext, plan)}\n\n${englishDescription(descriptionContext, plan)}`;

  const wantedSections = distinct(int(1, 2, rand), () => pickWeighted(SECONDARY_SECTIONS, rand));
  const contact = person(country, names.greek, rand);
  const role = names.greek ? pick(ROLES_EL, rand)[contact.female ? 1 : 0] : pick(ROLES_EN, rand);

  return {
    legalName: names.legalName,
    displayName: names.displayName,
    oid: `E${String(30_000_000 + i).padStart(8, '0')}`,
    pic: rand() < 0.5 ? String(900_000_000 + i) : null,
    country,
    city,
    website: `https://org-${i}.example`,
    organisationType: type,
    naceRevision: NACE_REVISION,
    naceSections: nace.sections,
    naceDivisions: nace.divisions,
    sizeBand: pickWeighted(TYPE_SIZE_WEIGHTS[type], rand),
    foundingYear,
    description,
    topics,
    targetGroups,
    languages,
    experience: { level, pastProjects },
    lookingFor: {
      countries: distinct(int(1, 3, rand), () => otherCountry(country, rand)),
      naceSections: wantedSections,
      organisationTypes: distinct(int(1, 2, rand), () => pickWeighted(WANTED_TYPES, rand)),
      text: lookingForText(language !== 'en', wantedSections[0], topics[0], rand),
    },
    contactPerson: {
      name: contact.name,
      email: `${asciiSlug(contact.latinFirst)}.${asciiSlug(contact.latinLast)}@org-${i}.example`,
      phone: null,
      role,
    },
    logoUrl: null,
    openToPartnerships: rand() < 0.85,
  };
}

/** `count` organisations from one seeded stream; the first n are the same whatever the count. */
export function* generateOrganisations(count: number, seed = 42): Generator<OrganisationProfile> {
  const rand = createRandom(seed);
  for (let i = 0; i < count; i++) yield generateOrganisation(i, rand);
}
