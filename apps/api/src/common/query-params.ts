import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCountryCode } from './taxonomy.validators';

// Query string conventions shared by the search endpoints.

/** Lists arrive as `?country=GR,CY` (or repeated parameters). */
export const list = () =>
  Transform(({ value }: { value: unknown }) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );

/**
 * A list of country codes in a query string (`?country=gr,EL`): split first, then each code
 * normalised and checked as `IsCountryCode()` does. class-transformer runs a property's
 * transforms last-registered first, hence the order of the two here.
 */
export const countryList = () => applyDecorators(IsCountryCode(), list());

/** Booleans arrive as true/false; anything else is left for @IsBoolean to refuse. */
export const bool = () =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

/** `facets=all` or a comma-separated subset of `names`; none when absent. */
export function FacetList(names: readonly string[]) {
  return applyDecorators(
    ApiPropertyOptional({
      type: String,
      description: `Facet counts to return: \`all\`, or some of ${names.join(', ')}; comma-separated. None by default: ask for them when the filter panel is shown, not on every page.`,
    }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => {
      const asked = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim());
      return asked.includes('all') ? [...names] : asked.filter(Boolean);
    }),
    IsIn(names, { each: true, message: `each value of facets must be all or one of ${names.join(', ')}` }),
  );
}

/** Page-numbered results (Meilisearch counts the hits, so a UI can show page numbers). */
export class SearchPageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  pageSize?: number;
}
