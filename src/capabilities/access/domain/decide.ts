import type { CapabilityDomain } from "../../../domain/capability.js";
import { ensure } from "../../../domain/errors.js";
import { hasCommandAuthority } from "../../../domain/authority.js";
import type { IncidentState } from "../../../domain/state.js";
import type { AccessCommand, AccessEvent } from "./model.js";

type Domain = CapabilityDomain<AccessCommand, AccessEvent>;

/** Only a restricted incident has an access list, and only its command (or an admin) keeps it. */
function requireKeeper(s: IncidentState, actor: string, isAdmin: boolean): void {
  ensure(
    s.visibility === "restricted",
    "NOT_RESTRICTED",
    `${s.name} is open: everyone can see it, so there is no access to grant or revoke.`,
  );
  ensure(
    isAdmin || hasCommandAuthority(s, actor),
    "NOT_IN_COMMAND",
    "Only the Incident Commander (or Deputy acting for them) or an admin can grant or revoke access.",
  );
}

/** The rules of explicit access. */
export const decideAccess: Domain["decide"] = {
  "grant-access": (s, cmd, ctx) => {
    requireKeeper(s, ctx.actor, ctx.isAdmin);
    ensure(
      !s.grants.includes(cmd.person),
      "ALREADY_GRANTED",
      `${cmd.person} already has access until it is revoked.`,
      "person",
    );
    return [{ type: "access.granted", data: { person: cmd.person } }];
  },
  "revoke-access": (s, cmd, ctx) => {
    requireKeeper(s, ctx.actor, ctx.isAdmin);
    ensure(
      s.grants.includes(cmd.person),
      "NOT_GRANTED",
      `${cmd.person} has no explicit access to revoke.`,
      "person",
    );
    return [{ type: "access.revoked", data: { person: cmd.person } }];
  },
};
