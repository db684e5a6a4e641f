// Reading the untrusted values of a card action: whatever arrives, the handlers get plain strings,
// a UUID or nothing, a boolean, a page number; never an exception.

type ActionData = Readonly<Record<string, unknown>>;

/** A text input's value; '' when missing or not text. */
export function stringInput(data: ActionData, key: string): string {
  const value = data[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID (product or entry id), lower case; undefined when missing or malformed. */
export function uuidInput(data: ActionData, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' && UUID.test(value.trim()) ? value.trim().toLowerCase() : undefined;
}

/** `true` or `"true"` (Input.Toggle and JSON data both occur). */
export function trueInput(data: ActionData, key: string): boolean {
  const value = data[key];
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

/** A page number ≥ 0; 0 when missing or malformed. */
export function pageInput(data: ActionData, key = 'page'): number {
  const value = data[key];
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(number) && number >= 0 && number < 10_000 ? number : 0;
}
