import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

type Doc = {
  number: number;
  status: string;
  warnings: { code: string }[];
  audience?: string[];
  relations: {
    umbrella: boolean;
    parent: { number: number; liaison: string | null } | null;
    children: {
      incident: { number: number };
      liaison: string | null;
      severity: string;
      openNeeds: string[];
    }[];
    links: { incident: { number: number }; kind: string }[];
    mergedInto: { number: number } | null;
    absorbed: { incident: { number: number }; responders: string[]; keyEntries: { text: string }[] }[];
  };
};

describe.each(ENGINES)("meta-response through the API on %s", (engine) => {
  let s: TestServer;
  const tokens: Record<string, string> = {};
  const as = (who: string) => tokens[who] ?? "";

  beforeAll(async () => {
    s = await startTestServer(engine);
    for (const who of ["uma", "ann", "bob", "lee", "sue", "eve"]) tokens[who] = await s.user(who);
    s.runtime.consumers.start();
  });
  afterAll(async () => s.close());

  async function declare(who: string, body: Record<string, unknown>): Promise<string> {
    const d = await call(s, as(who), "POST", "/api/v1/incidents", { severity: "SEV2", ...body });
    expect(d.status).toBe(201);
    return String(d.body.number);
  }
  const doc = async (n: string) =>
    (await call(s, as("uma"), "GET", `/api/v1/incidents/${n}`)).body as unknown as Doc;

  it("rolls children up into an umbrella with their Liaisons, links both ways, merges a duplicate and shows conflicts", async () => {
    const u = await declare("uma", { synopsis: "Region eu-west degraded", umbrella: true });
    const a = await declare("ann", { synopsis: "Checkout errors in EU" });
    const b = await declare("bob", { synopsis: "Login slow in EU" });
    const dup = await declare("eve", {
      synopsis: "Checkout failing (reported by support)",
      notify: { people: ["lee"] },
    });
    expect((await doc(u)).relations.umbrella).toBe(true);

    const notUmbrella = await call(s, as("ann"), "PUT", `/api/v1/incidents/${a}/umbrella`, { umbrella: b });
    expect(notUmbrella.status).toBe(422);
    expect(notUmbrella.body).toMatchObject({ code: "INVALID_RELATION", field: "umbrella" });
    for (const [who, child] of [
      ["ann", a],
      ["bob", b],
    ] as const) {
      const attached = await call(s, as(who), "PUT", `/api/v1/incidents/${child}/umbrella`, { umbrella: u });
      expect(attached.status).toBe(200);
      expect(attached.body.warnings).toContainEqual(expect.objectContaining({ code: "LIAISON_MISSING" }));
    }
    await until(async () => (await doc(u)).relations.children.length === 2);
    expect((await doc(u)).warnings.filter((w) => w.code === "LIAISON_MISSING")).toHaveLength(2);

    // A's IC names a Liaison; the Liaison takes a seat in the umbrella's tree and the warning goes.
    await call(s, as("ann"), "POST", `/api/v1/incidents/${a}/responders`, { person: "lee" });
    expect(
      (await call(s, as("ann"), "PUT", `/api/v1/incidents/${a}/roles/liaison:umbrella`, { person: "lee" }))
        .status,
    ).toBe(200);
    await call(s, as("lee"), "POST", `/api/v1/incidents/${a}/reports`, {
      conditions: "EU checkout 40% errors",
      actions: "draining eu-west-1a",
      needs: "a network engineer",
    });
    await until(async () =>
      (await doc(u)).relations.children.some((c) => c.liaison === "lee" && c.openNeeds.length === 1),
    );
    const umbrella = await doc(u);
    expect(umbrella.warnings.filter((w) => w.code === "LIAISON_MISSING")).toHaveLength(1);
    const roles = (await call(s, as("uma"), "GET", `/api/v1/incidents/${u}/roles/history`)).body;
    expect(JSON.stringify(roles)).toContain(`"liaison:inc-${a}"`);
    expect((await doc(a)).relations.parent).toMatchObject({ number: Number(u), liaison: "lee" });

    // Links show on both sides; a restricted incident is neither linkable nor told apart from none.
    const linked = await call(s, as("bob"), "POST", `/api/v1/incidents/${b}/relations`, {
      incident: a,
      kind: "caused-by",
    });
    expect(linked.status).toBe(200);
    await until(async () => (await doc(a)).relations.links.some((l) => l.kind === "causes"));
    const secret = await declare("sue", { synopsis: "Credential leak", visibility: "restricted" });
    const hidden = await call(s, as("bob"), "POST", `/api/v1/incidents/${b}/relations`, { incident: secret });
    const missing = await call(s, as("bob"), "POST", `/api/v1/incidents/${b}/relations`, {
      incident: "99999",
    });
    expect(hidden.status).toBe(422);
    expect({ ...hidden.body, instance: null }).toEqual({
      ...missing.body,
      detail: hidden.body.detail,
      instance: null,
    });
    expect(hidden.body).toMatchObject({ code: "RELATED_NOT_FOUND", field: "incident" });
    const bySue = await call(s, as("sue"), "POST", `/api/v1/incidents/${secret}/relations`, { incident: a });
    expect(bySue.body).toMatchObject({ code: "RESTRICTED_RELATION" });

    // The duplicate is merged: it ends, its responders and audience move, its key entries are referenced.
    await call(s, as("eve"), "POST", `/api/v1/incidents/${dup}/log`, {
      text: "Support sees 502s on /pay",
      key: true,
    });
    const merged = await call(s, as("eve"), "POST", `/api/v1/incidents/${dup}/merge`, { into: a });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ status: "ended", relations: { mergedInto: { number: Number(a) } } });
    await until(async () => (await doc(a)).relations.absorbed.length === 1);
    const main = await doc(a);
    expect(main.relations.absorbed[0]).toMatchObject({
      responders: ["eve"],
      keyEntries: [{ text: "Support sees 502s on /pay" }],
    });
    expect(main.relations.links).toContainEqual(expect.objectContaining({ kind: "duplicated-by" }));
    const org = (await call(s, as("ann"), "GET", `/api/v1/incidents/${a}/abilities`)).body;
    expect(org).toBeTruthy();
    await s.runtime.deliveries.tick();
    const told = (await call(s, as("lee"), "GET", "/api/v1/inbox")).body.items as { body: string }[];
    expect(told.map((i) => i.body)).toContainEqual(
      expect.stringContaining(`merged this incident into #${a}`),
    );

    // Sue works both children: each IC and the umbrella IC see it.
    for (const [who, child] of [
      ["ann", a],
      ["bob", b],
    ] as const) {
      await call(s, as(who), "POST", `/api/v1/incidents/${child}/responders`, { person: "sue" });
    }
    const conflicts = (await call(s, as("uma"), "GET", `/api/v1/incidents/${u}/conflicts`)).body
      .conflicts as {
      person: string;
      incidents: { number: number }[];
    }[];
    expect(conflicts.find((c) => c.person === "sue")?.incidents.map((i) => i.number)).toEqual([
      Number(a),
      Number(b),
    ]);
    const fromB = (await call(s, as("bob"), "GET", `/api/v1/incidents/${b}/conflicts`)).body.conflicts;
    expect(JSON.stringify(fromB)).toContain('"person":"sue"');
    // The restricted incident sue declared is hers: nobody else's conflict list names it.
    expect(JSON.stringify(conflicts)).not.toContain("Credential");

    const list = (await call(s, as("uma"), "GET", "/api/v1/incidents")).body.incidents as {
      number: number;
      umbrella: boolean;
      parent: { number: number } | null;
    }[];
    expect(list.find((i) => i.number === Number(u))).toMatchObject({ umbrella: true, parent: null });
    expect(list.find((i) => i.number === Number(a))).toMatchObject({
      umbrella: false,
      parent: { number: Number(u) },
    });
  });
});
