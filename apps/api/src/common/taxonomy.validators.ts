import { registerDecorator, type ValidationArguments } from 'class-validator';

/**
 * A field (or each element of an array field) must be a code of a taxonomy in libs/taxonomies.
 * The message names the codes that are not known.
 */
export function IsTaxonomyCode(isCode: (value: string) => boolean, taxonomy: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'taxonomyCode',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value)
            ? value.every((v) => typeof v === 'string' && isCode(v))
            : typeof value === 'string' && isCode(value),
        defaultMessage: (args?: ValidationArguments) => {
          const values: unknown[] = Array.isArray(args?.value) ? args.value : [args?.value];
          const bad = values.filter((v) => typeof v !== 'string' || !isCode(v));
          return `${args?.property} has unknown ${taxonomy} code(s): ${bad.map((b) => JSON.stringify(b)).join(', ')}`;
        },
      },
    });
}
