import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteSchema, REASON_MAX, reasonSchema } from './reason';

const openapi = JSON.parse(readFileSync(join(__dirname, '../../../../../openapi.json'), 'utf8'));

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('reasons and notes', () => {
  it('have the API’s limits', () => {
    const { ReasonDto, OptionalNoteDto } = openapi.components.schemas;
    expect([ReasonDto.properties.reason.minLength, ReasonDto.properties.reason.maxLength]).toEqual([1, REASON_MAX]);
    expect(OptionalNoteDto.properties.note.maxLength).toBe(REASON_MAX);
  });

  it('requires a reason, and spaces are not one', () => {
    expect(messages(reasonSchema.safeParse({ text: '' }))).toEqual(['moderation.validation.reasonRequired']);
    expect(messages(reasonSchema.safeParse({ text: '   \n ' }))).toEqual(['moderation.validation.reasonRequired']);
  });

  it('accepts a reason up to the API’s limit, trimmed', () => {
    expect(reasonSchema.parse({ text: '  The OID belongs to another school. ' })).toEqual({
      text: 'The OID belongs to another school.',
    });
    expect(reasonSchema.safeParse({ text: 'x'.repeat(REASON_MAX) }).success).toBe(true);
    expect(messages(reasonSchema.safeParse({ text: 'x'.repeat(REASON_MAX + 1) }))).toEqual([
      'moderation.validation.tooLong',
    ]);
  });

  it('lets a note be empty but not too long', () => {
    expect(noteSchema.parse({ text: '  ' })).toEqual({ text: '' });
    expect(messages(noteSchema.safeParse({ text: 'x'.repeat(REASON_MAX + 1) }))).toEqual([
      'moderation.validation.tooLong',
    ]);
  });
});
