import type { FastifyInstance } from "fastify";
import { EventBus } from "./app/event-bus.js";
import { GroupCommitter } from "./app/group-commit.js";
import type { Consumer } from "./app/consumers.js";
import { ConsumerRunner } from "./app/consumers.js";
import { relationsConsumer } from "./capabilities/relations/consumer.js";
import { Insights, insightsConsumer } from "./capabilities/insights/service.js";
import { InsightStore } from "./capabilities/insights/store.js";
import { TrackerSync } from "./capabilities/followups/trackers/sync.js";
import { OutboundGuard } from "./app/outbound.js";
import { Revocations } from "./app/revocations.js";
import { Metrics } from "./app/metrics.js";
import { SignInStore } from "./storage/sign-ins.js";
import { AuditLog } from "./storage/audit.js";
import { claimDataDir } from "./storage/backup.js";
import { githubProvider } from "./capabilities/followups/trackers/github.js";
import { findTracked } from "./capabilities/followups/store.js";
import { defaultPostmortemConfig } from "./capabilities/postmortems/domain/index.js";
import { Postmortems, postmortemConsumer, postmortemReminders } from "./capabilities/postmortems/service.js";
import { PostmortemStore } from "./capabilities/postmortems/store.js";
import { listFollowUps } from "./capabilities/followups/store.js";
import { ConsumerStore } from "./storage/consumers.js";
import { LinkSigner } from "./storage/server-keys.js";
import { StakeholderStore } from "./capabilities/comms/store.js";
import { StatusStore } from "./capabilities/status-page/store.js";
import { StatusPage } from "./capabilities/status-page/service.js";
import { ScheduleStore } from "./capabilities/schedules/store.js";
import { OnCall } from "./capabilities/schedules/service.js";
import { ScenarioStore } from "./capabilities/drills/store.js";
import { RunStore } from "./capabilities/drills/run-store.js";
import { DrillRunner } from "./capabilities/drills/runner.js";
import { practiceScoreOf } from "./capabilities/drills/report.js";
import { Training, trainingConsumer } from "./capabilities/training/service.js";
import { TrainingStore } from "./capabilities/training/store.js";
import { Subscriptions, subscriberConsumer } from "./capabilities/status-page/subscriptions.js";
import type { PageSettings } from "./capabilities/status-page/model.js";
import { AlertStore } from "./capabilities/alerts/store.js";
import { AlertSetupStore } from "./capabilities/alerts/setup-store.js";
import { AlertRouter } from "./capabilities/alerts/router.js";
import { ListFeed } from "./app/list-feed.js";
import type { ChatApps } from "./capabilities/chat/wiring.js";
import { chatApps } from "./capabilities/chat/wiring.js";
import { cachedKinds, emailChannel, smtpMailer, webhookChannel } from "./app/channels.js";
import { InboxBus, deliveryWorker } from "./app/deliveries.js";
import type { Poller, Ticker } from "./app/poller.js";
import { timerScheduler } from "./app/scheduler.js";
import { Muster } from "./app/muster.js";
import type { ServerConfig } from "./config.js";
import { accessWindows, buildStatusDoc, noticesFor, timersFor } from "./domain/index.js";
import { buildApp } from "./http/app.js";
import type { Services } from "./http/services.js";
import type { Storage } from "./storage/connect.js";
import type { Projector } from "./storage/write-store.js";
import { openStorage } from "./storage/connect.js";
import { EventListener } from "./storage/pg-listener.js";
import type { Log } from "./log.js";
import { createLog, silentLog } from "./log.js";
import { ChecklistTemplateStore } from "./capabilities/checklists/store.js";
import { ReadStore } from "./storage/read-store.js";
import { OutboxStore } from "./storage/outbox.js";
import { ContactStore } from "./storage/contacts.js";
import { TeamStore } from "./storage/teams.js";
import type { DueTimer } from "./storage/timer-store.js";
import { TimerStore } from "./storage/timer-store.js";
import { UserStore } from "./storage/users.js";

export type Runtime = {
  services: Services;
  storage: Storage;
  scheduler: Poller<DueTimer>;
  deliveries: Ticker;
  consumers: ConsumerRunner;
  /** Reminds owners (and the last IC) of postmortem steps past due. */
  reminders: ReturnType<typeof postmortemReminders>;
  /** Routes alert groups: opens, attaches or records, as the rules say. */
  alertRouter: AlertRouter;
  drillRunner: DrillRunner;
  /** The chat apps (Slack's Socket Mode and Mattermost's WebSocket connect on start). */
  chat: ChatApps;
  close: () => Promise<void>;
};

/** What storage derives from each new state: status doc, timers, notices and their channels. */
export function projectorFor(config: ServerConfig): Projector {
  return {
    doc: (state) => buildStatusDoc(state, config.domain),
    timers: (state) => timersFor(state, config.domain),
    notices: noticesFor,
    channels: new Set(["webhook", ...(config.smtpUrl ? ["email"] : [])]),
    access: (state) => accessWindows(state, config.domain.accessGraceHours * 3_600_000),
  };
}

/** Opens storage and wires the application services (no HTTP). */
export async function createRuntime(
  config: ServerConfig,
  clock: () => Date = () => new Date(),
  log: Log = silentLog,
  consumerList: Consumer[] = [],
): Promise<Runtime> {
  const storage = await openStorage(
    { databaseUrl: config.databaseUrl, dataDir: config.dataDir, log },
    projectorFor(config),
  );
  const reads = new ReadStore(storage.db);
  const users = new UserStore(storage.db);
  const templates = new ChecklistTemplateStore(storage.db);
  const bus = new EventBus((incidentId, after) => reads.timeline(incidentId, after, 10_000), log);
  const metrics = new Metrics();
  const muster = new Muster({
    committer: new GroupCommitter(storage.writer, (n, seconds, ok) => {
      metrics.commit(n, seconds, ok);
    }),
    reads,
    bus,
    config: config.domain,
    clock,
    // A deactivated person, a viewer or a stakeholder cannot be given work; their past stays in the record.
    personExists: async (handle) => {
      const user = await users.byHandle(handle);
      return (
        user !== undefined && user.deactivatedAt === null && (user.role === "admin" || user.role === "member")
      );
    },
    loadTemplates: () => templates.list(),
  });
  await muster.refreshTemplates();
  // Other instances may edit templates; pick their edits up within half a minute.
  const refresh = setInterval(() => {
    muster.refreshTemplates().catch((error: unknown) => {
      log.warn({ err: error }, "checklist templates could not be reloaded");
    });
  }, 30_000);
  refresh.unref();
  const timerStore = new TimerStore(storage.db, storage.engine);
  const scheduler = timerScheduler(timerStore, muster, clock, log);
  const outbox = new OutboxStore(storage.db, storage.engine);
  const inboxBus = new InboxBus();
  const contacts = new ContactStore(storage.db);
  const outbound = new OutboundGuard(config.outboundAllow ?? []);
  const kindOf = cachedKinds(async (id) => (await reads.kindOf(id)) ?? "real");
  const deliveries = deliveryWorker(
    outbox,
    inboxBus,
    clock,
    {
      webhook: webhookChannel(contacts, clock, kindOf, outbound),
      ...(config.smtpUrl
        ? { email: emailChannel(contacts, config.smtpUrl, config.mailFrom ?? "muster@localhost", kindOf) }
        : {}),
    },
    log,
  );
  const consumerStore = new ConsumerStore(storage.db);
  const postmortemStore = new PostmortemStore(storage.db, projectorFor(config).channels);
  const postmortems = new Postmortems(
    postmortemStore,
    reads,
    clock,
    config.postmortem ?? defaultPostmortemConfig,
  );
  const reminders = postmortemReminders(postmortems, clock, log);
  const tracker = config.github
    ? new TrackerSync(
        githubProvider(config.github),
        muster,
        reads,
        log,
        { sync: config.github.sync, publicUrl: config.publicUrl },
        (key) => findTracked(storage.db, key),
      )
    : null;
  const signer = await LinkSigner.open(storage.db);
  const statusStore = new StatusStore(storage.db);
  const statusSettings: PageSettings = {
    ...(config.statusPage ?? { title: "Service status", logoUrl: null, accent: "#1f6feb" }),
    url: config.publicUrl ?? "",
    // Links in emails must point somewhere a reader can reach.
    subscriptions: config.smtpUrl !== undefined && config.publicUrl !== undefined,
  };
  const statusPage = new StatusPage(statusStore, statusSettings, clock, log);
  const subscriptions = new Subscriptions(
    statusStore,
    signer,
    config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom ?? "muster@localhost") : null,
    statusSettings,
    clock,
  );
  const insights = new Insights(new InsightStore(storage.db), reads, postmortemStore, config.domain, clock);
  const chat = chatApps(config, { db: storage.db, users, muster, reads, clock, log });
  const drillRuns = new RunStore(storage.db);
  const training = new Training(
    new TrainingStore(storage.db),
    reads,
    practiceScoreOf(config.domain, drillRuns),
    clock,
  );
  // Built-in consumers first; callers (tests, later integrations) add theirs.
  const consumers = new ConsumerRunner(
    [
      relationsConsumer(muster, reads, log),
      postmortemConsumer(postmortems, log),
      insightsConsumer(insights),
      trainingConsumer(training),
      ...(tracker ? [tracker.consumer()] : []),
      ...chat.consumers,
      // Only where readers can subscribe (email and a public URL): otherwise it would only add work.
      ...(statusSettings.subscriptions
        ? [
            subscriberConsumer(
              subscriptions,
              statusStore,
              outbox,
              (id) => reads.currentState(id),
              statusSettings,
              clock,
            ),
          ]
        : []),
      ...consumerList,
    ],
    consumerStore,
    (incidentId, after, limit) => reads.timeline(incidentId, after, limit),
    bus,
    { clock, log },
  );
  const teams = new TeamStore(storage.db);
  const schedules = new ScheduleStore(storage.db);
  const onCall = new OnCall(schedules, teams, signer, config.publicUrl, clock);
  const alerts = new AlertStore(storage.db, storage.engine);
  const alertSetup = new AlertSetupStore(storage.db);
  const alertRouter = new AlertRouter({
    store: alerts,
    setup: alertSetup,
    muster,
    reads,
    teams: onCall,
    severities: () => config.domain.severities.map((s) => s.level),
    clock,
    log,
    retentionDays: config.alertRetentionDays ?? 90,
  });
  const drillRunner = new DrillRunner({ store: drillRuns, muster, reads, bus, clock, log });
  const revocations = new Revocations(storage.engine === "postgres" ? storage.db : null);
  const listener = config.databaseUrl
    ? new EventListener(config.databaseUrl, bus, log, () => {
        revocations.announce();
      })
    : null;
  await listener?.start();
  statusPage.start(bus);
  metrics.observe({
    consumers: () => consumerStore.health(consumers.names),
    outbox: () => outbox.backlog(),
    timersDue: () => timerStore.dueCount(clock()),
    incidents: () => reads.countByStatus(),
  });
  return {
    services: {
      metrics,
      muster,
      reads,
      users,
      bus,
      templates,
      outbox,
      inboxBus,
      contacts,
      outbound,
      revocations,
      audit: new AuditLog(storage.db),
      signIns: new SignInStore(storage.db),
      teams,
      schedules,
      onCall,
      scenarios: new ScenarioStore(storage.db),
      alerts,
      alertSetup,
      alertRouter,
      drills: drillRunner,
      drillRuns,
      training,
      stakeholders: new StakeholderStore(storage.db),
      chat: chat.store,
      slack: chat.slack ? { app: chat.slack, signingSecret: config.slack?.signingSecret } : null,
      mattermost: chat.mattermost,
      signer,
      publicUrl: config.publicUrl,
      emailEnabled: config.smtpUrl !== undefined,
      statusPage,
      statusStore,
      statusSettings,
      subscriptions,
      postmortems,
      insights,
      tracker:
        tracker && config.github
          ? {
              sync: tracker,
              webhookSecret: config.github.webhookSecret,
              provider: "github" as const,
              repository: config.github.repository,
              mode: config.github.sync,
            }
          : null,
      followUps: (viewer, filter, now) => listFollowUps(storage.db, viewer, filter, now),
      listFeed: new ListFeed(bus, reads, log),
      ready: () => storage.probe(),
      consumerHealth: () => consumerStore.health(consumers.names),
    },
    storage,
    scheduler,
    deliveries,
    consumers,
    reminders,
    alertRouter,
    drillRunner,
    chat,
    close: async () => {
      await chat.stop();
      await drillRunner.stop();
      statusPage.stop();
      await alertRouter.stop();
      await consumers.stop();
      await reminders.stop();
      await scheduler.stop();
      await deliveries.stop();
      clearInterval(refresh);
      await listener?.stop();
      await metrics.close();
      await storage.close();
    },
  };
}

/** On first start with no users: an admin with MUSTER_ADMIN_TOKEN or a generated token. */
export async function bootstrapAdmin(
  users: UserStore,
  adminToken: string | undefined,
): Promise<string | null> {
  if ((await users.count()) > 0) return null;
  const admin = await users.create({ handle: "admin", displayName: "Administrator", isAdmin: true });
  if (!admin) return null;
  return users.createToken(admin.id, "first start", adminToken);
}

/** Starts the HTTP server and prints where it listens. */
export async function startServer(
  config: ServerConfig,
  print: (line: string) => void = console.log,
): Promise<{ app: FastifyInstance; runtime: Runtime }> {
  const log = createLog(config.logLevel);
  const runtime = await createRuntime(config, () => new Date(), log);
  const token = await bootstrapAdmin(runtime.services.users, config.adminToken);
  const app = await buildApp(runtime.services, {
    loggerInstance: log,
    requestTimeoutMs: (config.requestTimeoutSeconds ?? 30) * 1000,
    trustProxy: config.trustProxy ?? false,
    streamsPerPerson: config.streamsPerUser ?? 50,
    accessLog: config.accessLog ?? true,
    sessionHours: config.sessionHours ?? 168,
    oidc: config.oidc,
    metricsToken: config.metricsToken,
  });
  app.server.maxConnections = config.maxConnections ?? 10_000;
  // A restore refuses to replace the database under a running server.
  const release = runtime.storage.engine === "sqlite" ? claimDataDir(config.dataDir) : () => undefined;
  app.addHook("onClose", async () => {
    await runtime.close();
    release();
  });
  runtime.scheduler.start();
  runtime.deliveries.start(250);
  runtime.consumers.start();
  runtime.reminders.start();
  runtime.alertRouter.start();
  runtime.drillRunner.start();
  await runtime.chat.start();
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const where = runtime.storage.engine === "sqlite" ? `SQLite in ${config.dataDir}` : "PostgreSQL";
  print(
    `Muster is listening on http://localhost:${port} (API under /api/v1, reference at /api/docs; ${where})`,
  );
  if (token) {
    print("");
    print(
      config.adminToken
        ? "Created user 'admin' with the token from MUSTER_ADMIN_TOKEN."
        : `Created user 'admin'. Its API token (shown once, keep it safe):\n\n    ${token}\n`,
    );
    print(`Browser:  open http://localhost:${port} and sign in with the token`);
    print(`CLI:      export MUSTER_URL=http://localhost:${port} MUSTER_TOKEN=<token>`);
    print("Another:  npx muster token create admin --local   (writes straight to the database)");
  }
  return { app, runtime };
}
