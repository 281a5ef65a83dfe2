export type Segment = { text: string } | { url: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/** Splits text into plain runs and http(s) links, so links stay live without injecting HTML. */
export function linkify(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const index = match.index;
    if (index > at) out.push({ text: text.slice(at, index) });
    out.push({ url: match[0] });
    at = index + match[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

const FOLD_CHARS = 600;
const FOLD_LINES = 8;

/** Long pastes (logs, stack traces) fold behind their first lines. */
export function fold(text: string): { head: string; folded: boolean; lines: number } {
  const lines = text.split("\n");
  if (text.length <= FOLD_CHARS && lines.length <= FOLD_LINES) {
    return { head: text, folded: false, lines: lines.length };
  }
  const head = lines.slice(0, 3).join("\n").slice(0, 300);
  return { head, folded: true, lines: lines.length };
}
