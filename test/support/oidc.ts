import { generateKeyPairSync } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** Someone the test provider knows: their claims, as a real provider would send them. */
export type Account = { sub: string; email: string; name: string; groups: string[]; emailVerified?: boolean };

/**
 * A real OpenID provider (`oidc-provider`) on a loopback port, with two registered clients
 * (`muster` and `other`). Its login and consent pages are replaced by one step that signs in
 * whoever the test chose (`as`), so the rest of the flow is the provider's own.
 */
export class TestProvider {
  private server: http.Server | null = null;
  private who: Account | null = null;

  private constructor(
    readonly issuer: string,
    private readonly provider: Provider,
  ) {}

  /** Starts a provider; `redirectUri` is where Muster expects people back. */
  static async start(redirectUri: string, port = 0): Promise<TestProvider> {
    const accounts = new Map<string, Account>();
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    const issuer = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    const provider = new Provider(issuer, {
      clients: ["muster", "other"].map((id) => ({
        client_id: id,
        client_secret: `${id}-secret-0123456789`,
        redirect_uris: [redirectUri],
        token_endpoint_auth_method: "client_secret_post",
      })),
      claims: {
        openid: ["sub"],
        email: ["email", "email_verified"],
        profile: ["name", "preferred_username"],
        groups: ["groups"],
      },
      scopes: ["openid", "email", "profile", "groups"],
      pkce: { required: () => true },
      // Explicit lifetimes (the defaults print a notice on every use).
      ttl: {
        AuthorizationCode: 60,
        IdToken: 3600,
        AccessToken: 3600,
        Grant: 3600,
        Interaction: 600,
        Session: 3600,
      },
      // Its own signing key (the built-in one is for quick starts and says so on every start).
      jwks: {
        keys: [
          {
            ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }),
            kid: "test",
            use: "sig",
            alg: "RS256",
          },
        ],
      },
      features: { devInteractions: { enabled: false } },
      findAccount: (_ctx, sub) => {
        const account = accounts.get(sub);
        if (!account) return undefined;
        return {
          accountId: sub,
          claims: () => ({
            sub,
            email: account.email,
            email_verified: account.emailVerified ?? true,
            name: account.name,
            preferred_username: account.email.split("@")[0],
            groups: account.groups,
          }),
        };
      },
    });
    const self = new TestProvider(issuer, provider);
    const callback = provider.callback();
    server.on("request", (req, res) => {
      if (req.url?.startsWith("/interaction/")) {
        void self.interact(req, res, accounts);
        return;
      }
      void callback(req, res);
    });
    self.server = server;
    return self;
  }

  /** Who signs in at the next interaction. */
  as(account: Account): void {
    this.who = account;
  }

  private async interact(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    accounts: Map<string, Account>,
  ) {
    try {
      const details = await this.provider.interactionDetails(req, res);
      const who = this.who;
      if (!who) throw new Error("nobody to sign in as");
      accounts.set(who.sub, who);
      const grant = new this.provider.Grant({
        accountId: who.sub,
        clientId: String(details.params.client_id),
      });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await this.provider.interactionFinished(
        req,
        res,
        { login: { accountId: who.sub }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  }

  /**
   * Follows the provider's side of a sign-in the way a browser would (its cookies kept) from
   * Muster's redirect to the provider, until the provider sends the browser back to Muster;
   * returns that URL (the callback with code and state).
   */
  async authorize(authorizationUrl: string): Promise<URL> {
    const jar = new Map<string, string>();
    let url = new URL(authorizationUrl);
    for (let hop = 0; hop < 10; hop++) {
      if (url.origin !== this.issuer) return url;
      const response = await fetch(url, {
        redirect: "manual",
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const at = pair?.indexOf("=") ?? -1;
        if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
      const location = response.headers.get("location");
      if (!location) {
        throw new Error(`provider answered ${String(response.status)}: ${await response.text()}`);
      }
      url = new URL(location, url);
    }
    throw new Error("too many redirects at the provider");
  }

  /** Stops listening. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
}
