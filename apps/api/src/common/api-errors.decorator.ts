import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ErrorCode } from '@syndesmos/common';

export class FieldProblemDto {
  @ApiProperty({ description: 'The field, dotted for nested ones', example: 'email' })
  field!: string;

  @ApiProperty({
    description: 'What is wrong, as a stable word: the validator (isEmail, maxLength…), unknown_field, null, required…',
    example: 'isEmail',
  })
  problem!: string;

  @ApiProperty({ description: 'What is wrong, for people', example: 'email must be an email' })
  message!: string;
}

const ERROR_CODES = Object.values(ErrorCode);

export class ErrorBodyDto {
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 })
  statusCode!: number;

  @ApiProperty({
    enum: ERROR_CODES,
    enumName: 'ErrorCode',
    description: 'Stable: programs branch on it, never on the message',
    example: ErrorCode.ValidationFailed,
  })
  code!: ErrorCode;

  @ApiProperty({
    description: 'For people, in the language of Accept-Language (en, el)',
    example: 'Some fields are missing or invalid.',
  })
  message!: string;

  @ApiPropertyOptional({
    description:
      'VALIDATION_FAILED and PROFILE_INCOMPLETE: every bad field. Other codes may add context ' +
      '(`status`, `from`, `to`, `allowed`, `failingRules`, `fields`, `consortiumId`, `retryAfterSeconds`).',
    oneOf: [
      { type: 'array', items: { $ref: getSchemaPath(FieldProblemDto) } },
      { type: 'object', additionalProperties: true },
    ],
  })
  details?: FieldProblemDto[] | Record<string, unknown>;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only on 500 INTERNAL_ERROR: quote it when reporting the problem (it is also in the log)',
  })
  errorId?: string;

  @ApiProperty({
    description: 'The request id (also the X-Request-Id header): yours if you sent a sane one',
    example: '0f8fad5b-d9cb-469f-a165-70867728950e',
    maxLength: 64,
  })
  requestId!: string;
}

/** The models the error answers refer to: registered once in the document. */
export const ERROR_MODELS = [ErrorBodyDto, FieldProblemDto];

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (VALIDATION_FAILED lists every bad field; unknown fields are refused)',
  401: 'Missing, expired, forged or revoked credentials',
  403: 'Authenticated but not allowed',
  404: 'Not found',
  409: 'Conflicts with existing data',
  413: 'Request body too large',
  414: 'A part of the address is too long',
  415: 'The body is not application/json',
  422: 'Well-formed but breaks a rule',
  429: 'Rate limited; see the Retry-After header',
  500: 'Unexpected error (carries errorId)',
  503: 'A required service is unavailable',
};

const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds until the rate-limit window ends and the request may be made again',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  },
};

/** The error codes an operation answers, by status. */
export type ErrorCodesByStatus = Partial<Record<number, readonly ErrorCode[]>>;

/**
 * Lists the error answers of an endpoint in the OpenAPI document; 500 is always possible.
 * Either statuses (`ApiErrors(400, 404)`) or, better, the codes each status can carry
 * (`ApiErrors({ 404: [ErrorCode.NotFound], 409: [ErrorCode.AlreadyAnswered] })`): then the
 * answer's `code` is documented as exactly those, and the contract test holds the API to it.
 */
export function ApiErrors(...args: number[] | [ErrorCodesByStatus]): MethodDecorator & ClassDecorator {
  const byStatus: ErrorCodesByStatus =
    typeof args[0] === 'object'
      ? { ...args[0], 500: args[0][500] ?? [ErrorCode.Internal] }
      : Object.fromEntries([...(args as number[]), 500].map((status) => [status, undefined]));
  return applyDecorators(
    ...Object.entries(byStatus).map(([key, codes]) => {
      const status = Number(key);
      const description = DESCRIPTIONS[status] ?? 'Error';
      return ApiResponse({
        status,
        description: codes?.length ? `${description}: ${codes.join(', ')}` : description,
        ...(codes?.length ? { schema: errorSchema(codes) } : { type: ErrorBodyDto }),
        ...(status === 429 ? { headers: RETRY_AFTER } : {}),
      });
    }),
  );
}

/** The error body, with `code` narrowed to the codes this answer can carry. */
function errorSchema(codes: readonly ErrorCode[]) {
  return {
    allOf: [{ $ref: getSchemaPath(ErrorBodyDto) }],
    properties: { code: { type: 'string' as const, enum: [...codes] } },
  };
}
