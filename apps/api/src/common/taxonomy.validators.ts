import { registerDecorator, type ValidationArguments } from 'class-validator';

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
