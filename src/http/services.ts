import type { EventBus } from "../app/event-bus.js";
import type { ListFeed } from "../app/list-feed.js";
import type { Muster } from "../app/muster.js";
import type { InboxBus } from "../app/deliveries.js";
import type { ChecklistTemplateStore } from "../capabilities/checklists/store.js";
import type { ConsumerHealth } from "../storage/consumers.js";
import type { ContactStore } from "../storage/contacts.js";
import type { OutboundGuard } from "../app/outbound.js";
import type { Revocations } from "../app/revocations.js";
import type { Metrics } from "../app/metrics.js";
import type { SignInStore } from "../storage/sign-ins.js";
import type { AuditLog } from "../storage/audit.js";
import type { OutboxStore } from "../storage/outbox.js";
import type { TeamStore } from "../storage/teams.js";
import type { ScheduleStore } from "../capabilities/schedules/store.js";
import type { OnCall } from "../capabilities/schedules/service.js";
import type { ScenarioStore } from "../capabilities/drills/store.js";
import type { DrillRunner } from "../capabilities/drills/runner.js";
import type { RunStore } from "../capabilities/drills/run-store.js";
import type { Training } from "../capabilities/training/service.js";
import type { ReadStore } from "../storage/read-store.js";
import type { UserStore } from "../storage/users.js";
import type { Postmortems } from "../capabilities/postmortems/service.js";
import type { Insights } from "../capabilities/insights/service.js";
import type { TrackerSync } from "../capabilities/followups/trackers/sync.js";
import type { ListedFollowUp } from "../capabilities/followups/store.js";
import type { Viewer } from "../storage/read-store.js";
import type { StakeholderStore } from "../capabilities/comms/store.js";
import type { LinkSigner } from "../storage/server-keys.js";
import type { StatusPage } from "../capabilities/status-page/service.js";
import type { StatusStore } from "../capabilities/status-page/store.js";
import type { Subscriptions } from "../capabilities/status-page/subscriptions.js";
import type { PageSettings } from "../capabilities/status-page/model.js";
import type { AlertStore } from "../capabilities/alerts/store.js";
import type { AlertSetupStore } from "../capabilities/alerts/setup-store.js";
import type { AlertRouter } from "../capabilities/alerts/router.js";
import type { ChatStore } from "../capabilities/chat/store.js";
import type { SlackApp } from "../capabilities/chat/slack/app.js";
import type { MattermostApp } from "../capabilities/chat/mattermost/app.js";

/** What the HTTP adapter needs; built by the server bootstrap or by tests. */
export type Services = {
  muster: Muster;
  reads: ReadStore;
  users: UserStore;
  bus: EventBus;
  templates: ChecklistTemplateStore;
  outbox: OutboxStore;
  inboxBus: InboxBus;
  contacts: ContactStore;
  /** Figures for Prometheus (GET /metrics). */
  metrics: Metrics;
  /** Single sign-ons in flight (state, PKCE verifier, nonce), each taken once. */
  signIns: SignInStore;
  /** Administrative actions, who and when. */
  audit: AuditLog;
  /** Revoked credentials: the auth cache forgets them at once, on every instance. */
  revocations: Revocations;
  /** Where user-configured URLs (webhooks) may point. */
  outbound: OutboundGuard;
  teams: TeamStore;
  /** The team's own drill scenarios. */
  scenarios: ScenarioStore;
  /** Drill runs: started, controlled by their facilitator, advanced by the runner. */
  drills: DrillRunner;
  drillRuns: RunStore;
  /** Training records and qualification rules. */
  training: Training;
  /** On-call schedules and their overrides. */
  schedules: ScheduleStore;
  /** Who is on call: now and next, shifts, teams' lists at a moment, calendar feeds. */
  onCall: OnCall;
  /** Alert groups and alerts. */
  alerts: AlertStore;
  /** Alert sources and routing rules. */
  alertSetup: AlertSetupStore;
  /** Routes stored alert groups (intake nudges it). */
  alertRouter: AlertRouter;
  /** Chat apps' channels, identities and handled events. */
  chat: ChatStore;
  /** The Slack app and the secret its HTTP requests are signed with (null: Slack not configured). */
  slack: { app: SlackApp; signingSecret: string | undefined } | null;
  /** The Mattermost app (null: Mattermost not configured). */
  mattermost: MattermostApp | null;
  /** Stakeholder groups and the read-only links given to them. */
  stakeholders: StakeholderStore;
  /** Signs links that work without signing in (subscriptions, stakeholder views). */
  signer: LinkSigner;
  /** Where Muster is reached from outside (MUSTER_PUBLIC_URL), for links in emails; undefined: relative. */
  publicUrl: string | undefined;
  /** Whether email can be sent (SMTP configured): outside addresses count only then. */
  emailEnabled: boolean;
  /** The public status page, rendered once per change. */
  statusPage: StatusPage;
  statusStore: StatusStore;
  statusSettings: PageSettings;
  subscriptions: Subscriptions;
  /** The postmortems' write path (their own aggregate). */
  postmortems: Postmortems;
  /** Follow-ups synced to an outside tracker, and the secret its webhook signs with (null: none configured). */
  tracker: {
    sync: TrackerSync;
    webhookSecret: string;
    provider: "github";
    repository: string;
    mode: "all" | "on-request";
  } | null;
  /** MTTx and discipline figures per incident and over a period. */
  insights: Insights;
  /** Follow-ups across the incidents a viewer may see. */
  followUps: (
    viewer: Viewer,
    filter: { owner?: string | undefined; state?: string | undefined; overdue?: boolean | undefined },
    now: Date,
  ) => Promise<ListedFollowUp[]>;
  /** The live incident list, shared by every viewer. */
  listFeed: ListFeed;
  /** Lag, lease and failures of every durable consumer (admins). */
  consumerHealth: () => Promise<ConsumerHealth[]>;
  /** Readiness: resolves when storage is reachable, writable and migrated. */
  ready: () => Promise<void>;
};
