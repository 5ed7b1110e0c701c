import { applyDecorators } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/** Documents path parameters that `ParseUUIDPipe` checks as what they are: UUIDs. */
export function UuidParams(...names: string[]): MethodDecorator {
  return applyDecorators(...names.map((name) => ApiParam({ name, type: String, format: 'uuid' })));
}
