import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import { ErrorCode } from '@syndesmos/common';

export class ErrorBodyDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ enum: Object.values(ErrorCode), example: ErrorCode.ValidationFailed }) code!: string;
  @ApiProperty({ example: 'Some fields are missing or invalid.' }) message!: string;
  @ApiProperty({ required: false, description: 'Per-field problems for VALIDATION_FAILED; context otherwise' })
  details?: unknown;
  @ApiProperty({ required: false, description: 'Only on 500: quote it when reporting the problem' })
  errorId?: string;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (VALIDATION_FAILED lists every bad field; unknown fields are refused)',
  401: 'Missing, expired, forged or revoked credentials',
  403: 'Authenticated but not allowed',
  404: 'Not found',
  409: 'Conflicts with existing data',
  413: 'Request body too large',
  422: 'Well-formed but breaks a rule',
  429: 'Rate limited; see the Retry-After header',
  503: 'A required service is unavailable',
};

const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds until the rate-limit window ends and the request may be made again',
    schema: { type: 'integer', minimum: 1 },
  },
};

/** Lists the error answers of an endpoint in the OpenAPI document; 500 is always possible. */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...[...statuses, 500].map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Unexpected error (carries errorId)',
        type: ErrorBodyDto,
        ...(status === 429 ? { headers: RETRY_AFTER } : {}),
      }),
    ),
  );
}
