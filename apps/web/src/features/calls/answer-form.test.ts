import { describe, expect, it } from 'vitest';
import { answerFormSchema, telHref } from './answer-form';

const answer = (contactPhone: string) => ({
  organisationId: 'o',
  role: 'partner' as const,
  offer: 'Workshops',
  contactName: 'Ana',
  contactEmail: 'ana@example.pt',
  contactPhone,
});

describe('the answer form', () => {
  it('takes a phone number as people write it, or none', () => {
    for (const phone of ['', '+351 21 000 0000', '(0)21-000.00/1', '12345']) {
      expect(answerFormSchema.safeParse(answer(phone)).success).toBe(true);
    }
  });

  it('refuses a phone that is not one, with the phone message', () => {
    for (const phone of ['abc', '1234', '+30 210 abc 0000', '1'.repeat(31), '++30 2100000']) {
      const result = answerFormSchema.safeParse(answer(phone));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['contactPhone'], message: 'calls.validation.phone' });
    }
  });

  it('links only a real phone number, digits and + only', () => {
    expect(telHref('+351 21 000 0000')).toBe('tel:+351210000000');
    expect(telHref('(0)21-000.00/1')).toBe('tel:021000001');
    expect(telHref('abc')).toBeUndefined();
    expect(telHref(null)).toBeUndefined();
  });
});
