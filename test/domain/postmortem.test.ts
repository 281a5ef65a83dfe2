import { describe, expect, it } from "vitest";
import { defaultDomainConfig } from "../../src/domain/index.js";
import type { Postmortem, PostmortemEvent } from "../../src/capabilities/postmortems/domain/index.js";
import {
  addWorkingDays,
  defaultPostmortemConfig,
  draftsAutomatically,
  decidePostmortem,
  draftPostmortem,
  evolvePostmortem,
  overdueSteps,
  postmortemNotices,
  scheduleFrom,
} from "../../src/capabilities/postmortems/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

function endedIncident(): Scenario {
  const t = new Scenario("ann", { name: "Copper Falcon", severity: "SEV2" }, defaultDomainConfig);
  t.staff(["bob"], null, "ann");
  t.run("ann", { type: "update", severity: "SEV1", reason: "EU checkout fully down" });
  t.run("bob", { type: "report-can", conditions: "EU 100% errors", actions: "rolling back", needs: "none" });
  t.run("bob", {
    type: "report-can",
    conditions: "EU 100% errors",
    actions: "still rolling back",
    needs: "none",
  });
  t.run("ann", { type: "decide", decision: "Roll back 4.2", rationale: "errors began with it" });
  t.run("ann", { type: "log", text: "chatter", key: false });
  t.run("ann", { type: "log", text: "Rollback complete", key: true });
  t.run("ann", { type: "set-status", status: "ended", summary: "Rolled back 4.2; checkout recovered" });
  return t;
}

let version = 0;
function apply(p: Postmortem | null, events: PostmortemEvent[], actor: string): Postmortem {
  let state = p;
  for (const e of events) {
    state = evolvePostmortem(state, {
      ...e,
      version: ++version,
      at: "2026-11-24T10:00:00Z",
      actor,
    });
  }
  if (!state) throw new Error("no state");
  return state;
}

describe("postmortems", () => {
  it("drafts from the record: summary, severity history, key events linked back, roles, the review questions", () => {
    const t = endedIncident();
    const md = draftPostmortem(t.state, t.log);
    expect(md).toContain("# Postmortem: Copper Falcon (#1)");
    expect(md).toContain("Rolled back 4.2; checkout recovered");
    expect(md).toMatch(/- 2026-11-23 \d\d:\d\d UTC: SEV1 — EU checkout fully down/);
    expect(md).toMatch(
      /Decision: Roll back 4\.2 — because errors began with it \(ann\) \(\[event \d+\]\(#\/incidents\/1\/timeline\?seq=\d+\)\)/,
    );
    expect(md).toContain("Rollback complete");
    expect(md).not.toContain("chatter");
    // The repeated CAN with the same conditions did not change the picture: drafted once.
    expect(md.match(/CAN from bob/g)).toHaveLength(1);
    expect(md).toMatch(/- Incident Commander: ann, 2026-11-23 \d\d:\d\d UTC – the end/);
    for (const heading of [
      "## What went well",
      "## What went badly",
      "## Where we got lucky",
      "## Follow-ups",
    ]) {
      expect(md).toContain(heading);
    }
  });

  it("schedules the draft in working days and the review and publication in days", () => {
    // Friday 2026-11-27 10:00: three working days later is Wednesday.
    expect(addWorkingDays(new Date("2026-11-27T10:00:00Z"), 3).toISOString()).toBe(
      "2026-12-02T10:00:00.000Z",
    );
    const s = scheduleFrom(new Date("2026-11-27T10:00:00Z"), {
      draftWorkingDays: 2,
      reviewDays: 7,
      publishDays: 14,
    });
    expect(s).toEqual({
      draft: "2026-12-01T10:00:00.000Z",
      review: "2026-12-04T10:00:00.000Z",
      publish: "2026-12-11T10:00:00.000Z",
    });
  });

  it("drafts by itself only for ends within the publication window (not for an upgrade's backlog)", () => {
    const now = new Date("2026-12-20T00:00:00Z");
    expect(draftsAutomatically("2026-12-19T00:00:00Z", now, defaultPostmortemConfig)).toBe(true);
    expect(draftsAutomatically("2026-12-06T00:00:00Z", now, defaultPostmortemConfig)).toBe(true);
    expect(draftsAutomatically("2026-12-05T00:00:00Z", now, defaultPostmortemConfig)).toBe(false);
  });

  it("checks the version on every save, asks reviewers again after an edit, and needs a reviewer besides the owner", () => {
    const t = endedIncident();
    const ctx = (actor: string, isAdmin = false) => ({
      actor,
      isAdmin,
      now: new Date("2026-12-20T00:00:00Z"),
      newId: () => "c1",
    });
    let p = apply(
      null,
      [
        {
          type: "postmortem.created",
          data: {
            id: "pm",
            incidentId: "inc-1",
            incidentNumber: 1,
            incidentName: "Copper Falcon",
            owner: "ann",
            commander: "ann",
            participants: ["ann", "bob"],
            markdown: draftPostmortem(t.state, t.log),
            schedule: scheduleFrom(new Date("2026-11-24T10:00:00Z"), {
              draftWorkingDays: 3,
              reviewDays: 7,
              publishDays: 14,
            }),
          },
        },
      ],
      "muster",
    );
    expect(overdueSteps(p, new Date("2026-12-20T00:00:00Z"))).toEqual(["draft", "review", "publish"]);
    expectRefusal(
      () => decidePostmortem(p, { type: "edit", markdown: "x", baseVersion: p.version + 1 }, ctx("bob")),
      "VERSION_CONFLICT",
      "baseVersion",
    );
    expectRefusal(
      () => decidePostmortem(p, { type: "edit", markdown: "x", baseVersion: p.version }, ctx("eve")),
      "NOT_A_RESPONDER",
    );
    p = apply(p, decidePostmortem(p, { type: "submit" }, ctx("ann")), "ann");
    expectRefusal(() => decidePostmortem(p, { type: "approve" }, ctx("ann")), "POSTMORTEM_STAGE");
    p = apply(p, decidePostmortem(p, { type: "approve" }, ctx("bob")), "bob");
    p = apply(
      p,
      decidePostmortem(
        p,
        { type: "edit", markdown: `${p.markdown}\nMore.`, baseVersion: p.version },
        ctx("ann"),
      ),
      "ann",
    );
    expect(p.approvals).toEqual([]);
    expectRefusal(() => decidePostmortem(p, { type: "publish" }, ctx("ann")), "POSTMORTEM_STAGE");
    // Reminders: once per step, only when due.
    const reminded = decidePostmortem(p, { type: "remind", step: "review" }, ctx("muster"));
    expect(reminded).toMatchObject([{ type: "postmortem.reminded", data: { step: "review", to: ["ann"] } }]);
    p = apply(p, reminded, "muster");
    expect(decidePostmortem(p, { type: "remind", step: "review" }, ctx("muster"))).toEqual([]);
  });

  it("keeps comments in threads one level deep, resolved and reopened as a whole, telling the thread's people", () => {
    const t = endedIncident();
    let n = 0;
    const ctx = (actor: string) => ({
      actor,
      isAdmin: false,
      now: new Date("2026-11-25T00:00:00Z"),
      newId: () => `c${String(++n)}`,
    });
    let p = apply(
      null,
      [
        {
          type: "postmortem.created",
          data: {
            id: "pm",
            incidentId: "inc-1",
            incidentNumber: 1,
            incidentName: "Copper Falcon",
            owner: "ann",
            commander: "ann",
            participants: ["ann", "bob", "cy"],
            markdown: draftPostmortem(t.state, t.log),
            schedule: scheduleFrom(new Date("2026-11-24T10:00:00Z"), defaultPostmortemConfig),
          },
        },
      ],
      "muster",
    );
    const run = (actor: string, cmd: Parameters<typeof decidePostmortem>[1]) => {
      const events = decidePostmortem(p, cmd, ctx(actor));
      const before = p;
      p = apply(p, events, actor);
      return { events, before };
    };
    run("bob", { type: "comment", section: "Timeline", text: "When did the job last run?" });
    run("ann", { type: "comment", section: "ignored", text: "At 02:00", replyTo: "c1" });
    // A reply to a reply joins the thread, on the thread's section.
    run("cy", { type: "comment", section: "ignored", text: "And failed silently", replyTo: "c2" });
    expect(p.comments.map((c) => [c.id, c.section, c.replyTo ?? null])).toEqual([
      ["c1", "Timeline", null],
      ["c2", "Timeline", "c1"],
      ["c3", "Timeline", "c1"],
    ]);
    expect(
      postmortemNotices(p, {
        type: "postmortem.commented",
        data: p.comments[2]!,
        version: 9,
        at: "",
        actor: "cy",
      })
        .map((x) => x.recipient)
        .sort(),
    ).toEqual(["ann", "bob"]);
    expectRefusal(
      () => decidePostmortem(p, { type: "comment", section: "x", text: "y", replyTo: "nope" }, ctx("bob")),
      "COMMENT_NOT_FOUND",
      "replyTo",
    );
    expectRefusal(
      () => decidePostmortem(p, { type: "resolve-comment", id: "c2", resolved: true }, ctx("ann")),
      "COMMENT_NOT_FOUND",
    );
    expectRefusal(
      () => decidePostmortem(p, { type: "resolve-comment", id: "c1", resolved: true }, ctx("eve")),
      "NOT_A_RESPONDER",
    );
    run("ann", { type: "resolve-comment", id: "c1", resolved: true });
    expect(p.comments[0]?.resolved).toEqual({ by: "ann", at: "2026-11-24T10:00:00Z" });
    expectRefusal(
      () => decidePostmortem(p, { type: "resolve-comment", id: "c1", resolved: true }, ctx("ann")),
      "NOTHING_TO_UPDATE",
    );
    run("bob", { type: "resolve-comment", id: "c1", resolved: false });
    expect(p.comments[0]?.resolved).toBeUndefined();
  });
});
