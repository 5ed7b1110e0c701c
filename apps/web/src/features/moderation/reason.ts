import { z } from 'zod/mini';

// The words NA staff give with a decision, checked as the API checks them (ReasonDto and
// OptionalNoteDto in openapi.json: 1 to 2000 characters, the note optional). Messages are
// catalogue keys. Spaces alone are no reason: the text is trimmed first.

export const REASON_MAX = 2000;

export const reasonSchema = z.object({
  text: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'moderation.validation.reasonRequired'),
      z.maxLength(REASON_MAX, 'moderation.validation.tooLong'),
    ),
});

export const noteSchema = z.object({
  text: z.string().check(z.trim(), z.maxLength(REASON_MAX, 'moderation.validation.tooLong')),
});

export type DecisionValues = z.infer<typeof reasonSchema>;
