import { verify } from "@octokit/webhooks-methods";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpProblem } from "../../../http/problem.js";
import { Problem } from "../../../http/schemas.js";
import type { Services } from "../../../http/services.js";
import type { TrackerChange } from "./sync.js";

const Issues = z.object({
  action: z.string().max(40),
  issue: z.object({
    number: z.number().int().positive(),
    state_reason: z.string().max(40).nullable().optional(),
  }),
  repository: z.object({ full_name: z.string().max(200) }),
  sender: z.object({ login: z.string().max(100) }).optional(),
});

const Outcome = z.object({
  result: z.enum(["updated", "unchanged", "ignored"]),
  detail: z.string(),
});

/** What an issue event asks of its follow-up: closed (done or won't do) or reopened. */
function changeFor(e: z.infer<typeof Issues>, key: string): TrackerChange | null {
  // Logins are letters, digits and hyphens; anything else is not written into the record.
  const login = e.sender && /^[A-Za-z0-9-]{1,39}$/.test(e.sender.login) ? ` by ${e.sender.login}` : "";
  if (e.action === "reopened") return { state: "open" };
  if (e.action !== "closed") return null;
  if (e.issue.state_reason === "not_planned") {
    return { state: "wont-do", reason: `Closed as not planned in GitHub (${key})${login}.` };
  }
  return { state: "done" };
}

function unauthorised(detail: string): HttpProblem {
  return new HttpProblem(401, "INVALID_SIGNATURE", "Invalid signature", detail);
}

/**
 * GitHub's webhook for the follow-ups' issues: public (GitHub cannot hold a token), so every
 * delivery must carry a valid `X-Hub-Signature-256` over its exact bytes, checked before the
 * body is even parsed. Closing an issue marks its follow-up done (or won't do, when closed as not
 * planned); reopening opens it. Redeliveries change nothing twice.
 */
export function githubWebhookRoutes(app: FastifyInstance, services: Services): void {
  // The signature is over the raw bytes: keep them, parse after verifying.
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => {
    done(null, body);
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/integrations/github/webhook",
    {
      schema: {
        tags: ["follow-ups"],
        summary:
          "GitHub webhook (issues events) for follow-ups synced to GitHub Issues; signed with the shared secret",
        headers: z.object({
          "x-github-event": z.string().max(60).optional(),
          "x-hub-signature-256": z.string().max(200).optional(),
          "x-github-delivery": z.string().max(100).optional(),
        }),
        response: { 200: Outcome, 400: Problem, 401: Problem, 409: Problem },
      },
    },
    async (request) => {
      const tracker = services.tracker;
      if (!tracker) {
        throw new HttpProblem(
          409,
          "TRACKER_NOT_CONFIGURED",
          "No tracker configured",
          "This server does not sync follow-ups to GitHub.",
        );
      }
      const raw = typeof request.body === "string" ? request.body : "";
      const signature = request.headers["x-hub-signature-256"];
      if (!signature) {
        throw unauthorised("Send the delivery with X-Hub-Signature-256 (set a secret on the webhook).");
      }
      const valid = await verify(tracker.webhookSecret, raw, signature).catch(() => false);
      if (!valid) throw unauthorised("The signature does not match this delivery and the shared secret.");
      const event = request.headers["x-github-event"];
      if (event === "ping") return { result: "ignored" as const, detail: "pong" };
      if (event !== "issues") {
        return { result: "ignored" as const, detail: `${event ?? "no"} event: only issues events are used` };
      }
      let parsed: z.infer<typeof Issues>;
      try {
        parsed = Issues.parse(JSON.parse(raw));
      } catch {
        throw new HttpProblem(
          400,
          "MALFORMED_JSON",
          "Malformed payload",
          "The body is not an issues event payload.",
        );
      }
      const key = `${parsed.repository.full_name}#${String(parsed.issue.number)}`;
      const change = changeFor(parsed, key);
      if (!change) return { result: "ignored" as const, detail: `${parsed.action}: not a state change` };
      const found = await tracker.sync.find(key);
      if (!found) return { result: "ignored" as const, detail: `${key} is not a follow-up's issue` };
      const changed = await tracker.sync.fromTracker(found.incidentId, found.followUp, change);
      return changed
        ? { result: "updated" as const, detail: `follow-up ${found.followUp.id} is ${change.state}` }
        : {
            result: "unchanged" as const,
            detail: `follow-up ${found.followUp.id} was ${change.state} already`,
          };
    },
  );
}
