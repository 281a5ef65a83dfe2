import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpProblem } from "../../http/problem.js";
import { LONE_SURROGATE } from "../../http/text-guard.js";

/** Chat platforms' bodies are small (a modal's state at most); anything larger is not theirs. */
export const CHAT_BODY_LIMIT = 1024 * 1024;

/** Longest text kept; longer chat text is cut (the API takes 20,000 characters). */
const MAX_TEXT = 20_000;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");

/** Text storage keeps faithfully: no NUL, no lone surrogates, at most 20,000 characters. */
export function clean(text: string): string {
  const kept = text.replaceAll("\u0000", "").replace(LONE_SURROGATES, "\ufffd");
  return kept.length > MAX_TEXT ? `${kept.slice(0, MAX_TEXT - 1)}…` : kept;
}

/** Keeps JSON and form bodies as raw strings in this scope: signatures are over the exact bytes. */
export function rawBodies(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    ["application/json", "application/x-www-form-urlencoded"],
    { parseAs: "string", bodyLimit: CHAT_BODY_LIMIT },
    (_req, body, done) => {
      done(null, body);
    },
  );
}

/**
 * Parses a platform's body, JSON or form-encoded (with `payload`: a form field that carries JSON,
 * as Slack's interactions do), cleaning every string as storage needs it; 400 otherwise.
 */
export function parseChatBody(
  request: FastifyRequest,
  platform: string,
  options: { payload: boolean },
): Record<string, unknown> {
  const raw = typeof request.body === "string" ? request.body : "";
  const json = (text: string): Record<string, unknown> => {
    const value: unknown = JSON.parse(text, (_key, v: unknown) => (typeof v === "string" ? clean(v) : v));
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new SyntaxError("not an object");
    }
    return value as Record<string, unknown>;
  };
  try {
    if ((request.headers["content-type"] ?? "").startsWith("application/json")) return json(raw);
    const form = Object.fromEntries([...new URLSearchParams(raw)].map(([k, v]) => [k, clean(v)]));
    return options.payload && typeof form.payload === "string" ? json(form.payload) : form;
  } catch {
    throw new HttpProblem(
      400,
      "MALFORMED_BODY",
      "Malformed body",
      `The body is neither JSON nor form-encoded as ${platform} sends it.`,
    );
  }
}
