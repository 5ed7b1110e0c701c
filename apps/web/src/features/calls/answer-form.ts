import { z } from 'zod/mini';
import type { Schemas } from '../../api/client';
import type { PartnerRole } from './call-form';

// Answering a partner call: CreateAnswerDto's fields and limits.

export const ANSWER_LIMITS = { offer: 3000, contactName: 120, contactEmail: 254, phoneMin: 3, phone: 40 } as const;

export interface AnswerFormValues {
  organisationId: string;
  role: PartnerRole;
  offer: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

// The same loose check as the API's IsEmail for what people type: something@something.tld.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export const answerFormSchema = z.object({
  organisationId: z.string().check(z.minLength(1, 'calls.validation.organisation')),
  role: z.enum(['partner', 'associated_partner']),
  offer: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(ANSWER_LIMITS.offer, 'validation.tooLong')),
  contactName: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'validation.required'),
      z.maxLength(ANSWER_LIMITS.contactName, 'validation.tooLong'),
    ),
  contactEmail: z.string().check(
    z.trim(),
    z.refine((v) => EMAIL.test(v), 'validation.email'),
    z.maxLength(ANSWER_LIMITS.contactEmail, 'validation.tooLong'),
  ),
  contactPhone: z.string().check(
    z.trim(),
    z.refine((v) => v === '' || v.length >= ANSWER_LIMITS.phoneMin, 'calls.validation.phone'),
    z.maxLength(ANSWER_LIMITS.phone, 'validation.tooLong'),
  ),
});

/** Where the API's field names land on this form. */
export function answerFormPathOf(apiField: string): keyof AnswerFormValues | undefined {
  const map: Record<string, keyof AnswerFormValues> = {
    organisationId: 'organisationId',
    role: 'role',
    offer: 'offer',
    contact: 'contactName',
    'contact.name': 'contactName',
    'contact.email': 'contactEmail',
    'contact.phone': 'contactPhone',
  };
  return map[apiField];
}

export function toCreateAnswerBody(v: AnswerFormValues): Schemas['CreateAnswerDto'] {
  return {
    organisationId: v.organisationId,
    role: v.role,
    offer: v.offer.trim(),
    contact: { name: v.contactName.trim(), email: v.contactEmail.trim(), phone: v.contactPhone.trim() || null },
  };
}
