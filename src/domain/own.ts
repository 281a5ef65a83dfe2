/**
 * A record's own entry for a key, never one inherited from Object.prototype: an id or handle
 * such as "constructor" or "toString" must find nothing, not a built-in function.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
