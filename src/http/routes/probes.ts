import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { storageFault } from "../../storage/faults.js";
import { HttpProblem } from "../problem.js";
import { Problem } from "../schemas.js";
import type { Services } from "../services.js";

const READY_DEADLINE_MS = 3_000;
const ProbeOut = z.object({ status: z.string() });

/** Rejects when `work` takes longer than `ms` (a stalled database must not stall the probe). */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`storage did not answer within ${ms} ms`));
    }, ms);
  });
  return Promise.race([work, late]).finally(() => {
    clearTimeout(timer);
  });
}

/**
 * Liveness (the process answers) and readiness (it can also do its job: storage reachable,
 * writable and migrated), unauthenticated, so a load balancer sends traffic elsewhere meanwhile.
 */
export function probeRoutes(app: FastifyInstance, services: Services): void {
  const probe = (summary: string) => ({
    schema: { tags: ["operations"], summary, security: [], response: { 200: ProbeOut, 503: Problem } },
  });
  app.get("/healthz", probe("Liveness: the process answers"), async () => ({ status: "ok" }));
  app.get("/readyz", probe("Readiness: storage reachable, writable and migrated"), async () => {
    try {
      await withDeadline(services.ready(), READY_DEADLINE_MS);
    } catch (error) {
      const why = storageFault(error)?.reason ?? (error instanceof Error ? error.message : String(error));
      throw new HttpProblem(503, "NOT_READY", "Not ready", `Muster is not ready: ${why}.`, undefined, 5);
    }
    return { status: "ready" };
  });
}
