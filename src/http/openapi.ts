import swagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import { createJsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

/** The component every error response points to. */
const PROBLEM_REF = { $ref: "#/components/schemas/Problem" };
const PROBLEM_TYPE = "application/problem+json";

type JsonObject = Record<string, unknown>;
type Operation = { operationId?: string; responses?: Record<string, JsonObject>; security?: unknown[] };

/**
 * A stable operationId from the method and path, e.g. `POST /api/v1/incidents/{ref}/reports`
 * → `postIncidentsByRefReports`: unique by construction, and unchanged unless the path is.
 */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\/?/, "")
    .replace(/^\/+/, "")
    .split(/[/:-]/)
    .filter(Boolean)
    .map((part) => {
      const param = /^\{(\w+)\}$/.exec(part);
      const word = param ? `by ${param[1] ?? ""}` : part;
      return word.replace(/(^|\s|_)(\w)/g, (_m, _s: string, c: string) => c.toUpperCase());
    });
  return `${method.toLowerCase()}${words.join("")}`;
}

const ERROR_DESCRIPTIONS: Record<string, string> = {
  "400": "Malformed request (problem+json)",
  "401": "Missing or unknown token (problem+json)",
  "403": "Not allowed (problem+json)",
  "404": "Not found, or not visible to you (problem+json)",
  "409": "Refused by a rule of the incident (problem+json)",
  "413": "Body too large (problem+json)",
  "422": "Invalid input; `field` names it (problem+json)",
  "503": "Storage unavailable; retry after `Retry-After` seconds (problem+json)",
};

const SSE_DESCRIPTION =
  "A Server-Sent Events stream (`text/event-stream`). Each frame has `id:` (resume from it with the `Last-Event-ID` header), `event:` (the event type, or `incident` for list rows) and `data:` (one JSON object). Comment lines are heartbeats; `event: shutdown` means the server is closing and the client should reconnect.";

/** Error responses become problem+json; every authenticated operation documents 401 and 503. */
function documentErrors(path: string, op: Operation): void {
  const responses = (op.responses ??= {});
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  const statuses = new Set(Object.keys(responses).filter((s) => Number(s) >= 400));
  if (!isPublic) statuses.add("401");
  statuses.add("503");
  if (path.includes("{")) statuses.add("422");
  for (const status of statuses) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status] ?? "Error (problem+json)",
      content: { [PROBLEM_TYPE]: { schema: PROBLEM_REF } },
    };
  }
}

/** Streams are described as what they are rather than as JSON. */
function documentStream(op: Operation): void {
  const responses = (op.responses ??= {});
  responses["200"] = {
    description: SSE_DESCRIPTION,
    content: { "text/event-stream": { schema: { type: "string" } } },
  };
}

/** Post-processes the generated document: ids, error media types, streams. */
function finish(document: JsonObject): JsonObject {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      op.operationId ??= operationIdFor(method, path);
      if (path.endsWith("/stream")) documentStream(op);
      documentErrors(path, op);
    }
  }
  return document;
}

/** Registers the OpenAPI 3.1 document, generated from the routes' zod schemas. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Muster API",
        version,
        description:
          "Incident command for IT and SRE teams. Every request needs `Authorization: Bearer <token>`, or a browser's session cookie (sign in with POST /api/v1/session or single sign-on; changes then carry the session's `X-CSRF-Token`), except /healthz, /readyz and the sign-in routes. Errors are RFC 9457 problem+json with a stable `code` (see docs/errors.md).",
      },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer" },
          session: { type: "apiKey", in: "cookie", name: "muster_session" },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: createJsonSchemaTransform({}),
    transformObject: (input) => finish(jsonSchemaTransformObject(input) as JsonObject) as never,
  });
}
