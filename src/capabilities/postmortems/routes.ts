import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import MarkdownIt from "markdown-it";
import { z } from "zod";
import { DomainError } from "../../domain/index.js";
import { caller } from "../../http/auth.js";
import { IncidentRef, Problem, optionalBody } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { visibleIncident } from "../../http/routes/incidents.js";
import type { Postmortem, PostmortemCommand } from "./domain/index.js";
import { blameFlags, overdueSteps, peopleOf } from "./domain/index.js";
import { CommentBody, EditBody, OwnerBody, PostmortemOut, PublishBody, ResolveBody } from "./schemas.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: PostmortemOut };
// Raw HTML in the Markdown is shown as text, and markdown-it refuses javascript: links.
const markdown = new MarkdownIt({ html: false, linkify: true });

function view(p: Postmortem, now: Date) {
  return { ...p, flags: blameFlags(p.markdown, peopleOf(p)), overdue: overdueSteps(p, now) };
}

// markdown-it already escapes what it renders; its helper does the rest of the page.
const escapeHtml = (s: string): string => markdown.utils.escapeHtml(s);

/** A printable page: the rendered Markdown, with the stage and who published it. */
function printable(p: Postmortem): string {
  const status =
    p.stage === "published"
      ? `Published ${p.publishedAt ?? ""} by ${p.publishedBy ?? ""}`
      : `${p.stage} — not yet published`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`Postmortem: ${p.incidentName}`)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}code{background:#f0f2f4;padding:0 .2em}
.stage{color:#4d5560}@media print{a{color:inherit;text-decoration:none}}</style></head>
<body><p class="stage">${escapeHtml(status)} · owner ${escapeHtml(p.owner)} · version ${String(p.version)}</p>
${markdown.render(p.markdown)}</body></html>`;
}

/** Postmortems: drafted from the record, edited with a version check, reviewed, published, exported. */
export function postmortemRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["postmortems"];
  const base = "/incidents/:ref/postmortem";

  async function run(request: FastifyRequest, ref: string, cmd: PostmortemCommand) {
    const { id } = await visibleIncident(services, request, ref);
    return view(await services.postmortems.execute(caller(request), id, cmd), new Date());
  }

  r.get(
    base,
    {
      schema: {
        tags,
        summary: "The incident's postmortem, with blame flags and overdue steps",
        params: IncidentRef,
        response: ok,
      },
    },
    async (request) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      return view(await services.postmortems.get(id), new Date());
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: "Draft the postmortem now (it is drafted by itself when the incident ends)",
        params: IncidentRef,
        body: optionalBody(z.strictObject({})),
        response: { ...errors, 201: PostmortemOut },
      },
    },
    async (request, reply) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const created = await services.postmortems.create(caller(request).handle, id);
      return reply.code(201).send(view(created, new Date()));
    },
  );

  r.put(
    `${base}/text`,
    {
      schema: {
        tags,
        summary:
          "Save the Markdown as a new version (409 VERSION_CONFLICT if someone saved since baseVersion)",
        params: IncidentRef,
        body: EditBody,
        response: ok,
      },
    },
    async (request) =>
      run(request, request.params.ref, {
        type: "edit",
        markdown: request.body.markdown,
        baseVersion: request.body.baseVersion,
      }),
  );

  r.post(
    `${base}/comments`,
    {
      schema: { tags, summary: "Comment on a section", params: IncidentRef, body: CommentBody, response: ok },
    },
    async (request) => run(request, request.params.ref, { type: "comment", ...request.body }),
  );

  r.post(
    `${base}/comments/:id/resolve`,
    {
      schema: {
        tags,
        summary: "Resolve a comment thread (or reopen it with resolved: false)",
        params: IncidentRef.extend({ id: z.string().min(1).max(64) }),
        body: ResolveBody,
        response: ok,
      },
    },
    async (request) =>
      run(request, request.params.ref, {
        type: "resolve-comment",
        id: request.params.id,
        resolved: request.body.resolved,
      }),
  );

  r.put(
    `${base}/owner`,
    {
      schema: {
        tags,
        summary: "Hand the postmortem to another owner",
        params: IncidentRef,
        body: OwnerBody,
        response: ok,
      },
    },
    async (request) => {
      const known = await services.users.byHandle(request.body.owner);
      if (!known) {
        throw new DomainError(
          "UNKNOWN_PERSON",
          `Nobody called "${request.body.owner}" is known to Muster.`,
          "owner",
        );
      }
      return run(request, request.params.ref, { type: "reassign", owner: request.body.owner });
    },
  );

  for (const [step, summary] of [
    ["submit", "Send it for review (the owner)"],
    ["approve", "Approve it as a reviewer (someone who was in the response, not the owner)"],
  ] as const) {
    r.post(
      `${base}/${step}`,
      {
        schema: { tags, summary, params: IncidentRef, body: optionalBody(z.strictObject({})), response: ok },
      },
      async (request) => run(request, request.params.ref, { type: step }),
    );
  }

  r.post(
    `${base}/publish`,
    {
      schema: {
        tags,
        summary:
          "Publish it (the owner, after one reviewer's approval; blame flags must be reframed or kept with a reason)",
        params: IncidentRef,
        body: optionalBody(PublishBody),
        response: ok,
      },
    },
    async (request) =>
      run(request, request.params.ref, { type: "publish", acceptFlags: request.body?.acceptFlags }),
  );

  r.get(
    `${base}/export`,
    {
      schema: {
        tags,
        summary: "The postmortem as Markdown (?format=md) or a printable HTML page (?format=html)",
        params: IncidentRef,
        querystring: z.object({ format: z.enum(["md", "html"]).default("md") }),
        response: { 200: z.string(), 401: Problem, 404: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const p = await services.postmortems.get(id);
      const name = `postmortem-${String(p.incidentNumber)}`;
      if (request.query.format === "html") {
        return reply
          .type("text/html; charset=utf-8")
          .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
          .send(printable(p));
      }
      return reply
        .type("text/markdown; charset=utf-8")
        .header("content-disposition", `attachment; filename="${name}.md"`)
        .send(p.markdown);
    },
  );

  r.get(
    "/postmortems",
    {
      schema: {
        tags,
        summary: "Postmortems of the incidents you can see, soonest due first (filter by stage or owner)",
        querystring: z.object({
          stage: z.enum(["draft", "in-review", "published"]).optional(),
          owner: z.string().max(64).optional(),
        }),
        response: { 200: z.object({ postmortems: z.array(PostmortemOut) }), 401: Problem, 422: Problem },
      },
    },
    async (request) => {
      const now = new Date();
      const list = await services.postmortems.list(request.query, caller(request));
      return { postmortems: list.map((p) => view(p, now)) };
    },
  );
}
