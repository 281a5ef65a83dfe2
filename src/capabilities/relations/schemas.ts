import { z } from "zod";

/** The relations capability's request and response shapes (OpenAPI components). */
const Handle = z.string();
const When = z.string().describe("ISO 8601 UTC");
const Ref = z.string().min(1).max(64).describe("Another incident: its number or id");

export const IncidentRefOut = z
  .object({ id: z.string(), number: z.number().int(), name: z.string() })
  .meta({ id: "IncidentRef" });

const Kind = z.enum(["related", "duplicate-of", "duplicated-by", "caused-by", "causes"]);

export const ChildOut = z
  .object({
    incident: IncidentRefOut,
    status: z.enum(["active", "stable", "ended"]),
    severity: z.string(),
    commander: Handle.nullable(),
    liaison: Handle.nullable().describe("The child's Liaison to the umbrella (null: missing)"),
    lastCan: z
      .object({ reporter: Handle, at: When, conditions: z.string(), actions: z.string(), needs: z.string() })
      .nullable(),
    openNeeds: z.array(z.string()),
    seq: z.number().int(),
    attachedAt: When,
  })
  .meta({ id: "UmbrellaChild" });

export const RelationsOut = z
  .object({
    umbrella: z.boolean().describe("This incident coordinates others (meta-response)"),
    parent: IncidentRefOut.extend({ liaison: Handle.nullable() })
      .nullable()
      .describe("The umbrella this incident is under, and its Liaison to it (null: missing)"),
    children: z.array(ChildOut).describe("An umbrella's roll-up of its incidents"),
    links: z.array(z.object({ incident: IncidentRefOut, kind: Kind, by: Handle, at: When })),
    mergedInto: IncidentRefOut.nullable(),
    absorbed: z.array(
      z.object({
        incident: IncidentRefOut,
        responders: z.array(Handle),
        audience: z.array(Handle),
        keyEntries: z.array(z.object({ seq: z.number().int(), at: When, text: z.string() })),
        at: When,
      }),
    ),
  })
  .describe("Meta-response: linked incidents, the umbrella above, the children below, merges")
  .meta({ id: "Relations" });

export const LinkBody = z.strictObject({
  incident: Ref,
  kind: z.enum(["related", "duplicate-of", "caused-by"]).default("related"),
});

export const MergeBody = z.strictObject({
  into: Ref.describe("The incident this one duplicates"),
  confirm: z.boolean().optional().describe("End with work in flight, closing it on the record"),
});

export const UmbrellaBody = z.strictObject({ umbrella: Ref.describe("The umbrella incident") });

export const ConflictsOut = z.object({
  conflicts: z.array(
    z.object({
      person: Handle,
      incidents: z.array(
        IncidentRefOut.extend({
          status: z.enum(["active", "stable", "ended"]),
          roles: z.array(z.string()),
          standing: z.enum(["checked-in", "paged"]),
        }),
      ),
    }),
  ),
});
