// Typed search parameters shared by several routes (the search page's own live beside it).

/** A string parameter, or undefined when absent or not a string. */
export function optionalString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** For pages opened from a mail link: `?token=…`. */
export function tokenSearch(search: Record<string, unknown>): { token?: string } {
  return { token: optionalString(search.token) };
}
