import type { User, TokenInfo, UserStore } from "../storage/users.js";
import { HttpProblem } from "./problem.js";

/**
 * Counts failures (wrong tokens) per key in fixed windows, to slow down guessing: past `max`
 * failures in a window the key is refused until the window ends. Only failures count, which
 * is why this is not @fastify/rate-limit (it counts every request, and a busy incident room
 * makes many). Memory is bounded: the table is cleared when it grows past `maxKeys`.
 */
export class FailureLimiter {
  private readonly windows = new Map<string, { start: number; failures: number }>();

  constructor(
    private readonly max = 20,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const w = this.windows.get(key);
    const now = this.now();
    if (!w || now - w.start >= this.windowMs || w.failures < this.max) return 0;
    return Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000));
  }

  /** Records one failure for the key. */
  fail(key: string): void {
    const now = this.now();
    const w = this.windows.get(key);
    if (w && now - w.start < this.windowMs) {
      w.failures += 1;
      return;
    }
    if (this.windows.size >= this.maxKeys) this.windows.clear();
    this.windows.set(key, { start: now, failures: 1 });
  }
}

/** Throws 429 (with Retry-After) while an address is held back for wrong tokens. */
export function refuseWhileThrottled(failures: FailureLimiter, address: string): void {
  const wait = failures.retryAfter(address);
  if (wait > 0) {
    throw new HttpProblem(
      429,
      "TOO_MANY_FAILURES",
      "Too many failed sign-ins",
      `Too many wrong tokens from your address; try again in ${String(wait)} s.`,
      undefined,
      wait,
    );
  }
}

/**
 * Refuses an address that has asked too often lately, then counts this request: each one may
 * send an email (or write a question), so one client must not be able to send many.
 */
export function holdBack(limiter: FailureLimiter, address: string): void {
  const wait = limiter.retryAfter(address);
  if (wait > 0) {
    throw new HttpProblem(
      429,
      "TOO_MANY_REQUESTS",
      "Too many requests",
      `Too many requests from your address; try again in ${String(wait)} s.`,
      undefined,
      wait,
    );
  }
  limiter.fail(address);
}

/**
 * The owner of a usable API token (not a session secret, not expired), or a 401 naming why; an
 * unknown token counts as a failure for the address.
 */
export async function apiTokenOwner(
  users: UserStore,
  secret: string,
  failures: FailureLimiter,
  address: string,
  refused: string,
): Promise<User & { token: TokenInfo }> {
  const found = await users.byToken(secret);
  const expired = found?.token.expiresAt != null && Date.parse(found.token.expiresAt) <= Date.now();
  if (!found || found.token.kind !== "api" || expired) {
    if (!found) failures.fail(address);
    throw new HttpProblem(
      401,
      "INVALID_TOKEN",
      "Invalid token",
      expired ? "That API token has expired; make a new one." : refused,
      "token",
    );
  }
  return found;
}
