import type { Actor } from "../../app/muster.js";
import type { Log } from "../../log.js";
import type { User, UserStore } from "../../storage/users.js";
import type { ChatAdapter } from "./adapter.js";
import type { ChatStore } from "./store.js";

/** Who a platform user is in Muster: known, not allowed to act, or not known at all. */
export type ChatPerson =
  | { kind: "person"; actor: Actor; user: User }
  | { kind: "read-only"; user: User }
  | { kind: "unknown"; email: string | null };

/**
 * Maps platform users to Muster people and back: an admin's link first, else the platform
 * profile's email matched to one active person (remembered, so the platform is asked once).
 */
export class ChatPeople {
  constructor(
    private readonly adapter: ChatAdapter,
    private readonly store: ChatStore,
    private readonly users: UserStore,
    private readonly clock: () => Date,
    private readonly log: Log,
  ) {}

  /** The Muster person behind a platform user. */
  async of(external: string): Promise<ChatPerson> {
    const linked = await this.store.handleOf(this.adapter.provider, external);
    if (linked !== undefined) {
      const user = await this.users.byHandle(linked);
      if (user) return judged(user);
    }
    const email = await this.adapter.emailOf(external);
    const user = email ? await this.users.byEmail(email) : undefined;
    if (!user) return { kind: "unknown", email };
    await this.store.link(this.adapter.provider, external, user.handle, "email", this.clock());
    return judged(user);
  }

  /** The platform user of a Muster person (linked, else found by their email), or null. */
  async externalOf(handle: string): Promise<string | null> {
    const linked = await this.store.externalOf(this.adapter.provider, handle);
    if (linked !== undefined) return linked;
    const user = await this.users.byHandle(handle);
    if (!user?.email) return null;
    try {
      const external = await this.adapter.userByEmail(user.email);
      if (external) await this.store.link(this.adapter.provider, external, handle, "email", this.clock());
      return external;
    } catch (error) {
      this.log.warn({ err: error, handle }, "chat: could not look a person up by email");
      return null;
    }
  }

  /** Display names by handle, for messages (one read for a whole batch). */
  async names(): Promise<(handle: string) => string> {
    const all = await this.users.list();
    const byHandle = new Map(all.map((u) => [u.handle, u.displayName]));
    return (handle) => byHandle.get(handle) ?? handle;
  }
}

function judged(user: User): ChatPerson {
  if (user.deactivatedAt !== null || (user.role !== "admin" && user.role !== "member")) {
    return { kind: "read-only", user };
  }
  return { kind: "person", actor: { handle: user.handle, isAdmin: user.role === "admin" }, user };
}
