// The searching behind every picker, apart from React so it can be tested alone: accent- and
// case-insensitive (Greek included: "αθηνα" finds "Αθήνα", final sigma as sigma), by label or by
// code, best matches first, grouped under headings when the options carry a group.

export interface PickerOption {
  code: string;
  label: string;
  /** The heading the option is listed under (see PickerGroup). */
  group?: string;
}

export interface PickerGroup {
  id: string;
  label: string;
}

/** Lower case, without accents or diacritics, final sigma folded, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/ς/g, 'σ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How well an option answers the query: 0 best; undefined when it does not match. */
export function matchRank(option: PickerOption, query: string): number | undefined {
  const q = normalise(query);
  if (!q) return 0;
  const code = normalise(option.code);
  const label = normalise(option.label);
  if (code === q) return 0;
  if (label.startsWith(q)) return 1;
  if (label.split(/[\s,;()/–-]+/).some((word) => word.startsWith(q))) return 2;
  if (code.startsWith(q)) return 3;
  // Every word of the query somewhere in the label ("skills green" finds "Green skills").
  const words = q.split(' ');
  if (words.every((w) => label.includes(w))) return 4;
  return undefined;
}

/** The options that match, best first; options of equal rank keep their given order. */
export function filterOptions<T extends PickerOption>(options: readonly T[], query: string): T[] {
  return options
    .map((option, index) => ({ option, index, rank: matchRank(option, query) }))
    .filter((o): o is { option: T; index: number; rank: number } => o.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((o) => o.option);
}

export interface OptionSection<T extends PickerOption> {
  group: PickerGroup | undefined;
  options: T[];
}

/** Options under their headings, in the headings' order; a heading with no option is left out.
 *  Without headings, one section holds everything. */
export function groupOptions<T extends PickerOption>(
  options: readonly T[],
  groups: readonly PickerGroup[] | undefined,
): OptionSection<T>[] {
  if (!groups?.length) return options.length ? [{ group: undefined, options: [...options] }] : [];
  const sections = groups.map((group) => ({ group, options: options.filter((o) => o.group === group.id) }));
  const known = new Set(groups.map((g) => g.id));
  const rest = options.filter((o) => !o.group || !known.has(o.group));
  return [...sections, ...(rest.length ? [{ group: undefined, options: rest }] : [])].filter((s) => s.options.length);
}

/** What a picker lists for a query: the matching options, under their headings. */
export function pickerSections<T extends PickerOption>(
  options: readonly T[],
  query: string,
  groups?: readonly PickerGroup[],
): OptionSection<T>[] {
  return groupOptions(filterOptions(options, query), groups);
}

/** The option Enter chooses when the person typed but highlighted nothing: the first one listed
 *  for the query (headings' order, best first) that `skip` lets through; none for an empty query. */
export function firstListed<T extends PickerOption>(
  options: readonly T[],
  query: string,
  groups?: readonly PickerGroup[],
  skip: (option: T) => boolean = () => false,
): T | undefined {
  if (!normalise(query)) return undefined;
  for (const section of pickerSections(options, query, groups)) {
    const option = section.options.find((o) => !skip(o));
    if (option) return option;
  }
  return undefined;
}
