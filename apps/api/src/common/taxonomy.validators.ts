import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationArguments } from 'class-validator';
import { ACCEPTED_COUNTRY_CODES } from '@syndesmos/common';
import { isCountryCode, normaliseCountryCode } from '@syndesmos/taxonomies';

function codeRule(
  name: string,
  isCode: (value: string) => boolean,
  message: (property: string, bad: string) => string,
  taxonomy?: string,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      // The validation pipe's catalogue reads these to say, in each locale, which codes are wrong.
      constraints: [isCode, taxonomy],
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value)
            ? value.every((v) => typeof v === 'string' && isCode(v))
            : typeof value === 'string' && isCode(value),
        defaultMessage: (args?: ValidationArguments) => {
          const values: unknown[] = Array.isArray(args?.value) ? args.value : [args?.value];
          const bad = values.filter((v) => typeof v !== 'string' || !isCode(v));
          return message(String(args?.property), bad.map((b) => JSON.stringify(b)).join(', '));
        },
      },
    });
}

/**
 * A field (or each element of an array field) must be a code of a taxonomy in libs/taxonomies.
 * The message names the codes that are not known.
 */
export function IsTaxonomyCode(isCode: (value: string) => boolean, taxonomy: string): PropertyDecorator {
  return codeRule('taxonomyCode', isCode, (p, bad) => `${p} has unknown ${taxonomy} code(s): ${bad}`, taxonomy);
}

/**
 * A country code, or a list of them, as people write them: case-insensitive, with the EU's EL
 * and UK accepted for GR and GB; stored and returned as ISO 3166-1 alpha-2. A refused code's
 * message says which codes are accepted. For a query-string list use `countryList()`, which
 * splits first.
 */
export function IsCountryCode(): PropertyDecorator {
  return applyDecorators(
    // Each code (or list element) in its ISO form: `el`, `El` and `EL` become GR, `uk` GB.
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) ? value.map((v) => normaliseCountryCode(v)) : normaliseCountryCode(value),
    ),
    codeRule(
      'countryCode',
      isCountryCode,
      (p, bad) => `${p} has unknown country code(s): ${bad}; ${ACCEPTED_COUNTRY_CODES.en}`,
    ),
  );
}
