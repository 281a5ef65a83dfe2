import type { TrackerLink } from "../domain/index.js";

/** What a follow-up's issue says. */
export type IssueDraft = { title: string; body: string };

/** A state the tracker holds an issue in, and why it was closed. */
export type IssueState = { state: "open" } | { state: "closed"; reason: "completed" | "not_planned" };

/**
 * An outside issue tracker, as the follow-ups' sync needs it: open an issue, set its state.
 * Small on purpose, so that a second tracker (GitLab, Jira) is one more file. Calls throw on
 * failure; the durable consumer retries them.
 */
export type TrackerProvider = {
  readonly name: TrackerLink["provider"];
  create(issue: IssueDraft): Promise<TrackerLink>;
  setState(link: TrackerLink, state: IssueState): Promise<void>;
};
