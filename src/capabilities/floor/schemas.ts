import { z } from "zod";
import { text } from "../../http/schemas.js";

/** The floor capability's request and response shapes (OpenAPI components). */
const Handle = z.string();
const When = z.string().describe("ISO 8601 UTC");

export const FloorOut = z
  .object({
    quiet: z.boolean().describe("Only the org tree (and those given the floor) post in the channel"),
    quietSince: When.nullable(),
    quietBy: Handle.nullable(),
    speakers: z.array(Handle).describe("Given the floor while quiet mode lasts"),
    requests: z
      .array(z.object({ person: Handle, at: When, text: z.string() }))
      .describe("Waiting for the floor"),
    pinned: z.array(
      z.object({ seq: z.number().int(), text: z.string(), author: Handle, pinnedBy: Handle, pinnedAt: When }),
    ),
  })
  .describe("Channel discipline: quiet mode, the floor, pinned messages")
  .meta({ id: "ChannelFloor" });

export const QuietBody = z.strictObject({ on: z.boolean().describe("true: quiet mode; false: open to all") });

export const SpeakRequestBody = z.strictObject({
  text: text(500, "text").describe("What you want to say or ask, in a line"),
});

export const PersonBody = z.strictObject({ person: z.string().min(1).max(64) });
