import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { DomainError } from "../domain/index.js";
import { storageFault } from "../storage/faults.js";

/** An HTTP-level error with a stable code (auth, not found, validation). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly field?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
    this.name = "HttpProblem";
  }
}

type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  field?: string;
  instance: string;
};

/** Maps any error to RFC 9457 problem+json; the single place errors become responses. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const body = toProblem(error, request);
  if (body.status === 503) {
    request.log.warn({ err: error, reqId: request.id }, "storage unavailable");
  } else if (body.status >= 500) {
    request.log.error({ err: error, reqId: request.id }, "unexpected error");
  }
  if (body.status === 401) {
    void reply.header("www-authenticate", 'Bearer realm="muster"');
  }
  if (body.status === 503 || body.status === 429) {
    void reply.header("retry-after", String(retryAfter(error)));
  }
  // Refused before its body was read (no token, too large): close the connection rather than
  // wait for a body a slow or hostile client may never finish sending.
  if (body.status < 500 && !request.raw.complete && hasBody(request)) {
    void reply.header("connection", "close");
  }
  return reply.code(body.status).type("application/problem+json").send(body);
}

function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  instance: string,
  field?: string,
): ProblemBody {
  const body: ProblemBody = {
    type: `urn:muster:problem:${code.toLowerCase()}`,
    title,
    status,
    detail,
    code,
    instance,
  };
  if (field !== undefined) body.field = field;
  return body;
}

function toProblem(error: unknown, request: FastifyRequest): ProblemBody {
  const instance = request.url;
  if (error instanceof DomainError || error instanceof HttpProblem) {
    const status = error instanceof DomainError ? error.status : error.status;
    return problem(status, error.code, error.title, error.message, instance, error.field);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issue = error.validation[0];
    const path = issue?.instancePath.replace(/^\//, "").replaceAll("/", ".") ?? "";
    const where = error.validationContext ?? "body";
    const params = issue?.params as { keys?: string[] } | undefined;
    const unknownKeys = issue?.keyword === "unrecognized_keys" ? (params?.keys ?? []) : [];
    const field = unknownKeys[0] ?? (path || where);
    const message = unknownKeys.length
      ? `Unknown field${unknownKeys.length > 1 ? "s" : ""} ${unknownKeys.join(", ")}; remove ${unknownKeys.length > 1 ? "them" : "it"} (see /api/openapi.json).`
      : `${field}: ${issue?.message ?? "invalid"}.`;
    return problem(422, "VALIDATION", "Invalid request", message, instance, field);
  }
  const fe = error as Partial<FastifyError>;
  if (typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code =
      fe.code === "FST_ERR_CTP_INVALID_JSON_BODY" || fe.code === "FST_ERR_CTP_EMPTY_JSON_BODY"
        ? "MALFORMED_JSON"
        : (fe.code ?? "BAD_REQUEST");
    const detail =
      code === "MALFORMED_JSON"
        ? "The request body is not valid JSON; send a JSON object with Content-Type: application/json."
        : (fe.message ?? "Bad request.");
    return problem(fe.statusCode, code.replace(/^FST_ERR_/, ""), "Bad request", detail, instance);
  }
  const fault = storageFault(error);
  if (fault) {
    return problem(
      503,
      "STORAGE_UNAVAILABLE",
      "Storage unavailable",
      `Muster cannot reach its storage right now (${fault.reason}); nothing was written. Try again in a few seconds.`,
      instance,
    );
  }
  return problem(
    500,
    "INTERNAL",
    "Internal error",
    `Something went wrong on the server; nothing was half-written. Quote request id ${request.id} when reporting it.`,
    instance,
  );
}

/** Seconds a client should wait before retrying a 503. */
function hasBody(request: FastifyRequest): boolean {
  const length = request.headers["content-length"];
  return (length !== undefined && length !== "0") || request.headers["transfer-encoding"] !== undefined;
}

function retryAfter(error: unknown): number {
  if (error instanceof HttpProblem) return error.retryAfterSeconds ?? 5;
  return storageFault(error)?.retryAfterSeconds ?? 5;
}
