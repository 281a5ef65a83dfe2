import { Octokit } from "@octokit/core";
import type { GitHubConfig } from "../../../config.js";
import type { TrackerLink } from "../domain/index.js";
import type { IssueDraft, IssueState, TrackerProvider } from "./provider.js";

/** A receiver that never answers must not hold the sync up: give up and retry later. */
const DEFAULT_TIMEOUT_MS = 15_000;

/** GitHub Issues through its REST API (octokit), in one repository. */
export function githubProvider(config: GitHubConfig): TrackerProvider {
  const octokit = new Octokit({ auth: config.token, baseUrl: config.apiUrl, userAgent: "muster" });
  const [owner = "", repo = ""] = config.repository.split("/");
  const timeout = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    name: "github",
    async create(issue: IssueDraft): Promise<TrackerLink> {
      const created = await octokit.request("POST /repos/{owner}/{repo}/issues", {
        owner,
        repo,
        title: issue.title,
        body: issue.body,
        request: { signal: AbortSignal.timeout(timeout) },
      });
      return {
        provider: "github",
        key: `${config.repository}#${String(created.data.number)}`,
        url: created.data.html_url,
      };
    },
    async setState(link: TrackerLink, state: IssueState): Promise<void> {
      // The link names its own repository: issues opened before a change of repository stay where they are.
      const [full = "", number = ""] = link.key.split("#");
      const [linkOwner = owner, linkRepo = repo] = full.split("/");
      await octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        owner: linkOwner,
        repo: linkRepo,
        issue_number: Number(number),
        state: state.state,
        ...(state.state === "closed"
          ? { state_reason: state.reason }
          : { state_reason: "reopened" as const }),
        request: { signal: AbortSignal.timeout(timeout) },
      });
    },
  };
}
