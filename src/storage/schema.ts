import type { Generated } from "kysely";

/** Kysely table types. JSON is stored as text so both engines read it the same way. */
export type Database = {
  users: {
    id: string;
    handle: string;
    display_name: string;
    email: string | null;
    is_admin: number;
    created_at: string;
    /** When an admin deactivated them (null: active); their tokens were deleted then. */
    deactivated_at: string | null;
    /** admin, member, viewer or stakeholder (is_admin stays in step with "admin"). */
    role: Generated<string>;
    /** `issuer|sub` of the OpenID Connect account they sign in with. */
    oidc_subject: string | null;
  };
  api_tokens: {
    id: string;
    user_id: string;
    token_hash: string;
    label: string | null;
    created_at: string;
    expires_at: string | null;
    last_used_at: string | null;
    /** "full" (what the person may do) or "read-only". */
    scope: Generated<string>;
    /** "api" (a token someone holds) or "session" (a browser's cookie). */
    kind: Generated<string>;
  };
  oidc_logins: {
    state: string;
    code_verifier: string;
    nonce: string;
    return_to: string;
    created_at: string;
  };
  incidents: {
    id: string;
    number: number;
    name: string;
    /** The name while the incident is open, null once ended: a unique index keeps open names unique. */
    open_name: string | null;
    status: string;
    severity: string;
    kind: string;
    visibility: string;
    commander: string | null;
    seq: number;
    declared_at: string;
    updated_at: string;
    state: string;
    doc: string;
  };
  events: {
    incident_id: string;
    seq: number;
    type: string;
    at: string;
    actor: string;
    actor_roles: string;
    data: string;
  };
  incident_access: {
    incident_id: string;
    handle: string;
    /** When this person's access ends (null: it lasts); see `accessWindows`. */
    access_until: string | null;
  };
  checklist_templates: {
    id: string;
    name: string;
    trigger: string;
    items: string;
    updated_at: string;
  };
  timers: {
    key: string;
    incident_id: string;
    kind: string;
    subject: string;
    due_at: string;
    claimed_until: string | null;
  };
  deliveries: {
    id: string;
    incident_id: string;
    event_seq: number;
    recipient: string;
    channel: string;
    contact_id: string | null;
    kind: string;
    title: string;
    body: string;
    status: string;
    attempts: Generated<number>;
    next_attempt_at: string;
    last_error: string | null;
    created_at: string;
    sent_at: string | null;
  };
  inbox: {
    id: string;
    recipient: string;
    incident_id: string;
    event_seq: number;
    kind: string;
    title: string;
    body: string;
    created_at: string;
    read_at: string | null;
  };
  contact_methods: {
    id: string;
    handle: string;
    kind: string;
    address: string;
    /** Webhooks only: the HMAC signing key, shared with the receiver (it must be readable to sign). */
    secret: string | null;
    created_at: string;
  };
  stakeholder_groups: {
    name: string;
    label: string;
    external: number;
    approval: number;
    members: string;
    updated_at: string;
  };
  status_components: {
    name: string;
    label: string;
    group_label: string | null;
    description: string;
    position: number;
    updated_at: string;
  };
  status_subscriptions: {
    id: string;
    email: string;
    scope: string;
    created_at: string;
    confirmed_at: string | null;
    unsubscribed_at: string | null;
  };
  stakeholder_links: {
    id: string;
    incident_id: string;
    audience: string;
    label: string;
    created_by: string;
    created_at: string;
    revoked_at: string | null;
  };
  server_keys: {
    name: string;
    value: string;
  };
  teams: {
    name: string;
    display_name: string;
    escalation: string;
    updated_at: string;
  };
  consumer_checkpoints: {
    consumer: string;
    incident_id: string;
    seq: number;
  };
  consumer_leases: {
    consumer: string;
    owner: string | null;
    expires_at: string | null;
    failures: Generated<number>;
    last_error: string | null;
    last_error_at: string | null;
    last_handled_at: string | null;
  };
  postmortems: {
    id: string;
    incident_id: string;
    version: number;
    stage: string;
    owner: string;
    publish_due: string;
    /** When it was published (null until then): for "postmortems on schedule". */
    published_at: string | null;
    doc: string;
    updated_at: string;
  };
  postmortem_events: {
    postmortem_id: string;
    version: number;
    type: string;
    at: string;
    actor: string;
    data: string;
  };
  counters: {
    name: string;
    value: Generated<number>;
  };
  audit_log: {
    id: string;
    at: string;
    actor: string;
    action: string;
    target: string;
    request_id: string;
  };
  /** One row per ended incident: its response figures, kept by the insights consumer. */
  incident_metrics: {
    incident_id: string;
    kind: string;
    severity: string;
    declared_at: string;
    ended_at: string;
    time_to_mitigate_ms: number | null;
    time_to_end_ms: number | null;
    /** The whole `IncidentMetrics` as JSON. */
    metrics: string;
  };
  alert_sources: {
    name: string;
    kind: string;
    label: string;
    secret_hash: string;
    created_at: string;
    last_received_at: string | null;
  };
  alert_rules: {
    name: string;
    position: number;
    body: string;
    updated_at: string;
  };
  alert_groups: {
    id: string;
    source: string;
    group_key: string;
    title: string;
    labels: string;
    status: string;
    first_at: string;
    last_at: string;
    received: number;
    version: number;
    routed_version: number;
    claimed_until: string | null;
    incident_id: string | null;
    rule: string | null;
    outcome: string | null;
  };
  alerts: {
    group_id: string;
    fingerprint: string;
    status: string;
    name: string;
    summary: string;
    labels: string;
    annotations: string;
    starts_at: string;
    ends_at: string | null;
    url: string | null;
    first_received_at: string;
    last_received_at: string;
    received: number;
  };
  chat_channels: {
    provider: string;
    incident_id: string;
    channel_id: string;
    name: string;
    url: string;
    doc_message_id: string | null;
    doc_text: string | null;
    topic: string | null;
    created_at: string;
  };
  chat_identities: {
    provider: string;
    external_id: string;
    handle: string;
    source: string;
    updated_at: string;
  };
  chat_inbound: {
    provider: string;
    key: string;
    at: string;
  };
  schedules: {
    slug: string;
    name: string;
    description: string;
    time_zone: string;
    layers: string;
    created_at: string;
    updated_at: string;
  };
  schedule_overrides: {
    id: string;
    schedule: string;
    person: string;
    starts_at: string;
    ends_at: string;
    note: string | null;
    created_by: string;
    created_at: string;
  };
  calendar_feeds: {
    subject: string;
    version: number;
  };
  drill_scenarios: {
    id: string;
    title: string;
    source: string;
    updated_by: string;
    updated_at: string;
  };
  training_records: {
    incident_id: string;
    person: string;
    role: string;
    kind: string;
    held_ms: number;
    first_at: string;
    score: number | null;
    passed: number | null;
  };
  training_rules: {
    id: string;
    rules: string;
    updated_by: string;
    updated_at: string;
  };
  drill_runs: {
    id: string;
    scenario_id: string;
    incident_id: string;
    facilitator: string;
    status: string;
    state: string;
    next_at: string | null;
    version: number;
    started_at: string;
    updated_at: string;
  };
};
