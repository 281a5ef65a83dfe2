import { describe, expect, it } from "vitest";
import type { EventEnvelope, StatusDoc } from "../../src/domain/index.js";
import { buildStatusDoc, decideDeclare, defaultDomainConfig, stamp } from "../../src/domain/index.js";
import { commandBody, serialize } from "../../src/http/serialize.js";

describe("command answers", () => {
  const now = new Date("2026-11-24T10:00:00Z");
  const declared = stamp(
    null,
    decideDeclare(
      { synopsis: "Serialise me", name: 'Quotes " and \\ and ☃' },
      { actor: "ann", now, config: defaultDomainConfig, id: "i1", number: 1, openNames: [] },
    ),
    "ann",
    now,
  );
  const doc: StatusDoc = buildStatusDoc(declared.state, defaultDomainConfig);

  it("serialise to exactly what JSON.stringify gives, for every response sharing one doc", () => {
    const events: EventEnvelope[][] = [declared.envelopes, [], declared.envelopes.slice(0, 1)];
    for (const e of events) {
      const body = commandBody(doc, e);
      expect(serialize(body)).toBe(JSON.stringify(body));
      expect(JSON.parse(serialize(body))).toEqual({ ...doc, events: e });
    }
  });

  it("leave every other answer to JSON.stringify", () => {
    expect(serialize({ a: 1, events: [] })).toBe('{"a":1,"events":[]}');
    expect(serialize(null)).toBe("null");
  });
});
