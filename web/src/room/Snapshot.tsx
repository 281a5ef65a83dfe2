import type { ReactNode } from "react";
import type { SnapshotBlock } from "../logic/snapshot.js";
import { boldSpans, snapshotBlocks } from "../logic/snapshot.js";

function Line({ text }: { text: string }) {
  return (
    <>
      {boldSpans(text).map((p, i) =>
        p.bold ? <strong key={i}>{p.text}</strong> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}

/** Nests consecutive list items by depth into lists, so the page reads as the Markdown meant. */
function list(items: Extract<SnapshotBlock, { kind: "item" }>[], depth: number): ReactNode {
  const out: ReactNode[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item || item.depth !== depth) continue;
    const children: Extract<SnapshotBlock, { kind: "item" }>[] = [];
    for (let j = i + 1; j < items.length && (items[j]?.depth ?? 0) > depth; j++) {
      const child = items[j];
      if (child) children.push(child);
    }
    out.push(
      <li key={i}>
        <Line text={item.text} />
        {children.length > 0 && list(children, depth + 1)}
      </li>,
    );
  }
  return <ul>{out}</ul>;
}

/**
 * The status snapshot a handover carries, drawn as a page: headings, nested lists, bold names,
 * times in the reader's zone, no ids. Text is drawn as text (never parsed as HTML).
 */
export function Snapshot({ markdown }: { markdown: string }) {
  const blocks = snapshotBlocks(markdown);
  const out: ReactNode[] = [];
  let items: Extract<SnapshotBlock, { kind: "item" }>[] = [];
  const flush = (): void => {
    if (items.length > 0) out.push(<div key={`list-${String(out.length)}`}>{list(items, 0)}</div>);
    items = [];
  };
  for (const b of blocks) {
    if (b.kind === "item") {
      items.push(b);
      continue;
    }
    flush();
    const key = `${b.kind}-${String(out.length)}`;
    if (b.kind === "title") out.push(<h4 key={key}>{b.text}</h4>);
    else if (b.kind === "heading") out.push(<h5 key={key}>{b.text}</h5>);
    else {
      out.push(
        <p key={key}>
          <Line text={b.text} />
        </p>,
      );
    }
  }
  flush();
  return <div className="snapshot">{out}</div>;
}
