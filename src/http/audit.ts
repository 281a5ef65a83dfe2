import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AuditLog } from "../storage/audit.js";

/** The administrative routes and what each is called in the audit log. */
const ACTIONS: Record<string, string> = {
  "POST /api/v1/users": "user.created",
  "POST /api/v1/users/:handle/deactivate": "user.deactivated",
  "POST /api/v1/users/:handle/reactivate": "user.reactivated",
  "PUT /api/v1/users/:handle/role": "user.role-changed",
  "POST /api/v1/users/:handle/tokens": "token.created",
  "DELETE /api/v1/users/:handle/tokens/:id": "token.revoked",
  "PUT /api/v1/checklist-templates/:id": "template.saved",
  "DELETE /api/v1/checklist-templates/:id": "template.deleted",
  "PUT /api/v1/teams/:name": "team.saved",
  "DELETE /api/v1/teams/:name": "team.deleted",
  "PUT /api/v1/stakeholder-groups/:name": "stakeholder-group.saved",
  "DELETE /api/v1/stakeholder-groups/:name": "stakeholder-group.deleted",
  "PUT /api/v1/status-components/:name": "status-component.saved",
  "DELETE /api/v1/status-components/:name": "status-component.deleted",
  "PUT /api/v1/alert-sources/:name": "alert-source.saved",
  "DELETE /api/v1/alert-sources/:name": "alert-source.deleted",
  "PUT /api/v1/alert-rules/:name": "alert-rule.saved",
  "DELETE /api/v1/alert-rules/:name": "alert-rule.deleted",
  "PUT /api/v1/schedules/:slug": "schedule.saved",
  "DELETE /api/v1/schedules/:slug": "schedule.deleted",
  "POST /api/v1/schedules/:slug/overrides": "schedule.override-added",
  "DELETE /api/v1/schedules/:slug/overrides/:id": "schedule.override-removed",
  "POST /api/v1/schedules/:slug/calendar/rotate": "calendar-feed.rotated",
  "POST /api/v1/users/:handle/calendar/rotate": "calendar-feed.rotated",
  "PUT /api/v1/drill-scenarios/:id": "drill-scenario.saved",
  "DELETE /api/v1/drill-scenarios/:id": "drill-scenario.deleted",
  "PUT /api/v1/training/rules": "training-rules.saved",
};

/** What an action was done to: the path's names, or the new person's handle. */
function targetOf(request: FastifyRequest): string {
  const params = Object.entries((request.params ?? {}) as Record<string, string>).map(
    ([k, v]) => `${k}=${v}`,
  );
  const body = request.body as { handle?: unknown; role?: unknown; scope?: unknown } | undefined;
  if (params.length === 0 && typeof body?.handle === "string") params.push(`handle=${body.handle}`);
  // What was given matters as much as to whom: the new role, the token's scope.
  if (typeof body?.role === "string") params.push(`role=${body.role}`);
  if (typeof body?.scope === "string") params.push(`scope=${body.scope}`);
  return params.join(" ");
}

/**
 * Records every administrative action that succeeded, before its answer goes out: who, what, to
 * which, when, and the request id that ties it to the access log. A failure to record is
 * logged loudly; the action itself has already happened.
 */
export function registerAudit(app: FastifyInstance, audit: AuditLog): void {
  app.addHook("onSend", async (request, reply, payload) => {
    const action = ACTIONS[`${request.method} ${request.routeOptions.url ?? ""}`];
    if (!action || !request.user || reply.statusCode >= 400) return payload;
    await audit
      .record({
        at: new Date().toISOString(),
        actor: request.user.handle,
        action,
        target: targetOf(request),
        requestId: request.id,
      })
      .catch((error: unknown) => {
        request.log.error(
          { err: error, action },
          "an administrative action could not be written to the audit log",
        );
      });
    return payload;
  });
}
