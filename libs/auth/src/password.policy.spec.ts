import { checkPassword } from './password.policy';

describe('password policy', () => {
  it.each(['short', 'elevenchars'])('refuses %s as too short', (pw) => {
    expect(checkPassword(pw)).toBe('too_short');
  });

  it.each([
    'password1234',
    'Password2024!',
    '123456789012',
    'qwertyuiop12',
    'aaaaaaaaaaaa',
    'abcabcabcabc',
    'iloveyou1234',
    'Erasmus+2027!',
    'qwertyqwerty',
    'letmein123456',
    '1q1q1q1q1q1q',
  ])('refuses %s as too common', (pw) => {
    expect(checkPassword(pw)).toBe('too_common');
  });

  it.each(['correct horse battery', 'Thessaloniki-VET-2027-bakers', 'ελιές και ψωμί στη Θεσσαλονίκη', 'x7#Lq9!vPz2m'])(
    'accepts %s',
    (pw) => {
      expect(checkPassword(pw)).toBeNull();
    },
  );

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('🙂🙂🙂🙂🙂🙂')).toBe('too_short');
  });
});
