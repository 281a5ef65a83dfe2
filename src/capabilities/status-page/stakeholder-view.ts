import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { StatusDoc } from "../../domain/index.js";
import { Muster } from "../../app/muster.js";
import { own } from "../../domain/own.js";
import { HttpProblem } from "../../http/problem.js";
import { findTextFault } from "../../http/text-guard.js";
import { text } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { stageLabel } from "../comms/domain/message.js";
import { escapeHtml } from "./render.js";
import { FailureLimiter, holdBack } from "../../http/failure-limiter.js";

const Params = z.object({ id: z.uuid() });
const Query = z.object({ sig: z.string().min(1).max(200) });

/** What a stakeholder link shows: the audience's published updates and the incident's status, no timeline. */
export type StakeholderView = {
  audience: string;
  label: string;
  title: string;
  status: string;
  nextUpdateAt: string | null;
  updates: {
    at: string;
    stage: string;
    title: string;
    text: string;
    impact: string;
    workaround: string | null;
  }[];
};

const gone = () =>
  new HttpProblem(
    404,
    "LINK_NOT_FOUND",
    "Link not valid",
    "This link is not valid or was revoked; ask whoever gave it to you.",
  );

async function viewFor(
  services: Services,
  id: string,
  sig: string,
): Promise<{ view: StakeholderView; doc: StatusDoc; audience: string }> {
  if (!services.signer.verify("stakeholder", id, sig)) throw gone();
  const link = await services.stakeholders.link(id);
  if (!link || link.revokedAt !== null) throw gone();
  const found = await services.reads.findVisible(link.incidentId, { handle: Muster.SYSTEM, isAdmin: true });
  // A restricted incident is never shown by link, even if it became one after the link was made.
  if (!found || found.doc.visibility === "restricted") throw gone();
  const { doc } = found;
  const audience = doc.comms.audiences.find((a) => a.name === link.audience);
  const updates = doc.comms.updates.filter((u) => u.audience === link.audience && u.status === "published");
  const latest = updates[0];
  const title =
    audience?.external === false
      ? `${doc.severity} ${doc.name} (#${doc.number})`
      : (latest?.title ?? "Incident updates");
  return {
    doc,
    audience: link.audience,
    view: {
      audience: link.audience,
      label: audience?.label ?? link.label,
      title,
      status: doc.status === "ended" ? "ended" : latest ? stageLabel(latest.stage) : "investigating",
      nextUpdateAt: own(doc.comms.nextDue, link.audience) ?? null,
      updates: updates.map((u) => ({
        at: u.publishedAt ?? u.draftedAt,
        stage: stageLabel(u.stage),
        title: u.title,
        text: u.text,
        impact: u.impact,
        workaround: u.workaround,
      })),
    },
  };
}

function viewHtml(view: StakeholderView, action: string, notice: string | null): string {
  const updates = view.updates
    .map(
      (
        u,
      ) => `<div class="update"><strong>${escapeHtml(u.stage)}: ${escapeHtml(u.title)}</strong><p>${escapeHtml(u.text)}</p>
<small>Impact: ${escapeHtml(u.impact)}${u.workaround ? ` · Workaround: ${escapeHtml(u.workaround)}` : ""} · ${escapeHtml(u.at)}</small></div>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(view.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#1b1f24}.update{border-left:3px solid #d0d7de;padding-left:.75rem;margin:1rem 0}small{color:#57606a}textarea,input,button{font:inherit;display:block;margin:.3rem 0;width:100%}button{width:auto}</style></head>
<body><p><small>For ${escapeHtml(view.label)}</small></p><h1>${escapeHtml(view.title)}</h1>
<p>Status: <strong>${escapeHtml(view.status)}</strong>${view.nextUpdateAt ? ` · next update by ${escapeHtml(view.nextUpdateAt)}` : ""}</p>
${notice ? `<p role="status"><strong>${escapeHtml(notice)}</strong></p>` : ""}
${updates || "<p>No updates yet.</p>"}
<h2>Ask a question</h2><form method="post" action="${escapeHtml(action)}">
<label>Your name <input name="name" required maxlength="120"></label><label>Your email (for the answer) <input type="email" name="email" required maxlength="254"></label>
<label>Question <textarea name="text" required maxlength="4000" rows="4"></textarea></label><button type="submit">Send to the incident's communications lead</button></form>
</body></html>`;
}

/** The read-only stakeholder view behind a signed link, and questions asked from it. */
export function stakeholderViewRoutes(app: FastifyInstance, services: Services, csp: string): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["status page"];
  // Twenty questions a minute per address, whichever link they come through.
  const asking = new FailureLimiter(20, 60_000);
  const send = (request: FastifyRequest, view: StakeholderView, notice: string | null) => {
    const { id } = request.params as { id: string };
    const { sig } = request.query as { sig: string };
    return viewHtml(view, `/stakeholder/${id}/questions?sig=${encodeURIComponent(sig)}`, notice);
  };

  r.get(
    "/stakeholder/:id",
    {
      schema: {
        tags,
        summary:
          "A stakeholder group's read-only view of an incident (signed link; JSON with Accept: application/json)",
        params: Params,
        querystring: Query,
      },
    },
    async (request, reply) => {
      const { view } = await viewFor(services, request.params.id, request.query.sig);
      reply.header("cache-control", "private, no-store").header("content-security-policy", csp);
      if ((request.headers.accept ?? "").includes("application/json")) return reply.send(view);
      return reply.type("text/html; charset=utf-8").send(send(request, view, null));
    },
  );

  r.post(
    "/stakeholder/:id/questions",
    {
      schema: {
        tags,
        summary: "Ask the incident's communications lead a question from a stakeholder link (form or JSON)",
        params: Params,
        querystring: Query,
        body: z.object({ name: text(120, "name"), email: z.email().max(254), text: text(4000, "text") }),
      },
    },
    async (request, reply) => {
      const fault = findTextFault(request.body);
      if (fault) throw new HttpProblem(422, "VALIDATION", "Invalid request", fault.detail, fault.field);
      holdBack(asking, request.ip);
      // Asking changes nothing the view shows (questions are not on it), so it is read once.
      const { doc, audience, view } = await viewFor(services, request.params.id, request.query.sig);
      // The link is the asker's authority: the question is recorded as the system's, from them.
      await services.muster.execute({ handle: Muster.SYSTEM, isAdmin: true }, doc.id, {
        type: "ask-question",
        audience,
        from: { kind: "email", name: request.body.name, address: request.body.email.toLowerCase() },
        text: request.body.text,
      });
      reply.code(201).header("cache-control", "no-store").header("content-security-policy", csp);
      if ((request.headers.accept ?? "").includes("application/json")) return reply.send(view);
      return reply
        .type("text/html; charset=utf-8")
        .send(send(request, view, "Your question was sent. The answer will come by email."));
    },
  );
}
