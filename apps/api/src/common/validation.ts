import { ValidationPipe, type Type, type ValidationError } from '@nestjs/common';
import { PartialType } from '@nestjs/swagger';
import { DomainException, ErrorCode, type FieldProblem } from '@syndesmos/common';
import { ValidateIf } from 'class-validator';

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

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.value === null && e.constraints) {
      return [{ field, problem: 'null', message: `${field} cannot be null` }];
    }
    const own = Object.entries(e.constraints ?? {}).map(([problem, message]) => ({
      field,
      problem: problem === 'whitelistValidation' ? 'unknown_field' : problem,
      message: problem === 'whitelistValidation' ? `${field} is not an accepted field` : message,
    }));
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
    // The value is kept only to tell a null apart; it never reaches the answer.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new DomainException(ErrorCode.ValidationFailed, 'validation failed', flatten(errors)),
  });
}
