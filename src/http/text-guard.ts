/**
 * Text that storage cannot keep faithfully is refused before any route sees it: PostgreSQL
 * rejects NUL characters outright (and one such value used to fail a whole group commit), and
 * lone UTF-16 surrogates would be silently replaced. Checking every string of the parsed body,
 * the path parameters and the query string in one place covers every field of every route.
 */

/** Bodies nested deeper than this are refused: no request of the API needs more. */
export const MAX_DEPTH = 32;

/** A UTF-16 surrogate without its pair (not valid Unicode text). */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type TextFault = { field: string; detail: string };

function stringFault(text: string, field: string): TextFault | null {
  if (text.includes("\u0000")) {
    return {
      field,
      detail: `${field} contains a NUL character (\\u0000), which cannot be stored; remove it.`,
    };
  }
  if (LONE_SURROGATE.test(text)) {
    return {
      field,
      detail: `${field} contains an unpaired UTF-16 surrogate, which is not valid Unicode text; send valid UTF-8.`,
    };
  }
  return null;
}

/** The first string (or key) in a JSON value that cannot be stored, or a body nested too deep. */
export function findTextFault(value: unknown, root = "body"): TextFault | null {
  // Iterative, so a hostile body nested thousands deep cannot overflow the stack here.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: "", depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const field = item.path || root;
    if (typeof item.value === "string") {
      const fault = stringFault(item.value, field);
      if (fault) return fault;
      continue;
    }
    if (typeof item.value !== "object" || item.value === null) continue;
    if (item.depth >= MAX_DEPTH) {
      return { field, detail: `${field} is nested more than ${MAX_DEPTH} levels deep; flatten the request.` };
    }
    const entries = Array.isArray(item.value)
      ? item.value.map((v, i) => [String(i), v] as const)
      : Object.entries(item.value as Record<string, unknown>);
    for (const [key, child] of entries) {
      const path = item.path ? `${item.path}.${key}` : key;
      const keyFault = stringFault(key, path);
      if (keyFault) return keyFault;
      stack.push({ value: child, path, depth: item.depth + 1 });
    }
  }
  return null;
}
