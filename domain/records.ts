/** A plain JSON-like object (not null, not an array): what a card's data, a body or a stored payload must be before its fields are read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
