import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatList } from '../../i18n/format';
import { labelLookup, useTaxonomies, type LabelLookup, type TaxonomyKind } from '../taxonomies/use-taxonomies';
import './field-changes.css';

// A profile's pending changes, live value beside proposed value: what members see of their
// revision and what NA staff decide on. Lists mark what was removed and what was added.

export type FieldChange = Schemas['FieldChangeDto'];
export type ProfileField = FieldChange['field'];
type Value = FieldChange['before'];
type T = (key: string, options?: Record<string, unknown>) => string;

const LIST_KINDS: Partial<Record<ProfileField, TaxonomyKind>> = {
  naceSections: 'naceSections',
  naceDivisions: 'naceDivisions',
  topics: 'topics',
  targetGroups: 'targetGroups',
  languages: 'languages',
};
const CODE_KINDS: Partial<Record<ProfileField, TaxonomyKind>> = {
  country: 'countries',
  organisationType: 'organisationTypes',
  sizeBand: 'sizeBands',
};

function isRecord(value: Value): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** One side of a list change: every item labelled, the ones missing on the other side marked. */
export function listItems(
  mine: string[],
  other: string[],
  mark: 'removed' | 'added',
  label: (code: string) => string,
): { code: string; label: string; changed: boolean; mark: 'removed' | 'added' }[] {
  const others = new Set(other);
  return mine.map((code) => ({ code, label: label(code), changed: !others.has(code), mark }));
}

/** A value as plain text (never HTML), in the interface language. */
export function describeValue(field: ProfileField, value: Value, label: LabelLookup, t: T): string {
  if (value === null || value === undefined || value === '') return t('profile.empty');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  const codeKind = CODE_KINDS[field];
  if (codeKind && typeof value === 'string') return label(codeKind, value);
  const listKind = LIST_KINDS[field];
  if (listKind && Array.isArray(value)) {
    return value.length ? formatList(value.map((c) => label(listKind, String(c)))) : t('profile.empty');
  }
  if (field === 'experience' && isRecord(value)) {
    const level = t(`profile.experienceLevels.${String(value.level)}`);
    return `${level}; ${t('profile.pastProjects', { count: Number(value.pastProjects ?? 0) })}`;
  }
  if (field === 'lookingFor' && isRecord(value)) {
    const parts = [
      ...asStrings(value.countries).map((c) => label('countries', c)),
      ...asStrings(value.naceSections).map((c) => label('naceSections', c)),
      ...asStrings(value.organisationTypes).map((c) => label('organisationTypes', c)),
    ];
    const text = typeof value.text === 'string' && value.text ? [value.text] : [];
    return [...parts, ...text].join(' · ') || t('profile.empty');
  }
  if (field === 'contactPerson' && isRecord(value)) {
    return [value.name, value.role, value.email, value.phone].filter((v) => typeof v === 'string' && v).join(' · ');
  }
  if (Array.isArray(value)) return value.join(', ');
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
}

function Side({ change, side, label, t }: { change: FieldChange; side: 'before' | 'after'; label: LabelLookup; t: T }) {
  const kind = LIST_KINDS[change.field];
  const value = change[side];
  const other = change[side === 'before' ? 'after' : 'before'];
  if (kind && Array.isArray(value) && Array.isArray(other)) {
    const items = listItems(asStrings(value), asStrings(other), side === 'before' ? 'removed' : 'added', (c) =>
      label(kind, c),
    );
    if (!items.length) return <span className="muted">{t('profile.empty')}</span>;
    return (
      <ul className="change-list">
        {items.map((item) => (
          <li key={item.code}>
            {item.changed ? (
              item.mark === 'removed' ? (
                <del>
                  <span className="visually-hidden">{t('profile.removed')}: </span>
                  {item.label}
                </del>
              ) : (
                <ins>
                  <span className="visually-hidden">{t('profile.added')}: </span>
                  {item.label}
                </ins>
              )
            ) : (
              item.label
            )}
          </li>
        ))}
      </ul>
    );
  }
  return <span className="change-text">{describeValue(change.field, value, label, t)}</span>;
}

/** The changes as a table: field, live value, proposed value. */
export function FieldChanges({ changes, caption }: { changes: FieldChange[]; caption?: ReactNode }) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const label = labelLookup(taxonomies.data);
  return (
    <div className="table-wrap">
      <table className="field-changes">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('profile.field')}</th>
            <th scope="col">{t('profile.live')}</th>
            <th scope="col">{t('profile.proposed')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{t(`profile.fields.${change.field}`)}</th>
              <td data-label={t('profile.live')}>
                <Side change={change} side="before" label={label} t={t} />
              </td>
              <td data-label={t('profile.proposed')}>
                <Side change={change} side="after" label={label} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
