import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';

// The platform's code lists (countries, NACE, types, topics…) with labels in the interface
// language, from GET /v1/taxonomies. They change only with a release: fetched once per language.

export type Taxonomies = Schemas['TaxonomiesResponseDto'];
export type TaxonomyKind = Exclude<keyof Taxonomies, 'naceRevision'>;

export function useTaxonomies() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useQuery({
    queryKey: ['taxonomies', lng],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/taxonomies', { headers: { 'Accept-Language': lng }, signal })),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export type LabelLookup = (kind: TaxonomyKind, code: string) => string;

/** A lookup from code to label; an unknown code (or one not loaded yet) reads as itself. */
export function labelLookup(taxonomies: Taxonomies | undefined): LabelLookup {
  const maps = new Map<TaxonomyKind, Map<string, string>>();
  return (kind, code) => {
    if (!taxonomies) return code;
    let map = maps.get(kind);
    if (!map) {
      map = new Map((taxonomies[kind] as { code: string; label: string }[]).map((o) => [o.code, o.label]));
      maps.set(kind, map);
    }
    return map.get(code) ?? code;
  };
}

/** The lookup for the taxonomies of the interface language, the same function until they change. */
export function useLabels(): LabelLookup {
  const { data } = useTaxonomies();
  return useMemo(() => labelLookup(data), [data]);
}
