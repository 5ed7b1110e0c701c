import { ValidationPipe, type Type, type ValidationError } from '@nestjs/common';
import { PartialType } from '@nestjs/swagger';
import { describeProblem, DomainException, ErrorCode, type FieldProblem } from '@syndesmos/common';
import { getMetadataStorage, ValidateIf } from 'class-validator';

// Null in a body means "clear this field". class-validator's @IsOptional lets null through
// every validator, so a field that cannot be empty was stored as null. Here a field may be
// left out (`Optional`) and, separately, may be cleared (`Nullable`); anything else that is
// null fails its own validators and is reported once as `problem: 'null'`.

/** The field may be left out; null is refused unless the field is also `Nullable()`. */
export const Optional = (): PropertyDecorator => ValidateIf((_o: unknown, value: unknown) => value !== undefined);

/** The field may be null (cleared); other values go through its validators. */
export const Nullable = (): PropertyDecorator => ValidateIf((_o: unknown, value: unknown) => value !== null);

/**
 * The body of a PATCH: every field of `base` may be left out, and keeps its own null rule
 * (Nest's PartialType would otherwise mark every field @IsOptional, which lets null through).
 */
export function PatchType<T>(base: Type<T>): Type<Partial<T>> {
  return PartialType(base, { skipNullProperties: false });
}

/** Only the fields a PATCH body carries, as plain data (arrays stay arrays, instances become objects). */
export function patchOf<T extends object>(dto: T): Partial<T> {
  return structuredClone(
    Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)),
  ) as Partial<T>;
}

/** The values a class-validator rule was declared with on a field: a limit, the allowed values. */
function ruleArgs(target: object | undefined, property: string, rule: string): readonly unknown[] {
  if (!target || typeof target !== 'object') return [];
  const declared = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && m.name === rule);
  return (declared?.constraints as unknown[] | undefined) ?? [];
}

// Rules whose own message says more than the catalogue can (a pattern's "9 digits", which
// password rule failed): that message stays the English one.
const OWN_ENGLISH = new Set(['matches', 'acceptablePassword']);

/**
 * One problem per broken rule, with its message in every locale (the answer carries the
 * request's). Rules the catalogue does not know keep class-validator's (or the DTO's own) text.
 */
function problemOf(
  field: string,
  problem: string,
  own: string,
  args: readonly unknown[],
  value: unknown,
): FieldProblem {
  const messages = describeProblem(problem, field, args, value);
  const en = OWN_ENGLISH.has(problem) ? own : (messages?.en ?? own);
  return { field, problem, message: en, messages: messages ? { ...messages, en } : undefined };
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.value === null && e.constraints) return [problemOf(field, 'null', `${field} cannot be null`, [], null)];
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) =>
      rule === 'whitelistValidation'
        ? problemOf(field, 'unknown_field', `${field} is not an accepted field`, [], undefined)
        : problemOf(field, rule, message, ruleArgs(e.target, e.property, rule), e.value),
    );
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Every body and query: unknown fields refused, every bad field listed at once. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The value tells a null apart and names bad codes, the target finds a rule's limits;
    // neither reaches the answer.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => new DomainException(ErrorCode.ValidationFailed, 'validation failed', flatten(errors)),
  });
}
