import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** An issue as GitHub's REST API returns it (the fields Muster and its users rely on). */
export type FakeIssue = {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  state_reason: "completed" | "not_planned" | "reopened" | null;
  html_url: string;
  url: string;
  user: { login: string };
  labels: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
};

export type FakeRequest = { method: string; path: string; authorization: string | undefined; body: unknown };

/**
 * A loopback server that behaves as GitHub's REST API does for issues in one repository:
 * `POST /repos/{owner}/{repo}/issues` (201, or 401 "Bad credentials", 404 for another
 * repository, 422 "Validation Failed" without a title) and `PATCH …/issues/{number}` (state,
 * state_reason). It can fail the next requests with a status, or leave them unanswered.
 */
export class FakeGitHub {
  readonly issues: FakeIssue[] = [];
  readonly requests: FakeRequest[] = [];
  private failures: number[] = [];
  private hanging = false;
  private held: ServerResponse[] = [];
  private server: Server | null = null;
  url = "";

  constructor(
    readonly repository: string,
    readonly token: string,
  ) {}

  /** Listens on a free loopback port. */
  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${String((this.server.address() as AddressInfo).port)}`;
  }

  /** Answers the next requests with these statuses (5xx, 403…) instead of doing them. */
  failNext(...statuses: number[]): void {
    this.failures.push(...statuses);
  }

  /** Leaves requests unanswered (a receiver that never answers) until `answerAgain`. */
  hang(): void {
    this.hanging = true;
  }

  answerAgain(): void {
    this.hanging = false;
    for (const res of this.held.splice(0)) res.destroy();
  }

  async stop(): Promise<void> {
    this.answerAgain();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const body: unknown = text ? JSON.parse(text) : null;
    const path = req.url ?? "";
    this.requests.push({ method: req.method ?? "", path, authorization: req.headers.authorization, body });
    if (this.hanging) {
      this.held.push(res);
      return;
    }
    const failure = this.failures.shift();
    if (failure !== undefined) {
      this.json(res, failure, { message: "Server Error" });
      return;
    }
    const auth = req.headers.authorization ?? "";
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      this.json(res, 401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });
      return;
    }
    const match = /^\/repos\/([^/]+\/[^/]+)\/issues(?:\/(\d+))?$/.exec(path);
    if (!match || match[1] !== this.repository) {
      this.json(res, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
      return;
    }
    const b = (body ?? {}) as Record<string, unknown>;
    if (req.method === "POST" && match[2] === undefined) this.create(res, b);
    else if (req.method === "PATCH" && match[2] !== undefined) this.update(res, Number(match[2]), b);
    else this.json(res, 404, { message: "Not Found" });
  }

  private create(res: ServerResponse, b: Record<string, unknown>): void {
    if (typeof b.title !== "string" || b.title === "") {
      this.json(res, 422, {
        message: "Validation Failed",
        errors: [{ resource: "Issue", code: "missing_field", field: "title" }],
      });
      return;
    }
    const number = this.issues.length + 1;
    const now = new Date().toISOString();
    const issue: FakeIssue = {
      id: 1000 + number,
      node_id: `I_${String(number)}`,
      number,
      title: b.title,
      body: typeof b.body === "string" ? b.body : null,
      state: "open",
      state_reason: null,
      html_url: `https://github.com/${this.repository}/issues/${String(number)}`,
      url: `${this.url}/repos/${this.repository}/issues/${String(number)}`,
      user: { login: "muster-bot" },
      labels: [],
      created_at: now,
      updated_at: now,
      closed_at: null,
    };
    this.issues.push(issue);
    this.json(res, 201, issue);
  }

  private update(res: ServerResponse, number: number, b: Record<string, unknown>): void {
    const issue = this.issues.find((i) => i.number === number);
    if (!issue) {
      this.json(res, 404, { message: "Not Found" });
      return;
    }
    if (b.state === "open" || b.state === "closed") issue.state = b.state;
    if (b.state_reason === "completed" || b.state_reason === "not_planned" || b.state_reason === "reopened") {
      issue.state_reason = b.state_reason;
    }
    issue.closed_at = issue.state === "closed" ? new Date().toISOString() : null;
    issue.updated_at = new Date().toISOString();
    this.json(res, 200, issue);
  }
}
