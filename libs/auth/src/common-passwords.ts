// Passwords and password stems that appear at the top of every published breach list, plus
// the words people here would reach for first. A password is refused when it is one of them,
// or one of them with digits and symbols around it, or a keyboard walk or a repeated run.
export const COMMON_PASSWORD_STEMS: readonly string[] = [
  'password',
  'passw0rd',
  'p@ssword',
  'p@ssw0rd',
  'pass',
  'passwort',
  'motdepasse',
  'contrasena',
  'parola',
  'kodikos',
  'synthimatiko',
  'qwerty',
  'qwertz',
  'azerty',
  'asdfgh',
  'zxcvbn',
  'qazwsx',
  'qweasd',
  'abc',
  'abcdef',
  'iloveyou',
  'letmein',
  'welcome',
  'welcom',
  'admin',
  'administrator',
  'root',
  'user',
  'guest',
  'login',
  'master',
  'monkey',
  'dragon',
  'football',
  'soccer',
  'baseball',
  'basketball',
  'superman',
  'batman',
  'sunshine',
  'princess',
  'shadow',
  'michael',
  'jennifer',
  'jordan',
  'charlie',
  'freedom',
  'whatever',
  'trustno1',
  'starwars',
  'hello',
  'helloworld',
  'secret',
  'changeme',
  'default',
  'test',
  'testing',
  'demo',
  'summer',
  'winter',
  'spring',
  'autumn',
  'football',
  'liverpool',
  'arsenal',
  'chelsea',
  'olympiakos',
  'panathinaikos',
  'paok',
  'aek',
  'hellas',
  'ellada',
  'athens',
  'athina',
  'thessaloniki',
  'greece',
  'europe',
  'erasmus',
  'erasmusplus',
  'syndesmos',
  'company',
  'school',
  'student',
  'teacher',
  'computer',
  'internet',
  'google',
  'facebook',
  'microsoft',
  'apple',
  'samsung',
  'pokemon',
  'naruto',
  'killer',
  'lovely',
  'flower',
  'hunter',
  'ranger',
  'tigger',
  'cookie',
  'cheese',
  'pepper',
  'ginger',
  'maggie',
  'buster',
  'harley',
  'hockey',
  'george',
  'thomas',
  'andrew',
  'daniel',
  'robert',
  'matrix',
  'mustang',
  'access',
  'love',
  'angel',
  'baby',
  'family',
  'money',
  'mypassword',
  'newpassword',
  'yourpassword',
  'pass123',
  'letmein123',
];

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz', '0987654321'];

const stems = new Set(COMMON_PASSWORD_STEMS);

function isWalk(s: string): boolean {
  if (s.length < 4) return false;
  return KEYBOARD_ROWS.some((row) => {
    const doubled = row + row;
    const reversed = [...doubled].reverse().join('');
    return doubled.includes(s) || reversed.includes(s);
  });
}

function isRepetition(s: string): boolean {
  // "aaaaaaaaaaaa", "abcabcabcabc", "12121212..."
  for (let size = 1; size <= s.length / 2; size++) {
    if (s.length % size === 0 && s.slice(0, size).repeat(s.length / size) === s) return true;
  }
  return false;
}

/** True when the password is, at its core, one a guesser tries in the first few thousand. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (stems.has(lower) || isWalk(lower) || isRepetition(lower)) return true;
  // Strip the digits, symbols and spaces people pad a common word with ("Password2024!").
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (core.length === 0) return isWalk(lower.replace(/[^0-9]/g, '')) || isRepetition(lower);
  if (stems.has(core) || isWalk(core) || isRepetition(core)) return true;
  // A stem repeated or a stem followed by a keyboard walk ("qwertyqwerty", "password123456").
  const letters = lower.replace(/[^a-z]/g, '');
  const digits = lower.replace(/[^0-9]/g, '');
  if (stems.has(letters) && (digits.length === 0 || isWalk(digits) || isRepetition(digits))) return true;
  return false;
}
