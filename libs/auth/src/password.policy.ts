import { DomainException, ErrorCode } from '@syndesmos/common';
import { isCommonPassword } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common';

/** The one password rule, used by registration, password change and the CLI alike. */
export function checkPassword(password: string): PasswordProblem | null {
  // Count characters people see, not UTF-16 units, so Greek and emoji count fairly.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (isCommonPassword(password)) return 'too_common';
  return null;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  too_long: `password must be at most ${PASSWORD_MAX_LENGTH} characters`,
  too_common: 'password is too common; choose one that is not on lists of breached passwords',
};

/** Refuses a weak password with a VALIDATION_FAILED naming the field. */
export function assertPassword(password: string, field = 'password'): void {
  const problem = checkPassword(password);
  if (problem) {
    throw new DomainException(ErrorCode.ValidationFailed, PASSWORD_PROBLEM_MESSAGES[problem], [
      { field, problem, message: PASSWORD_PROBLEM_MESSAGES[problem] },
    ]);
  }
}
