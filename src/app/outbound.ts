import { lookup as dnsLookup } from "node:dns";
import type { LookupAddress, LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/** An outbound request refused: the address is not on the public internet and not allowed. */
export class OutboundRefused extends Error {
  constructor(host: string, address: string) {
    super(
      `${host} resolves to ${address}, a loopback, private, link-local or reserved address; Muster does not send there (an admin may allow it with MUSTER_OUTBOUND_ALLOW).`,
    );
    this.name = "OutboundRefused";
  }
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * Where Muster may send requests that users configure (webhooks): public unicast addresses,
 * plus the CIDRs an admin allows. Checked on the addresses a name resolves to, at connect time
 * (so a name that changes its answer between a check and the request cannot slip through), and
 * redirects are not followed.
 */
export class OutboundGuard {
  private readonly allowed: [ipaddr.IPv4 | ipaddr.IPv6, number][];

  constructor(allow: string[] = []) {
    this.allowed = allow.map((c) =>
      ipaddr.parseCIDR(c.includes("/") ? c : `${c}/${c.includes(":") ? 128 : 32}`),
    );
  }

  /** Whether an IP address may be sent to. */
  permits(address: string): boolean {
    if (!ipaddr.isValid(address)) return false;
    let ip = ipaddr.parse(address);
    if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) {
      ip = (ip as ipaddr.IPv6).toIPv4Address();
    }
    if (this.allowed.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits))) return true;
    return ip.range() === "unicast";
  }

  /** A `lookup` for node:http that refuses names resolving to any address not permitted. */
  readonly lookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) {
        callback(err, []);
        return;
      }
      const refused = addresses.find((a) => !this.permits(a.address));
      if (refused) {
        callback(Object.assign(new OutboundRefused(hostname, refused.address), { code: "EREFUSED" }), []);
        return;
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0]?.address ?? "", addresses[0]?.family ?? 4);
    });
  };

  /** Checks a URL before it is stored: an IP literal at once, a name by resolving it (if it resolves now). */
  async check(url: string): Promise<void> {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
    if (isIP(host)) {
      if (!this.permits(host)) throw new OutboundRefused(host, host);
      return;
    }
    await new Promise<void>((resolve, reject) => {
      this.lookup(host, { all: true }, (err) => {
        // A name that does not resolve today may tomorrow; it is checked again when used.
        if (err instanceof OutboundRefused) reject(err);
        else resolve();
      });
    });
  }

  /** POSTs a body; answers the status (a redirect is an answer, not followed). */
  async post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<number> {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, "");
    if (isIP(host) && !this.permits(host)) throw new OutboundRefused(host, host);
    const client = target.protocol === "https:" ? https : http;
    return new Promise<number>((resolve, reject) => {
      const req = client.request(
        target,
        {
          method: "POST",
          headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
          lookup: this.lookup,
          timeout: timeoutMs,
          signal: AbortSignal.timeout(timeoutMs),
        },
        (res) => {
          // Read the answer to its end (bounded by the timeout), then judge the status.
          res.on("data", () => undefined);
          res.on("end", () => {
            resolve(res.statusCode ?? 0);
          });
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error(`no answer within ${String(timeoutMs)} ms`)));
      req.on("error", reject);
      req.end(body);
    });
  }
}
