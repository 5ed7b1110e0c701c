import { z } from 'zod/mini';
import type { Schemas } from '../../api/client';
import type { PartnerRole } from './call-form';

// Answering a partner call: CreateAnswerDto's fields and limits.

export const ANSWER_LIMITS = { offer: 3000, contactName: 120, contactEmail: 254, phone: 30 } as const;

/** The API's phone pattern (AnswerContactDto.phone): an optional leading +, at least five
 *  digits, spaces and ( ) . - / between them, 5 to 30 characters. */
export const PHONE_PATTERN = /^(?=.{5,30}$)\+?(?=(?:\D*\d){5})[\d ()./-]+$/;

/** A tel: link for a phone number that is one (older answers may hold other text), else undefined. */
export function telHref(phone: string | null | undefined): string | undefined {
  const v = phone?.trim();
  return v && PHONE_PATTERN.test(v) ? `tel:${v.replace(/[^\d+]/g, '')}` : undefined;
}

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
    z.refine((v) => v === '' || PHONE_PATTERN.test(v), 'calls.validation.phone'),
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
