import { applyDecorators, type Type } from '@nestjs/common';
import { ApiBody, ApiExtraModels, getSchemaPath } from '@nestjs/swagger';

/** Documents a request body by its DTO class, with one worked example of it. */
export function ApiBodyExample(type: Type<unknown>, value: object, summary = 'A typical request'): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(type),
    ApiBody({ schema: { $ref: getSchemaPath(type) }, examples: { typical: { summary, value } } }),
  );
}
