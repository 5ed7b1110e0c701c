import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainException, ErrorCode, type FieldProblem } from '@syndesmos/common';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
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
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new DomainException(ErrorCode.ValidationFailed, 'validation failed', flatten(errors)),
  });
}
