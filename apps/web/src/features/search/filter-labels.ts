import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels, type TaxonomyKind } from '../taxonomies/use-taxonomies';
import type { FlagFilter, ListFilter } from './search-params';
import type { ActiveFilter } from './search-state';

// What the page calls each filter and each of its values, in the interface language.

const KIND: Record<Exclude<ListFilter, 'experience'>, TaxonomyKind> = {
  country: 'countries',
  excludeCountry: 'countries',
  naceSection: 'naceSections',
  organisationType: 'organisationTypes',
  topic: 'topics',
  language: 'languages',
  sizeBand: 'sizeBands',
};

export interface FilterLabels {
  /** The name of a filter ("Country"). */
  group: (key: ListFilter | FlagFilter) => string;
  /** A value of a list filter ("Greece", "P – Education"). */
  option: (key: ListFilter, code: string) => string;
  /** An active filter as a chip reads ("Greece", "Not Portugal", "Verified OID"). */
  active: (filter: ActiveFilter) => string;
}

export function useFilterLabels(): FilterLabels {
  const { t } = useTranslation();
  const label = useLabels();

  const group = useCallback(
    (key: ListFilter | FlagFilter): string => {
      switch (key) {
        case 'country':
          return t('search.facets.country');
        case 'excludeCountry':
          return t('search.facets.excludeCountry');
        case 'naceSection':
          return t('search.facets.naceSection');
        case 'organisationType':
          return t('search.facets.organisationType');
        case 'topic':
          return t('search.facets.topic');
        case 'language':
          return t('search.facets.language');
        case 'sizeBand':
          return t('search.facets.sizeBand');
        case 'experience':
          return t('search.facets.experience');
        case 'oidVerified':
          return t('search.facets.oidVerified');
        case 'openToPartnerships':
          return t('search.facets.openToPartnerships');
      }
    },
    [t],
  );

  const option = useCallback(
    (key: ListFilter, code: string): string => {
      if (key === 'experience') {
        if (code === 'none') return t('profile.experienceLevels.none');
        if (code === 'participated') return t('profile.experienceLevels.participated');
        if (code === 'coordinated') return t('profile.experienceLevels.coordinated');
        return code;
      }
      const text = label(KIND[key], code);
      return key === 'naceSection' && text !== code ? `${code} – ${text}` : text;
    },
    [label, t],
  );

  const active = useCallback(
    (filter: ActiveFilter): string => {
      if (!('code' in filter)) return group(filter.key);
      if (filter.key === 'excludeCountry')
        return t('search.chips.excluded', { country: option('country', filter.code) });
      return option(filter.key, filter.code);
    },
    [group, option, t],
  );

  return { group, option, active };
}
