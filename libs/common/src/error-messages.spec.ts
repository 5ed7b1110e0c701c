import { ErrorCode } from './error-codes';
import { errorMessage } from './error-messages';

describe('errorMessage', () => {
  it('says how long a 429 asks to wait, rounded up, in both languages', () => {
    expect(errorMessage(ErrorCode.TooManyRequests, 'en', 720)).toBe(
      'Too many attempts. Please try again in 12 minutes.',
    );
    expect(errorMessage(ErrorCode.TooManyRequests, 'en', 42.2)).toBe(
      'Too many attempts. Please try again in 43 seconds.',
    );
    expect(errorMessage(ErrorCode.TooManyRequests, 'el', 3601)).toBe(
      'Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε 2 ώρες.',
    );
  });

  it('keeps the plain text when the wait is unknown', () => {
    expect(errorMessage(ErrorCode.TooManyRequests, 'en')).toBe('Too many attempts. Try again later.');
  });
});
