import type { PickerGroup, PickerOption } from '../../components/picker-filter';
import type { Taxonomies } from '../taxonomies/use-taxonomies';

// The taxonomies as picker options, in the interface language.

type T = (key: string) => string;

export const TOPIC_GROUPS = ['horizontal_priority', 'vet_priority', 'vet_topic'] as const;

export interface ProfileOptions {
  countries: PickerOption[];
  naceSections: PickerOption[];
  organisationTypes: PickerOption[];
  topics: PickerOption[];
  topicGroups: PickerGroup[];
  targetGroups: PickerOption[];
  languages: PickerOption[];
  sizeBands: PickerOption[];
  /** Section of each division ("85" → "P"). */
  sectionOf: Map<string, string>;
}

const plain = (list: readonly { code: string; label: string }[]): PickerOption[] =>
  list.map(({ code, label }) => ({ code, label }));

export function profileOptions(taxonomies: Taxonomies, t: T): ProfileOptions {
  return {
    countries: plain(taxonomies.countries),
    naceSections: plain(taxonomies.naceSections),
    organisationTypes: plain(taxonomies.organisationTypes),
    topics: taxonomies.topics.map(({ code, label, group }) => ({ code, label, group })),
    topicGroups: TOPIC_GROUPS.map((id) => ({ id, label: t(`editor.topicGroups.${id}`) })),
    targetGroups: plain(taxonomies.targetGroups),
    languages: plain(taxonomies.languages),
    sizeBands: plain(taxonomies.sizeBands),
    sectionOf: new Map(taxonomies.naceDivisions.map((d) => [d.code, d.section])),
  };
}

/** The divisions of the chosen sections only, listed under their section. */
export function divisionOptions(
  taxonomies: Taxonomies,
  sections: readonly string[],
): { options: PickerOption[]; groups: PickerGroup[] } {
  const chosen = new Set(sections);
  const groups = taxonomies.naceSections
    .filter((s) => chosen.has(s.code))
    .map((s) => ({ id: s.code, label: `${s.code} · ${s.label}` }));
  const options = taxonomies.naceDivisions
    .filter((d) => chosen.has(d.section))
    .map((d) => ({ code: d.code, label: d.label, group: d.section }));
  return { options, groups };
}

/** The divisions that still belong to one of the sections (after a section was removed). */
export function keepDivisionsOf(
  divisions: readonly string[],
  sections: readonly string[],
  sectionOf: ReadonlyMap<string, string>,
): string[] {
  const chosen = new Set(sections);
  return divisions.filter((d) => chosen.has(sectionOf.get(d) ?? ''));
}
