import createClient from "openapi-fetch";
import type { Client } from "openapi-fetch";
import type { components, paths } from "./api.js";

/** The API's named schemas (responses as the server sends them), e.g. `Schemas["StatusDoc"]`. */
export type Schemas = components["schemas"];

/** A problem+json body: what every error response carries. */
export type Problem = Schemas["Problem"];

/** The typed client of the Muster API: paths, bodies and responses checked against the contract. */
export type MusterClient = Client<paths>;

/**
 * A client for `baseUrl` (the server's origin; paths include `/api/v1`). The token is read at each
 * request, so signing in or out needs no new client. Used by the web app, the CLI and the tests.
 */
export function musterClient(
  baseUrl: string,
  token: () => string | null | undefined,
  fetchImpl?: typeof fetch,
): MusterClient {
  const client = createClient<paths>({ baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  client.use({
    onRequest({ request }) {
      const value = token();
      if (value) request.headers.set("authorization", `Bearer ${value}`);
      return request;
    },
  });
  return client;
}

type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Method = "get" | "post" | "put" | "patch" | "delete";

/** The JSON a path and method answer with on success (200 or 201), e.g. `Answer<"/api/v1/me", "get">`. */
export type Answer<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R }
  ? JsonOf<R[200 & keyof R]> | JsonOf<R[201 & keyof R]>
  : never;
