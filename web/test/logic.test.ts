import { describe, expect, it } from "vitest";
import type { EventEnvelope, IncidentSummary } from "../src/api.js";
import { parseFrames } from "../src/api.js";
import { boardRows, groupUnderUmbrellas, severityRanker, upsertRows } from "../src/logic/board.js";
import { fold, linkify } from "../src/logic/text.js";
import { boldSpans, snapshotBlocks } from "../src/logic/snapshot.js";
import { countdown, nextUpdateLabel, span } from "../src/logic/time.js";
import {
  describeAction,
  objectNames,
  stillFollowing,
  timelineRows,
  withoutIds,
} from "../src/logic/timeline.js";

function event(seq: number, at: string, type: string, data: object, actor = "ann"): EventEnvelope {
  return { seq, at, type, data, actor, actorRoles: ["incident-commander"] } as EventEnvelope;
}

const log = [
  event(1, "2026-11-23T23:50:00Z", "incident.declared", {
    name: "Incident 26-Alpha",
    severity: "SEV1",
    kind: "real",
    synopsis: "DC1 dark",
    commander: "ann",
    visibility: "open",
    declaredAt: "2026-11-23T23:50:00Z",
    number: 1,
  }),
  event(2, "2026-11-23T23:55:00Z", "message.posted", { text: "who is on it?", freelancing: true }, "eve"),
  event(3, "2026-11-24T12:05:00Z", "decision.recorded", {
    decision: "Fail over",
    rationale: "DC1 dark",
    decidedBy: "ann",
    objectiveId: null,
  }),
  event(4, "2026-11-24T12:06:00Z", "log.entry", { text: "paged facilities", key: true }),
  event(5, "2026-11-24T12:07:00Z", "log.entry", { text: "coffee", key: false }),
];

describe("timeline rows", () => {
  it("head each calendar day once and keep events in order", () => {
    const rows = timelineRows(log, "all");
    expect(rows.filter((r) => r.kind === "day")).toHaveLength(
      new Set(log.map((e) => new Date(e.at).toDateString())).size,
    );
    expect(rows.flatMap((r) => (r.kind === "event" ? [r.event.seq] : []))).toEqual([1, 3, 4, 5]);
    // The channel message is collapsed under "Everything", not dropped.
    expect(rows.filter((r) => r.kind === "chat").map((r) => (r.kind === "chat" ? r.last.seq : 0))).toEqual([
      2,
    ]);
  });

  it("collapse a run of channel messages under Everything into one row", () => {
    const chat = (seq: number, text: string) =>
      event(seq, "2026-11-24T12:10:00Z", "message.posted", { text, freelancing: false }, "bo");
    const rows = timelineRows([...log, chat(6, "one"), chat(7, "two"), chat(8, "three")], "all");
    const last = rows[rows.length - 1];
    expect(last).toMatchObject({ kind: "chat", count: 3 });
    expect(last?.kind === "chat" ? last.last.seq : 0).toBe(8);
    // Under the Channel filter every message is its own row.
    expect(
      timelineRows([...log, chat(6, "one"), chat(7, "two")], "chat").filter((r) => r.kind === "event"),
    ).toHaveLength(3);
  });

  it("filter to key events, decisions and the channel", () => {
    const seqs = (filter: Parameters<typeof timelineRows>[1]) =>
      timelineRows(log, filter).flatMap((r) => (r.kind === "event" ? [r.event.seq] : []));
    expect(seqs("key")).toEqual([1, 3, 4]);
    expect(seqs("decisions")).toEqual([3]);
    expect(seqs("chat")).toEqual([2]);
    expect(seqs("cans")).toEqual([]);
  });

  it("describe events in words, with the actor split out and ids left to the CLI", () => {
    expect(describeAction(log[1] as EventEnvelope)).toEqual({
      lead: true,
      rest: " (not checked in): who is on it?",
    });
    const task = event(6, "2026-11-24T12:08:00Z", "task.acknowledged", {
      id: "d505b77b-4654-4e85-ac2d-1ab6e38ede67",
    });
    expect(describeAction(task).rest).not.toMatch(/[0-9a-f]{8}-/);
    const accepted = event(7, "2026-11-24T12:09:00.000Z", "transfer.accepted", {
      id: "d505b77b-4654-4e85-ac2d-1ab6e38ede68",
      role: "incident-commander",
      from: "bob",
      to: "ann",
    });
    const words = describeAction(accepted).rest;
    expect(words).toContain(new Date("2026-11-24T12:09:00Z").toLocaleTimeString());
    expect(words).not.toContain("2026-11-24T");
  });

  it("name the object an event refers to, from the log so far", () => {
    const id = "d505b77b-4654-4e85-ac2d-1ab6e38ede69";
    const proposed = event(8, "2026-11-24T12:10:00Z", "change.proposed", {
      id,
      what: "Point DNS at DC2",
      why: "DC1 dark",
      system: "dns",
      risk: "low",
      rollbackPlan: "point back",
      objectionWindowEndsAt: null,
    });
    const kept = event(9, "2026-11-24T12:20:00Z", "change.kept", { id });
    const events = [proposed, kept];
    const names = objectNames(events);
    expect(describeAction(kept, names).rest).toBe(" kept change “Point DNS at DC2”");
    // The proposal already says what it is: its id is dropped, not named twice.
    expect(describeAction(proposed, names).rest).toBe(" proposed a low-risk change to dns: Point DNS at DC2");
    // Without the proposal in the log, the id is still left to the CLI.
    expect(describeAction(kept).rest).toBe(" kept change");
    // The index follows the log as it grows in place.
    const task = "d505b77b-4654-4e85-ac2d-1ab6e38ede70";
    events.push(
      event(10, "2026-11-24T12:21:00Z", "task.assigned", {
        id: task,
        assignee: "cy",
        task: "Check PDU 3",
        timeBoxMinutes: 10,
        dueAt: "2026-11-24T12:31:00Z",
        objectiveId: null,
      }),
    );
    const ack = event(11, "2026-11-24T12:22:00Z", "task.acknowledged", { id: task });
    expect(describeAction(ack, objectNames(events)).rest).toBe(" acknowledged task “Check PDU 3”");
    // A page names itself by its message already; its id is not turned into the message again.
    const page = "d505b77b-4654-4e85-ac2d-1ab6e38ede71";
    const requested = event(12, "2026-11-24T12:23:00Z", "dispatch.requested", {
      id: page,
      target: { person: "eve" },
      message: "Check the DC2 load balancers",
      escalation: ["eve"],
      ackMinutes: 5,
    });
    events.push(requested);
    expect(describeAction(requested, objectNames(events)).rest).toBe(
      " asked eve to respond: Check the DC2 load balancers (acknowledge within 5 min)",
    );
    expect(withoutIds(`eve acknowledged dispatch ${page}`)).toBe("eve acknowledged dispatch");
  });

  it("keep following the end while it grows, and stop only when the reader scrolls up", () => {
    const view = (scrollTop: number, scrollHeight: number) => ({
      scrollTop,
      scrollHeight,
      clientHeight: 500,
    });
    // Our jump to the end lands after another batch has grown the list: still following.
    expect(stillFollowing(view(9_500, 26_000), true, 8_000)).toBe(true);
    // At the end: following, whatever came before.
    expect(stillFollowing(view(25_480, 26_000), false, 0)).toBe(true);
    // The reader scrolls up, away from the end: stop following, and stay stopped.
    expect(stillFollowing(view(12_000, 26_000), true, 25_500)).toBe(false);
    expect(stillFollowing(view(13_000, 27_000), false, 12_000)).toBe(false);
  });
});

describe("server-sent event frames", () => {
  it("keep a partial block for the next chunk and skip heartbeats", () => {
    const first = parseFrames(': keep-alive\n\nid: 3\nevent: log.entry\ndata: {"seq":3}\n\nid: 4\nda');
    expect(first.frames).toEqual([{ id: "3", event: "log.entry", data: '{"seq":3}' }]);
    const second = parseFrames(`${first.rest}ta: {"seq":4}\n\n`);
    expect(second.frames).toEqual([{ id: "4", event: "message", data: '{"seq":4}' }]);
    expect(second.rest).toBe("");
  });
});

describe("the board", () => {
  const row = (id: string, over: Partial<IncidentSummary>): IncidentSummary => ({
    id,
    number: Number(id),
    name: `Incident ${id}`,
    status: "active",
    severity: "SEV2",
    kind: "real",
    visibility: "open",
    commander: "ann",
    synopsis: "",
    declaredAt: `2026-11-24T0${id}:00:00Z`,
    updatedAt: `2026-11-24T0${id}:00:00Z`,
    nextUpdateDueAt: null,
    updateOverdue: false,
    umbrella: false,
    parent: null,
    seq: 1,
    ...over,
  });

  it("puts each umbrella's children right under it, and leaves orphans where they are", () => {
    const u = row("1", { umbrella: true, severity: "SEV3" });
    const under = { id: "1", number: 1, name: "Incident 1" };
    const rows = [
      row("3", { parent: under }),
      row("2", {}),
      u,
      row("4", { parent: under }),
      row("5", { parent: { ...under, id: "9" } }),
    ];
    expect(groupUnderUmbrellas(rows).map((r) => `${r.row.id}${r.child ? "<" : ""}`)).toEqual([
      "2",
      "1",
      "3<",
      "4<",
      "5",
    ]);
  });

  it("keeps the newest version of each incident whatever order rows arrive in", () => {
    let board = upsertRows(new Map(), [row("1", { seq: 5, status: "stable" })]);
    board = upsertRows(board, [row("1", { seq: 3, status: "active" })]);
    expect(board.get("1")?.status).toBe("stable");
  });

  it("puts active first, newest first among equals, real before drills, and hides ended incidents and drills when asked", () => {
    const board = upsertRows(new Map(), [
      row("1", {}),
      row("2", { status: "stable" }),
      row("3", {}),
      row("4", { status: "ended" }),
      row("5", { kind: "drill" }),
    ]);
    const ids = (ended: boolean, drills: boolean) => boardRows(board, { ended, drills }).map((r) => r.id);
    expect(ids(false, true)).toEqual(["3", "1", "5", "2"]);
    expect(ids(true, false)).toEqual(["3", "1", "2", "4"]);
  });

  it("never lists a newer, milder incident (or drill) above an older, more severe one", () => {
    const board = upsertRows(new Map(), [
      row("1", { severity: "SEV1" }),
      row("2", { severity: "SEV3", kind: "drill" }),
      row("3", { severity: "SEV2" }),
    ]);
    expect(boardRows(board, { ended: false, drills: true }).map((r) => r.id)).toEqual(["1", "3", "2"]);
    // A deployment's own levels rank in its configured order, not by name.
    const custom = upsertRows(new Map(), [
      row("1", { severity: "minor" }),
      row("2", { severity: "critical" }),
    ]);
    const rank = severityRanker(["critical", "major", "minor"]);
    expect(boardRows(custom, { ended: false, drills: true }, rank).map((r) => r.id)).toEqual(["2", "1"]);
  });
});

describe("time and text", () => {
  const now = Date.parse("2026-11-24T12:00:00Z");

  it("count down, then say how overdue", () => {
    expect(countdown("2026-11-24T12:12:00Z", now)).toEqual({ label: "12 min left", overdue: false });
    expect(countdown("2026-11-24T11:58:00Z", now)).toEqual({ label: "overdue by 2 min", overdue: true });
    expect(span(95 * 60_000)).toBe("1 h 35 min");
    expect(span(20_000)).toBe("20 s");
  });

  it("label the update cadence for the board", () => {
    expect(
      nextUpdateLabel({ nextUpdateDueAt: "2026-11-24T12:12:00Z", updateOverdue: false }, now)?.label,
    ).toBe("next update in 12 min");
    expect(nextUpdateLabel({ nextUpdateDueAt: "2026-11-24T11:50:00Z", updateOverdue: true }, now)).toEqual({
      label: "update overdue by 10 min",
      overdue: true,
    });
    expect(nextUpdateLabel({ nextUpdateDueAt: null, updateOverdue: false }, now)).toBeNull();
  });

  it("find links without their trailing punctuation", () => {
    expect(linkify("see https://grafana.example.com/d/abc?x=1, then call")).toEqual([
      { text: "see " },
      { url: "https://grafana.example.com/d/abc?x=1" },
      { text: ", then call" },
    ]);
    expect(linkify("javascript:alert(1) is not a link")).toEqual([
      { text: "javascript:alert(1) is not a link" },
    ]);
  });

  it("fold long pastes but not short messages", () => {
    expect(fold("short").folded).toBe(false);
    const trace = Array.from({ length: 40 }, (_, i) => `at frame ${String(i)}`).join("\n");
    expect(fold(trace)).toMatchObject({
      folded: true,
      lines: 40,
      head: "at frame 0\nat frame 1\nat frame 2",
    });
  });
});

describe("the handover snapshot as a page", () => {
  const markdown = [
    "# Incident 26-Alpha (#1) — SEV1, active",
    "",
    "DC1 is dark",
    "",
    "- Declared: 2026-11-23T23:50:00.000Z by ann",
    "- Updated: 2026-11-24T00:10:00.000Z (event 42)",
    "",
    "## Handovers offered",
    "- Incident Commander: ann → bob (offered 2026-11-24T00:09:00.000Z, id 0b5e0d4c-1f6a-4a57-9a55-3f1f4c4b2a10)",
    "## Action plan — period 1, until 2026-11-24T01:00:00.000Z",
    "- [ ] Customers served from DC2 (owner bob)",
    "  - cy: Check PDU 3 — due 2026-11-24T00:20:00.000Z (acknowledged; id 7d1c2b3a-0000-4000-8000-000000000001)",
    "- **cy** (SME) at 2026-11-24T00:05:00.000Z",
  ].join("\n");
  const blocks = snapshotBlocks(markdown, "Europe/Berlin");

  it("keeps the structure: title, paragraphs, headings, nested items", () => {
    expect(blocks.map((b) => b.kind)).toEqual([
      "title",
      "paragraph",
      "item",
      "item",
      "heading",
      "item",
      "heading",
      "item",
      "item",
      "item",
    ]);
    expect(blocks[8]).toMatchObject({ kind: "item", depth: 1 });
  });

  it("shows times in the reader's zone and leaves out ids and event numbers", () => {
    const text = blocks.map((b) => b.text).join("\n");
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(text).not.toContain("event 42");
    // 00:10 UTC is 01:10 in Berlin in November.
    expect(blocks[3]?.text).toMatch(/01:10/);
    expect(blocks[5]?.text).toMatch(/^Incident Commander: ann → bob \(offered Nov 24, 01:09 ?(AM)?\)$/);
    expect(blocks[8]?.text).toMatch(/\(acknowledged\)$/);
  });

  it("splits bold spans without reading HTML", () => {
    expect(boldSpans("**cy** (SME) <b>x</b>")).toEqual([
      { text: "cy", bold: true },
      { text: " (SME) <b>x</b>", bold: false },
    ]);
  });
});
