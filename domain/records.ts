/** A plain JSON-like object (not null, not an array): what a card's data, a body or a stored payload must be before its fields are read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` is one of a closed list's values (the guard behind `isVerb`, `isLanguage`, `isJobKind` …). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
