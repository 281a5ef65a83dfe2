import { withoutIds } from "./timeline.js";

/** One block of a status snapshot: a heading, a paragraph or a list item (with its nesting depth). */
export type SnapshotBlock =
  { kind: "title" | "heading" | "paragraph"; text: string } | { kind: "item"; depth: number; text: string };

const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})\b/g;
const EVENT_NUMBER = / \(event \d+\)/g;
// The snapshot names objects "…; id <uuid>)" or "…, id <uuid>)" for the CLI.
const ID_CLAUSE = /[;,]\s*id\s+[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** A snapshot's text for people: times in the reader's zone, no ids and no event numbers. */
export function humanise(text: string, timeZone?: string): string {
  const local = text.replace(ISO_TIME, (iso) =>
    new Date(iso).toLocaleString(undefined, {
      ...(timeZone ? { timeZone } : {}),
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    }),
  );
  return withoutIds(local.replace(ID_CLAUSE, "")).replace(EVENT_NUMBER, "");
}

/**
 * Reads the status snapshot a handover carries (the Markdown the domain renders: `#` and `##`
 * headings, `-` lists indented by two spaces, paragraphs) into blocks to draw as a page.
 */
export function snapshotBlocks(markdown: string, timeZone?: string): SnapshotBlock[] {
  const blocks: SnapshotBlock[] = [];
  for (const line of markdown.split("\n")) {
    if (line.trim() === "") continue;
    const text = (raw: string): string => humanise(raw.trim(), timeZone);
    const item = /^( *)- (.*)$/.exec(line);
    if (line.startsWith("# ")) blocks.push({ kind: "title", text: text(line.slice(2)) });
    else if (line.startsWith("## ")) blocks.push({ kind: "heading", text: text(line.slice(3)) });
    else if (item) {
      blocks.push({ kind: "item", depth: Math.floor((item[1] ?? "").length / 2), text: text(item[2] ?? "") });
    } else blocks.push({ kind: "paragraph", text: text(line) });
  }
  return blocks;
}

/** Splits `**bold**` spans out of a line, so they can be drawn without parsing HTML. */
export function boldSpans(text: string): { text: string; bold: boolean }[] {
  return text
    .split(/\*\*(.+?)\*\*/)
    .map((part, i) => ({ text: part, bold: i % 2 === 1 }))
    .filter((p) => p.text !== "");
}
