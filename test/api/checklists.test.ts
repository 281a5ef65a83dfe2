import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultChecklistTemplates } from "../../src/domain/index.js";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

type ChecklistBody = {
  id: string;
  templateId: string;
  owner: string;
  items: { id: string; checkedBy: string | null }[];
};

describe.each(ENGINES)("checklists API on %s", (engine) => {
  let s: TestServer;
  let ic: string;
  let sam: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ic = await s.user("ic");
    sam = await s.user("sam");
  });
  afterAll(async () => s.close());

  it("seeds the default templates and lets only admins edit them", async () => {
    const list = await call(s, ic, "GET", "/api/v1/checklist-templates");
    expect((list.body.templates as { id: string }[]).map((t) => t.id).sort()).toEqual(
      defaultChecklistTemplates.map((t) => t.id).sort(),
    );
    const template = { name: "SME", trigger: "role:sme", items: ["Say what you see", "Ask before you act"] };
    expect((await call(s, ic, "PUT", "/api/v1/checklist-templates/sme", template)).status).toBe(403);
    expect((await call(s, s.adminToken, "PUT", "/api/v1/checklist-templates/sme", template)).status).toBe(
      200,
    );
    const bad = await call(s, s.adminToken, "PUT", "/api/v1/checklist-templates/sme", {
      ...template,
      trigger: "sometimes",
    });
    expect([bad.status, bad.body.field]).toEqual([422, "trigger"]);
  });

  it("attaches checklists as roles and phases begin; the IC's open items show in the status doc", async () => {
    const d = await call(s, ic, "POST", "/api/v1/incidents", { synopsis: "Queue backlog" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    const open = d.body.commanderOpenItems as { checklistId: string; itemId: string }[];
    expect(open.length).toBeGreaterThan(5);
    await call(s, ic, "POST", `${ref}/responders`, { person: "sam" });
    const assigned = await call(s, ic, "POST", `${ref}/responders/sam/assignment`, { role: "sme" });
    expect(assigned.body.events?.map((e) => e.type)).toEqual([
      "responder.assigned",
      "role.filled",
      "checklist.attached",
    ]);
    const { checklists } = (await call(s, sam, "GET", `${ref}/checklists`)).body as {
      checklists: ChecklistBody[];
    };
    const mine = checklists.find((c) => c.owner === "sam")!;
    expect(mine.templateId).toBe("sme");
    const checked = await call(s, sam, "POST", `${ref}/checklists/${mine.id}/items/1/check`);
    expect(
      (checked.body.checklists as ChecklistBody[]).find((c) => c.id === mine.id)?.items[0]?.checkedBy,
    ).toBe("sam");
    const again = await call(s, sam, "POST", `${ref}/checklists/${mine.id}/items/1/check`);
    expect([again.status, again.body.code]).toEqual([409, "CHECKLIST_ITEM_STATE"]);
    const first = open[0]!;
    const icChecked = await call(
      s,
      ic,
      "POST",
      `${ref}/checklists/${first.checklistId}/items/${first.itemId}/check`,
    );
    expect((icChecked.body.commanderOpenItems as unknown[]).length).toBe(open.length - 1);
    const attached = await call(s, ic, "POST", `${ref}/checklists`, { templateId: "handover", owner: "sam" });
    expect(attached.status).toBe(201);
    const missing = await call(s, ic, "POST", `${ref}/checklists`, { templateId: "nope" });
    expect([missing.status, missing.body.code]).toEqual([404, "TEMPLATE_NOT_FOUND"]);
  });
});
