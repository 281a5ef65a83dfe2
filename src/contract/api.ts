// Generated from the OpenAPI document by `npm run contract` (scripts/contract.ts). Do not edit:
// change the routes' zod schemas instead. test/api/contract.test.ts fails when this is stale.
/* eslint-disable */
export interface paths {
    "/api/v1/alert-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alert groups, newest activity first */
        get: operations["getAlertGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One alert group with its alerts (firing first; up to 500) */
        get: operations["getAlertGroupsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-groups/{id}/incident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach an alert group to an incident (its alerts then go there as they change) */
        post: operations["postAlertGroupsByIdIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Routing rules, in the order they are tried */
        get: operations["getAlertRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-rules/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: create or replace a routing rule */
        put: operations["putAlertRulesByName"];
        post?: never;
        /** Admin: remove a routing rule */
        delete: operations["deleteAlertRulesByName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: alert sources (without their secrets) */
        get: operations["getAlertSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-sources/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: create or change an alert source; a new source (or rotateSecret) gets a secret, shown once */
        put: operations["putAlertSourcesByName"];
        post?: never;
        /** Admin: remove an alert source (its secret stops working; its alerts stay) */
        delete: operations["deleteAlertSourcesByName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Alert intake for a source: Alertmanager's webhook_config body, Grafana's webhook contact point body, or generic JSON (by the source's kind); authenticated with the source's secret */
        post: operations["postAlertsByName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: the audit log of administrative actions (people, tokens, templates, teams), newest first */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How people may sign in here (public: the sign-in page asks) */
        get: operations["getAuthMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends people back: signs the browser in and redirects to the app */
        get: operations["getAuthOidcCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start single sign-on: redirects to the provider */
        get: operations["getAuthOidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{kind}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A schedule's or a person's on-call shifts as iCalendar (signed address, no sign-in) */
        get: operations["getCalendarsByKindByFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/{provider}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: who each chat user is in Muster (matched by email, or linked by an admin) */
        get: operations["getChatByProviderIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/{provider}/identities/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: link a chat user to a Muster person (replaces any match by email) */
        put: operations["putChatByProviderIdentitiesByExternalId"];
        post?: never;
        /** Admin: unlink a chat user (they are matched by email again next time) */
        delete: operations["deleteChatByProviderIdentitiesByExternalId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checklist-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Checklist templates */
        get: operations["getChecklistTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checklist-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: create or replace a template (applies to checklists attached from now on) */
        put: operations["putChecklistTemplatesById"];
        post?: never;
        /** Admin: delete a template */
        delete: operations["deleteChecklistTemplatesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deployment's severities, kinds, role catalogue, cadences and limits */
        get: operations["getConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: durable event consumers, their lag and failures */
        get: operations["getConsumers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: deliveries being retried or given up on, with their last error */
        get: operations["getDeliveriesProblems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drill-scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drill scenarios: shipped with Muster and the team's own */
        get: operations["getDrillScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drill-scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scenario (Accept: application/yaml exports the file as written) */
        get: operations["getDrillScenariosById"];
        /** Save (author or import) a scenario from its YAML or JSON text */
        put: operations["putDrillScenariosById"];
        post?: never;
        /** Delete one of the team's scenarios */
        delete: operations["deleteDrillScenariosById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drill-scenarios/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a scenario's text without saving it: every problem, each at its path */
        post: operations["postDrillScenariosCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drill-scenarios/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The JSON Schema of a scenario file */
        get: operations["getDrillScenariosSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drill runs, newest first (restricted drills only to those who may see them) */
        get: operations["getDrills"];
        put?: never;
        /** Start a drill: opens a drill incident for the participants and runs the scenario's injects */
        post: operations["postDrills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A drill run: its clock, upcoming and past injects */
        get: operations["getDrillsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the drill run (facilitator); injects not yet sent are skipped */
        post: operations["postDrillsByIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}/injects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an ad-hoc inject, sent at once (facilitator) */
        post: operations["postDrillsByIdInjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}/injects/{inject}/fire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an inject now, before it is due (facilitator) */
        post: operations["postDrillsByIdInjectsByInjectFire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}/injects/{inject}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skip an inject that has not been sent (facilitator) */
        post: operations["postDrillsByIdInjectsByInjectSkip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause the drill's clock (facilitator) */
        post: operations["postDrillsByIdPause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume the drill's clock, optionally at another speed (facilitator) */
        post: operations["postDrillsByIdResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: everything as NDJSON, one object per line (people, teams, templates, each incident with its status doc and whole timeline, postmortems); follow-ups are in each status doc */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow-ups across the incidents you can see (mine: owner=<you>; overdue=true), soonest due first */
        get: operations["getFollowUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: operations["postInboxByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your new notifications, live (text/event-stream) */
        get: operations["getInboxStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List incidents you can see */
        get: operations["getIncidents"];
        put?: never;
        /** Declare an incident */
        post: operations["postIncidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The status doc */
        get: operations["getIncidentsByRef"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change synopsis, severity, impact estimate or ETA */
        patch: operations["patchIncidentsByRef"];
        trace?: never;
    };
    "/api/v1/incidents/{ref}/abilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What you may do on this incident now (the web UI shows only these actions) */
        get: operations["getIncidentsByRefAbilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who may see this incident besides admins, and until when
         * @description Restricted incidents only: the declarer, the audience and people granted access keep it; responders and people paged keep it while involved and for the grace period after (MUSTER_RESTRICTED_GRACE_HOURS).
         */
        get: operations["getIncidentsByRefAccess"];
        put?: never;
        /** Give someone access to a restricted incident until it is revoked (IC or admin) */
        post: operations["postIncidentsByRefAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/access/{person}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an explicit grant (IC or admin); involvement and its grace period still count */
        delete: operations["deleteIncidentsByRefAccessByPerson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of the incident, concluded ones too */
        get: operations["getIncidentsByRefChanges"];
        put?: never;
        /** Propose a change (announced; objection window or clearance) */
        post: operations["postIncidentsByRefChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/changes/{id}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear a change (TL or IC) */
        post: operations["postIncidentsByRefChangesByIdClear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/changes/{id}/keep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep a change after observing it */
        post: operations["postIncidentsByRefChangesByIdKeep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/changes/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Object to a change, with a reason */
        post: operations["postIncidentsByRefChangesByIdObjections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/changes/{id}/objections/{objectionId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your objection */
        post: operations["postIncidentsByRefChangesByIdObjectionsByObjectionIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/changes/{id}/observe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the observed result */
        post: operations["postIncidentsByRefChangesByIdObserve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/changes/{id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Roll a change back */
        post: operations["postIncidentsByRefChangesByIdRollback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/changes/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a change (one at a time per system) */
        post: operations["postIncidentsByRefChangesByIdStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/changes/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a proposed change */
        post: operations["postIncidentsByRefChangesByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/channel/pins/{seq}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Pin a channel message or log entry (IC, Deputy, Tech Lead, Scribe) */
        put: operations["putIncidentsByRefChannelPinsBySeq"];
        post?: never;
        /** Unpin a message */
        delete: operations["deleteIncidentsByRefChannelPinsBySeq"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/channel/quiet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Quiet mode on or off (IC, Deputy, Tech Lead)
         * @description In quiet mode only the org tree posts in the channel; other messages go to a side thread that the Liaison (else the Comms Lead, else the IC) reads, and the sender sees that they did.
         */
        put: operations["putIncidentsByRefChannelQuiet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/channel/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for the floor in a quiet channel */
        post: operations["postIncidentsByRefChannelRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/channel/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give someone the floor while quiet mode lasts (IC, Deputy, Tech Lead) */
        post: operations["postIncidentsByRefChannelSpeakers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/channel/speakers/{person}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take the floor back, or turn a request for it down */
        delete: operations["deleteIncidentsByRefChannelSpeakersByPerson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident's checklists */
        get: operations["getIncidentsByRefChecklists"];
        put?: never;
        /** Attach a checklist from a template */
        post: operations["postIncidentsByRefChecklists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/checklists/{id}/items/{item}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check an item (records who and when) */
        post: operations["postIncidentsByRefChecklistsByIdItemsByItemCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/checklists/{id}/items/{item}/uncheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uncheck an item (records who and when) */
        post: operations["postIncidentsByRefChecklistsByIdItemsByItemUncheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/command/assume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assume command without a handover (the Deputy, the designated successor, or an admin)
         * @description For an IC who cannot go on (a dead laptop, gone quiet): recorded with the reason and announced to every responder, the declaration audience and the previous IC, who stays as a responder.
         */
        post: operations["postIncidentsByRefCommandAssume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/command/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take command back after stepping away */
        post: operations["postIncidentsByRefCommandResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/command/step-away": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step away from command until a time; the Deputy (or successor) commands meanwhile */
        post: operations["postIncidentsByRefCommandStepAway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/command/successor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Name who may assume command when there is no Deputy */
        put: operations["putIncidentsByRefCommandSuccessor"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/comms/audiences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Name the incident's audiences: stakeholder groups (and `public`, the status page); IC only */
        put: operations["putIncidentsByRefCommsAudiences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/comms/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stakeholder links given out for an incident (Comms Lead, IC, Liaisons) */
        get: operations["getIncidentsByRefCommsLinks"];
        put?: never;
        /** Give a stakeholder group a signed read-only link to the incident's updates (revocable) */
        post: operations["postIncidentsByRefCommsLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/comms/links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a stakeholder link: it stops working at once */
        delete: operations["deleteIncidentsByRefCommsLinksById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/comms/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask Comms a question (it goes to the Liaison or Comms Lead, not the responders' channel) */
        post: operations["postIncidentsByRefCommsQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/comms/questions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a stakeholder's question (Comms Lead, IC, or their Liaison); the asker is told */
        post: operations["postIncidentsByRefCommsQuestionsByIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/comms/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write an update for one audience (Comms Lead, IC, or the Liaison for that group); external audiences wait for the IC's approval */
        post: operations["postIncidentsByRefCommsUpdates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/comms/updates/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** IC: approve an update (with edits, recorded) and send it */
        post: operations["postIncidentsByRefCommsUpdatesByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/comms/updates/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** IC: reject an update, saying why */
        post: operations["postIncidentsByRefCommsUpdatesByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/comms/updates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What each member of the audience would receive, and whether it waits for approval */
        post: operations["postIncidentsByRefCommsUpdatesPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People committed to more than one running incident (checked in or being paged)
         * @description For an umbrella, across all its children. Only incidents the caller can see are named. Moving someone goes through their release here and check-in there.
         */
        get: operations["getIncidentsByRefConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a decision with its rationale */
        post: operations["postIncidentsByRefDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/dispatches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask a person or team to respond (needs an acknowledgement; escalates without one) */
        post: operations["postIncidentsByRefDispatches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/dispatches/{id}/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a dispatch to you (and check in) */
        post: operations["postIncidentsByRefDispatchesByIdAck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a follow-up (from a need, a decision, a change, the postmortem, or by hand) */
        post: operations["postIncidentsByRefFollowUps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/follow-ups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a follow-up: state (won't do needs a reason), owner, due time, priority, title */
        patch: operations["patchIncidentsByRefFollowUpsById"];
        trace?: never;
    };
    "/api/v1/incidents/{ref}/follow-ups/{id}/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open an issue for a follow-up in the configured tracker (GitHub); its state then syncs both ways */
        post: operations["postIncidentsByRefFollowUpsByIdTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Form a group with a lead */
        post: operations["postIncidentsByRefGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/groups/{group}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a whole group under another supervisor */
        post: operations["postIncidentsByRefGroupsByGroupMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incident's figures, computed from its record now */
        get: operations["getIncidentsByRefInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set where the response lives: chat channel, bridge, documents, dashboards
         * @description The whole list at once (http and https addresses only); those in command set it.
         */
        put: operations["putIncidentsByRefLinks"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a log entry (optionally a key event) */
        post: operations["postIncidentsByRefLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge this duplicate into another incident: it ends, its responders check in there, its audience is told
         * @description Ending with work in flight needs `confirm`, as for any end. The other incident's timeline references this one's key log entries and decisions.
         */
        post: operations["postIncidentsByRefMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post to the incident channel; anyone who can see the incident may, and messages from people not checked in are marked as freelancing */
        post: operations["postIncidentsByRefMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open needs from CAN reports, oldest first */
        get: operations["getIncidentsByRefNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/needs/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a need; the answer is linked to it and the reporter is told */
        post: operations["postIncidentsByRefNeedsByIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/needs/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a need to a responder to see to (command, or the supervisor the report went to) */
        post: operations["postIncidentsByRefNeedsByIdAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/needs/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a need (its reporter, or command) */
        post: operations["postIncidentsByRefNeedsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tell people or teams something (no answer expected) */
        post: operations["postIncidentsByRefNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set an objective (an outcome) with an owner */
        post: operations["postIncidentsByRefObjectives"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/objectives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an objective's text, owner or state */
        patch: operations["patchIncidentsByRefObjectivesById"];
        trace?: never;
    };
    "/api/v1/incidents/{ref}/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org tree, now or at a past moment */
        get: operations["getIncidentsByRefOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the next operational period (re-issues the plan, carrying open items over) */
        post: operations["postIncidentsByRefPeriods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current action plan */
        get: operations["getIncidentsByRefPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/postmortem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident's postmortem, with blame flags and overdue steps */
        get: operations["getIncidentsByRefPostmortem"];
        put?: never;
        /** Draft the postmortem now (it is drafted by itself when the incident ends) */
        post: operations["postIncidentsByRefPostmortem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/postmortem/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve it as a reviewer (someone who was in the response, not the owner) */
        post: operations["postIncidentsByRefPostmortemApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/postmortem/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a section */
        post: operations["postIncidentsByRefPostmortemComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/postmortem/comments/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a comment thread (or reopen it with resolved: false) */
        post: operations["postIncidentsByRefPostmortemCommentsByIdResolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/postmortem/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The postmortem as Markdown (?format=md) or a printable HTML page (?format=html) */
        get: operations["getIncidentsByRefPostmortemExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/postmortem/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Hand the postmortem to another owner */
        put: operations["putIncidentsByRefPostmortemOwner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/postmortem/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish it (the owner, after one reviewer's approval; blame flags must be reframed or kept with a reason) */
        post: operations["postIncidentsByRefPostmortemPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/postmortem/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send it for review (the owner) */
        post: operations["postIncidentsByRefPostmortemSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/postmortem/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the Markdown as a new version (409 VERSION_CONFLICT if someone saved since baseVersion) */
        put: operations["putIncidentsByRefPostmortemText"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the response kept the practices, from its record (Accept: text/markdown for the report) */
        get: operations["getIncidentsByRefPractices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link another incident (related, duplicate-of, caused-by); the other side shows the inverse */
        post: operations["postIncidentsByRefRelations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/relations/{other}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a link (from both sides) */
        delete: operations["deleteIncidentsByRefRelationsByOther"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a CAN report (conditions, actions, needs) */
        post: operations["postIncidentsByRefReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/responders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check in (to staging) */
        post: operations["postIncidentsByRefResponders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/responders/{person}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Release (demobilise) */
        delete: operations["deleteIncidentsByRefRespondersByPerson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/responders/{person}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place a checked-in person in the tree */
        post: operations["postIncidentsByRefRespondersByPersonAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/responders/{person}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a person (and their branch) to another supervisor */
        post: operations["postIncidentsByRefRespondersByPersonMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/roles/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Fill a vacant role */
        put: operations["putIncidentsByRefRolesByRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/roles/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who held which role from when to when */
        get: operations["getIncidentsByRefRolesHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark stable, end (with summary) or reopen (with reason) */
        post: operations["postIncidentsByRefStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live events (text/event-stream); resume with Last-Event-ID or ?after=SEQ */
        get: operations["getIncidentsByRefStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a named responder a time-boxed task */
        post: operations["postIncidentsByRefTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/tasks/{id}/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge your task */
        post: operations["postIncidentsByRefTasksByIdAck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a task */
        post: operations["postIncidentsByRefTasksByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/tasks/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report on your task (done, or more time) */
        post: operations["postIncidentsByRefTasksByIdReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events, oldest first */
        get: operations["getIncidentsByRefTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open transfer offers with their briefings */
        get: operations["getIncidentsByRefTransfers"];
        put?: never;
        /** Offer a role to someone, with a briefing */
        post: operations["postIncidentsByRefTransfers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/transfers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a transfer offer */
        post: operations["postIncidentsByRefTransfersByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/transfers/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a transfer offer */
        post: operations["postIncidentsByRefTransfersByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/transfers/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a transfer offer */
        post: operations["postIncidentsByRefTransfersByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/umbrella": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put this incident under an umbrella (its IC or Deputy, or the umbrella's IC)
         * @description The incident's IC then names a Liaison to the umbrella (role liaison:umbrella), who takes a seat in the umbrella's tree; until then both status docs warn LIAISON_MISSING.
         */
        put: operations["putIncidentsByRefUmbrella"];
        post?: never;
        /** Take this incident out of its umbrella */
        delete: operations["deleteIncidentsByRefUmbrella"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{ref}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post an update on the cadence (IC, Deputy or Comms Lead); resets next-update-due */
        post: operations["postIncidentsByRefUpdates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The live incident list (text/event-stream): an `incident` event with the list row whenever one you may see changes. First the rows matching ?status (default active,stable); with Last-Event-ID, every row changed since */
        get: operations["getIncidentsStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Insights over the ended incidents declared in a period (drills left out unless asked) */
        get: operations["getInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Insights as CSV: one row per incident, or per week and severity */
        get: operations["getInsightsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/github/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** GitHub webhook (issues events) for follow-ups synced to GitHub Issues; signed with the shared secret */
        post: operations["postIntegrationsGithubWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Postmortems of the incidents you can see, soonest due first (filter by stage or owner) */
        get: operations["getPostmortems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Schedules, each with who is on call now and next */
        get: operations["getSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A schedule: its layers, overrides, and who is on call */
        get: operations["getSchedulesBySlug"];
        /** Admin: create or replace a schedule */
        put: operations["putSchedulesBySlug"];
        post?: never;
        /** Admin: delete a schedule no team's escalation list names */
        delete: operations["deleteSchedulesBySlug"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{slug}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The schedule's signed iCalendar feed address */
        get: operations["getSchedulesBySlugCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{slug}/calendar/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin: revoke the schedule's feed address and make a new one */
        post: operations["postSchedulesBySlugCalendarRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{slug}/on-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is on call at a moment (default now), and who is next */
        get: operations["getSchedulesBySlugOnCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{slug}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put someone on call for a while (a swap, cover for a sick day) */
        post: operations["postSchedulesBySlugOverrides"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{slug}/overrides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an override */
        delete: operations["deleteSchedulesBySlugOverridesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{slug}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A schedule's shifts in a range (layers and overrides combined) */
        get: operations["getSchedulesBySlugShifts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, and the session's CSRF token */
        get: operations["getSession"];
        put?: never;
        /** Sign a browser in with an API token: sets the session cookie; the token is not kept */
        post: operations["postSession"];
        /** Sign this browser out: the session ends at once, on every instance */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stakeholder-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stakeholder groups: who hears about incidents, and whether their updates need the IC's approval */
        get: operations["getStakeholderGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stakeholder-groups/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: create or replace a stakeholder group (members: people, teams, outside email addresses) */
        put: operations["putStakeholderGroupsByName"];
        post?: never;
        /** Admin: remove a stakeholder group (incidents keep the copy they were given) */
        delete: operations["deleteStakeholderGroupsByName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/status-components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The status page's components (public updates name them with their state) */
        get: operations["getStatusComponents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/status-components/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: create or replace a status page component */
        put: operations["putStatusComponentsByName"];
        post?: never;
        /** Admin: remove a status page component */
        delete: operations["deleteStatusComponentsByName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams and their escalation lists (with who a page would ask now) */
        get: operations["getTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: create or replace a team */
        put: operations["putTeamsByName"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is qualified for which role (advice when assigning roles and handing over) */
        get: operations["getTrainingQualifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The qualification rules in force */
        get: operations["getTrainingRules"];
        /** Admin: replace the qualification rules (one rule per role; every requirement must be met) */
        put: operations["putTrainingRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone known to Muster (emails and admin flags: admins, and your own record, only) */
        get: operations["getUsers"];
        put?: never;
        /** Admin: create a person */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{handle}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your signed iCalendar feed address (an admin: anyone's) */
        get: operations["getUsersByHandleCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{handle}/calendar/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke your feed address and make a new one */
        post: operations["postUsersByHandleCalendarRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{handle}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's contact methods */
        get: operations["getUsersByHandleContacts"];
        put?: never;
        /** Add an email address or a webhook URL (a webhook's signing secret is shown once) */
        post: operations["postUsersByHandleContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{handle}/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact method */
        delete: operations["deleteUsersByHandleContactsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{handle}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin: deactivate a person (their tokens die at once; their name stays in every record) */
        post: operations["postUsersByHandleDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{handle}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin: reactivate a person (they need a new token) */
        post: operations["postUsersByHandleReactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{handle}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: give a person another organisation role (takes effect on their next request) */
        put: operations["putUsersByHandleRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{handle}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's on-call shifts on every schedule in a range */
        get: operations["getUsersByHandleShifts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{handle}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's tokens (never their secrets): themself, or an admin */
        get: operations["getUsersByHandleTokens"];
        put?: never;
        /** A new API token (shown once): admin, or the user for themself */
        post: operations["postUsersByHandleTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{handle}/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token: refused from that moment, on every instance */
        delete: operations["deleteUsersByHandleTokensById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{handle}/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's training record: incidents and drills, roles held and for how long, scores, and where they stand for each qualification */
        get: operations["getUsersByHandleTraining"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/mattermost/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mattermost button clicks on Muster's posts (signed context) */
        post: operations["postIntegrationsMattermostActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/mattermost/command": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mattermost slash command (/incident …), with its token */
        post: operations["postIntegrationsMattermostCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/mattermost/dialogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mattermost dialog submissions (signed state) */
        post: operations["postIntegrationsMattermostDialogs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/slack/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Slack slash command (/incident …), signed by Slack */
        post: operations["postIntegrationsSlackCommands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/slack/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Slack Events API (messages in incident channels), signed by Slack */
        post: operations["postIntegrationsSlackEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/slack/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Slack interactivity (buttons, modals), signed by Slack */
        post: operations["postIntegrationsSlackInteractions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Metrics in the Prometheus text format (the metrics token, or an admin's token) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: storage reachable, writable and migrated */
        get: operations["getReadyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stakeholder/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stakeholder group's read-only view of an incident (signed link; JSON with Accept: application/json) */
        get: operations["getStakeholderById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stakeholder/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the incident's communications lead a question from a stakeholder link (form or JSON) */
        post: operations["postStakeholderByIdQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public status page (HTML, no sign-in) */
        get: operations["getStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public status page's content for machines (no sign-in) */
        get: operations["getStatus.json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status/confirm/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirm a subscription (the signed link from the email) */
        get: operations["getStatusConfirmById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public updates as an Atom feed (no sign-in) */
        get: operations["getStatusFeed.atom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One public incident: every public update (HTML, or JSON with Accept: application/json) */
        get: operations["getStatusIncidentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscribe an email address (a confirmation link is sent first); form or JSON */
        post: operations["postStatusSubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status/unsubscribe/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unsubscribe in one click (the signed link in every email; POST for List-Unsubscribe-Post) */
        get: operations["getStatusUnsubscribeById"];
        put?: never;
        /** Unsubscribe in one click (the signed link in every email; POST for List-Unsubscribe-Post) */
        post: operations["postStatusUnsubscribeById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description What the caller may do on this incident now, judged by the same rules as the commands */
        Abilities: {
            /** @description Open needs (ids) the caller may answer */
            answerNeeds: string[];
            /** @description Approve or reject updates waiting for approval */
            approveUpdates: boolean;
            assignTasks: boolean;
            /** @description Take command without a handover, with a reason (Deputy, successor, admin) */
            assumeCommand: boolean;
            checkIn: boolean;
            clearChanges: boolean;
            command: boolean;
            handOverCommand: boolean;
            message: boolean;
            /** @description Control the channel: quiet mode and the floor (IC, Deputy, Tech Lead) */
            moderate: boolean;
            /** @description Name the stakeholder audiences */
            nameAudiences: boolean;
            /** @description People the caller may place others under, move or release */
            organise: string[];
            overrideChanges: boolean;
            /** @description Page people into the incident (IC, Deputy, group leads) */
            page: boolean;
            person: string;
            /** @description Pin and unpin channel messages */
            pin: boolean;
            /**
             * @description Where the caller's messages go now: quiet mode or a stakeholder's question sends them to the side thread
             * @enum {string}
             */
            postsTo: "channel" | "side-thread";
            postUpdate: boolean;
            report: boolean;
            responder: boolean;
            /** @description Take command back after stepping away */
            resumeCommand: boolean;
            setStatus: ("active" | "stable" | "ended")[];
            /** @description Audiences this person writes updates to and answers questions for */
            speakFor: string[];
            /** @description Whom the caller may put staged people under ("" is the IC position): IC, Deputy, group leads */
            staff: string[];
            /** @description Step away from command for a while, the Deputy acting */
            stepAway: boolean;
            takeCommand: boolean;
            /** @description Owners whose checklists the caller may tick */
            tickChecklists: string[];
            /** @description After the end: log entries and the Ending and Postmortem checklists */
            wrapUp: boolean;
        };
        /** @description What the caller may do on this incident now, judged by the same rules as the commands */
        AbilitiesInput: {
            /** @description Open needs (ids) the caller may answer */
            answerNeeds: string[];
            /** @description Approve or reject updates waiting for approval */
            approveUpdates: boolean;
            assignTasks: boolean;
            /** @description Take command without a handover, with a reason (Deputy, successor, admin) */
            assumeCommand: boolean;
            checkIn: boolean;
            clearChanges: boolean;
            command: boolean;
            handOverCommand: boolean;
            message: boolean;
            /** @description Control the channel: quiet mode and the floor (IC, Deputy, Tech Lead) */
            moderate: boolean;
            /** @description Name the stakeholder audiences */
            nameAudiences: boolean;
            /** @description People the caller may place others under, move or release */
            organise: string[];
            overrideChanges: boolean;
            /** @description Page people into the incident (IC, Deputy, group leads) */
            page: boolean;
            person: string;
            /** @description Pin and unpin channel messages */
            pin: boolean;
            /**
             * @description Where the caller's messages go now: quiet mode or a stakeholder's question sends them to the side thread
             * @enum {string}
             */
            postsTo: "channel" | "side-thread";
            postUpdate: boolean;
            report: boolean;
            responder: boolean;
            /** @description Take command back after stepping away */
            resumeCommand: boolean;
            setStatus: ("active" | "stable" | "ended")[];
            /** @description Audiences this person writes updates to and answers questions for */
            speakFor: string[];
            /** @description Whom the caller may put staged people under ("" is the IC position): IC, Deputy, group leads */
            staff: string[];
            /** @description Step away from command for a while, the Deputy acting */
            stepAway: boolean;
            takeCommand: boolean;
            /** @description Owners whose checklists the caller may tick */
            tickChecklists: string[];
            /** @description After the end: log entries and the Ending and Postmortem checklists */
            wrapUp: boolean;
        };
        Access: {
            /** @description How long access lasts after someone is no longer involved */
            graceHours: number;
            people: {
                /** @description Given access explicitly (until revoked) */
                granted: boolean;
                handle: string;
                /** @description When their access ends (null: while involved, or granted) */
                until: string | null;
            }[];
            /** @enum {string} */
            visibility: "open" | "restricted";
        };
        AccessInput: {
            /** @description How long access lasts after someone is no longer involved */
            graceHours: number;
            people: {
                /** @description Given access explicitly (until revoked) */
                granted: boolean;
                handle: string;
                /** @description When their access ends (null: while involved, or granted) */
                until: string | null;
            }[];
            /** @enum {string} */
            visibility: "open" | "restricted";
        };
        AlertGroup: {
            alerts: components["schemas"]["AlertLine"][];
            firing: number;
            /** @description ISO 8601 UTC */
            firstAt: string;
            groupKey: string;
            id: string;
            /** @description The incident tracking the group (null: none, or one you may not see) */
            incident: {
                id: string;
                name: string;
                number: number;
                status: string;
            } | null;
            labels: {
                [key: string]: string;
            };
            /** @description ISO 8601 UTC */
            lastAt: string;
            /** @description opened, attached, recorded, resolved (or opening while in flight) */
            outcome: string | null;
            /** @description Alerts received for the group, repeats included */
            received: number;
            resolved: number;
            /** @description The rule that routed it */
            rule: string | null;
            source: string;
            /** @enum {string} */
            status: "firing" | "resolved";
            title: string;
        };
        AlertGroupInput: {
            alerts: components["schemas"]["AlertLineInput"][];
            firing: number;
            /** @description ISO 8601 UTC */
            firstAt: string;
            groupKey: string;
            id: string;
            /** @description The incident tracking the group (null: none, or one you may not see) */
            incident: {
                id: string;
                name: string;
                number: number;
                status: string;
            } | null;
            labels: {
                [key: string]: string;
            };
            /** @description ISO 8601 UTC */
            lastAt: string;
            /** @description opened, attached, recorded, resolved (or opening while in flight) */
            outcome: string | null;
            /** @description Alerts received for the group, repeats included */
            received: number;
            resolved: number;
            /** @description The rule that routed it */
            rule: string | null;
            source: string;
            /** @enum {string} */
            status: "firing" | "resolved";
            title: string;
        };
        AlertLine: {
            endsAt: string | null;
            fingerprint: string;
            name: string;
            /** @description ISO 8601 UTC */
            startsAt: string;
            /** @enum {string} */
            status: "firing" | "resolved";
            summary: string;
            url: string | null;
        };
        AlertLineInput: {
            endsAt: string | null;
            fingerprint: string;
            name: string;
            /** @description ISO 8601 UTC */
            startsAt: string;
            /** @enum {string} */
            status: "firing" | "resolved";
            summary: string;
            url: string | null;
        };
        AlertRule: {
            /**
             * @description open: open an incident (or add to the open one tracking the group); record: keep the alerts only
             * @enum {string}
             */
            action: "open" | "record";
            /**
             * @description Alertmanager-style matchers on the group's common labels: severity="critical", service=~"db|cache", env!="dev"
             * @default []
             */
            match: string[];
            name: string;
            /**
             * @default {
             *       "people": [],
             *       "teams": []
             *     }
             */
            notify: {
                /** @default [] */
                people: string[];
                /** @default [] */
                teams: string[];
            };
            /** @default null */
            page: {
                /** @default 5 */
                ackMinutes: number;
                /**
                 * @description Page all of the team at once rather than along its escalation list
                 * @default false
                 */
                all: boolean;
                team: string;
            } | null;
            /**
             * @description Rules are tried in position order; the first match wins
             * @default 100
             */
            position: number;
            severity: string;
            /** @default severity */
            severityLabel: string;
            /**
             * @description Label value → severity, e.g. {"critical": "SEV-1", "warning": "SEV-3"}
             * @default {}
             */
            severityMap: {
                [key: string]: string;
            };
            /**
             * @description Only groups from these sources (empty: any)
             * @default []
             */
            sources: string[];
        };
        AlertRuleInput: {
            /**
             * @description open: open an incident (or add to the open one tracking the group); record: keep the alerts only
             * @enum {string}
             */
            action: "open" | "record";
            /**
             * @description Alertmanager-style matchers on the group's common labels: severity="critical", service=~"db|cache", env!="dev"
             * @default []
             */
            match: string[];
            name: string;
            /**
             * @default {
             *       "people": [],
             *       "teams": []
             *     }
             */
            notify: {
                /** @default [] */
                people: string[];
                /** @default [] */
                teams: string[];
            };
            /** @default null */
            page: {
                /** @default 5 */
                ackMinutes: number;
                /**
                 * @description Page all of the team at once rather than along its escalation list
                 * @default false
                 */
                all: boolean;
                team: string;
            } | null;
            /**
             * @description Rules are tried in position order; the first match wins
             * @default 100
             */
            position: number;
            severity: string;
            /** @default severity */
            severityLabel: string;
            /**
             * @description Label value → severity, e.g. {"critical": "SEV-1", "warning": "SEV-3"}
             * @default {}
             */
            severityMap: {
                [key: string]: string;
            };
            /**
             * @description Only groups from these sources (empty: any)
             * @default []
             */
            sources: string[];
        };
        AlertSource: {
            /** @description ISO 8601 UTC */
            createdAt: string;
            /** @enum {string} */
            kind: "alertmanager" | "grafana" | "generic";
            label: string;
            lastReceivedAt: string | null;
            name: string;
            /** @description Shown once, when created or rotated: the source sends it as `Authorization: Bearer <secret>` */
            secret?: string;
            /** @description Where the source posts (relative to the server unless MUSTER_PUBLIC_URL is set) */
            url: string;
        };
        AlertSourceInput: {
            /** @description ISO 8601 UTC */
            createdAt: string;
            /** @enum {string} */
            kind: "alertmanager" | "grafana" | "generic";
            label: string;
            lastReceivedAt: string | null;
            name: string;
            /** @description Shown once, when created or rotated: the source sends it as `Authorization: Bearer <secret>` */
            secret?: string;
            /** @description Where the source posts (relative to the server unless MUSTER_PUBLIC_URL is set) */
            url: string;
        };
        AttachedAlerts: {
            alerts: components["schemas"]["AlertLine"][];
            /** @description ISO 8601 UTC */
            attachedAt: string;
            attachedBy: string;
            firing: number;
            /** @description ISO 8601 UTC */
            firstAt: string;
            id: string;
            labels: {
                [key: string]: string;
            };
            /** @description ISO 8601 UTC */
            lastAt: string;
            /** @description The dispatch its attachment sent, if any */
            page?: string;
            resolved: number;
            source: string;
            /** @enum {string} */
            status: "firing" | "resolved";
            title: string;
        };
        AttachedAlertsInput: {
            alerts: components["schemas"]["AlertLineInput"][];
            /** @description ISO 8601 UTC */
            attachedAt: string;
            attachedBy: string;
            firing: number;
            /** @description ISO 8601 UTC */
            firstAt: string;
            id: string;
            labels: {
                [key: string]: string;
            };
            /** @description ISO 8601 UTC */
            lastAt: string;
            /** @description The dispatch its attachment sent, if any */
            page?: string;
            resolved: number;
            source: string;
            /** @enum {string} */
            status: "firing" | "resolved";
            title: string;
        };
        Audience: {
            approval: boolean;
            external: boolean;
            label: string;
            /** @description Teams expanded to their people when the audience was named */
            members: ({
                /** @enum {string} */
                channel: "in-app" | "email" | "webhook" | "all";
                handle: string;
                /** @constant */
                kind: "person";
            } | {
                address: string;
                /** @constant */
                kind: "email";
            })[];
            name: string;
        };
        AudienceInput: {
            approval: boolean;
            external: boolean;
            label: string;
            /** @description Teams expanded to their people when the audience was named */
            members: ({
                /** @enum {string} */
                channel: "in-app" | "email" | "webhook" | "all";
                handle: string;
                /** @constant */
                kind: "person";
            } | {
                address: string;
                /** @constant */
                kind: "email";
            })[];
            name: string;
        };
        BlameFlag: {
            message: string;
            /** @description Where the sentence starts in the Markdown */
            offset: number;
            rule: string;
            sentence: string;
            /** @description A systems framing to try instead */
            suggestion: string;
        };
        BlameFlagInput: {
            message: string;
            /** @description Where the sentence starts in the Markdown */
            offset: number;
            rule: string;
            sentence: string;
            /** @description A systems framing to try instead */
            suggestion: string;
        };
        Change: {
            clearedBy: string | null;
            concludedAt: string | null;
            id: string;
            objections: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                id: string;
                reason: string;
                /** @enum {string} */
                status: "open" | "withdrawn" | "overruled";
            }[];
            objectionWindowEndsAt: string | null;
            override: {
                by: string;
                reason: string;
            } | null;
            /** @description ISO 8601 UTC */
            proposedAt: string;
            proposedBy: string;
            result: string | null;
            /** @enum {string} */
            risk: "low" | "medium" | "high";
            rollbackPlan: string;
            startedAt: string | null;
            startedBy: string | null;
            /** @enum {string} */
            status: "proposed" | "queued" | "in-progress" | "observed" | "kept" | "rolled-back" | "withdrawn";
            system: string;
            what: string;
            why: string;
            /** @description True once the objection window was announced closed (the change may start) */
            windowClosed?: boolean;
        };
        ChangeInput: {
            clearedBy: string | null;
            concludedAt: string | null;
            id: string;
            objections: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                id: string;
                reason: string;
                /** @enum {string} */
                status: "open" | "withdrawn" | "overruled";
            }[];
            objectionWindowEndsAt: string | null;
            override: {
                by: string;
                reason: string;
            } | null;
            /** @description ISO 8601 UTC */
            proposedAt: string;
            proposedBy: string;
            result: string | null;
            /** @enum {string} */
            risk: "low" | "medium" | "high";
            rollbackPlan: string;
            startedAt: string | null;
            startedBy: string | null;
            /** @enum {string} */
            status: "proposed" | "queued" | "in-progress" | "observed" | "kept" | "rolled-back" | "withdrawn";
            system: string;
            what: string;
            why: string;
            /** @description True once the objection window was announced closed (the change may start) */
            windowClosed?: boolean;
        };
        /** @description Channel discipline: quiet mode, the floor, pinned messages */
        ChannelFloor: {
            pinned: {
                author: string;
                /** @description ISO 8601 UTC */
                pinnedAt: string;
                pinnedBy: string;
                seq: number;
                text: string;
            }[];
            /** @description Only the org tree (and those given the floor) post in the channel */
            quiet: boolean;
            quietBy: string | null;
            quietSince: string | null;
            /** @description Waiting for the floor */
            requests: {
                /** @description ISO 8601 UTC */
                at: string;
                person: string;
                text: string;
            }[];
            /** @description Given the floor while quiet mode lasts */
            speakers: string[];
        };
        /** @description Channel discipline: quiet mode, the floor, pinned messages */
        ChannelFloorInput: {
            pinned: {
                author: string;
                /** @description ISO 8601 UTC */
                pinnedAt: string;
                pinnedBy: string;
                seq: number;
                text: string;
            }[];
            /** @description Only the org tree (and those given the floor) post in the channel */
            quiet: boolean;
            quietBy: string | null;
            quietSince: string | null;
            /** @description Waiting for the floor */
            requests: {
                /** @description ISO 8601 UTC */
                at: string;
                person: string;
                text: string;
            }[];
            /** @description Given the floor while quiet mode lasts */
            speakers: string[];
        };
        ChatIdentity: {
            externalId: string;
            handle: string;
            /**
             * @description admin: set by an admin; email: matched by email address
             * @enum {string}
             */
            source: "email" | "admin";
            updatedAt: string;
        };
        ChatIdentityInput: {
            externalId: string;
            handle: string;
            /**
             * @description admin: set by an admin; email: matched by email address
             * @enum {string}
             */
            source: "email" | "admin";
            updatedAt: string;
        };
        Checklist: {
            /** @description ISO 8601 UTC */
            attachedAt: string;
            id: string;
            items: {
                checkedAt: string | null;
                checkedBy: string | null;
                id: string;
                text: string;
            }[];
            name: string;
            owner: string;
            templateId: string;
            trigger: string;
        };
        ChecklistInput: {
            /** @description ISO 8601 UTC */
            attachedAt: string;
            id: string;
            items: {
                checkedAt: string | null;
                checkedBy: string | null;
                id: string;
                text: string;
            }[];
            name: string;
            owner: string;
            templateId: string;
            trigger: string;
        };
        ChecklistTemplate: {
            id: string;
            items: string[];
            name: string;
            trigger: string;
        };
        ChecklistTemplateInput: {
            id: string;
            items: string[];
            name: string;
            trigger: string;
        };
        CommandResult: {
            /** @description Alert groups the incident tracks: firing ones first, then newest */
            alerts: components["schemas"]["AttachedAlerts"][];
            cadenceMinutes: number;
            changes: components["schemas"]["Change"][];
            channel: components["schemas"]["ChannelFloor"];
            checklists: components["schemas"]["Checklist"][];
            /** @description Who takes command if the IC cannot go on */
            command: {
                /** @description The IC stepped away until `until`; `acting` commands meanwhile */
                away: {
                    acting: string;
                    commander: string;
                    notes: string;
                    /** @description ISO 8601 UTC */
                    until: string;
                } | null;
                /** @description The Deputy, else the designated successor */
                nextInLine: string | null;
                successor: string | null;
            };
            commander: string | null;
            commanderOpenItems: {
                checklist: string;
                checklistId: string;
                itemId: string;
                text: string;
            }[];
            commanderWanted: boolean;
            /** @description Stakeholder communications: audiences, updates, cadence per audience, questions */
            comms: components["schemas"]["Comms"];
            decisions: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                decidedBy: string;
                decision: string;
                objectiveId?: string | null;
                rationale: string;
                seq: number;
            }[];
            /** @description ISO 8601 UTC */
            declaredAt: string;
            declaredBy: string;
            dispatches: {
                ackMinutes: number;
                acknowledgedAt: string | null;
                acknowledgedBy: string | null;
                /** @description Page all: everyone on the list was asked at once */
                all?: boolean;
                escalation: string[];
                id: string;
                level: number;
                /** @description ISO 8601 UTC */
                levelSince: string;
                message: string;
                /** @description Who on the list was there for being on call, and on which schedule, when paged */
                onCall?: {
                    person: string;
                    schedule: string;
                }[];
                /** @description ISO 8601 UTC */
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: "waiting" | "acknowledged" | "exhausted" | "cancelled";
                target: {
                    person: string;
                } | {
                    team: string;
                };
            }[];
            endedAt: string | null;
            endedBy: string | null;
            eta: string | null;
            events: components["schemas"]["Event"][];
            /** @description Action items: open ones first, soonest due first */
            followUps: components["schemas"]["FollowUp"][];
            id: string;
            impact: string | null;
            /** @enum {string} */
            kind: "real" | "drill" | "planned";
            lastUpdate: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                text: string;
            } | null;
            /** @description Where the response lives: chat channel, bridge, documents, dashboards */
            links: components["schemas"]["IncidentLink"][];
            name: string;
            /** @description Open needs from CAN reports, oldest first: the IC or the supervisor answers or gives them to someone */
            needs: components["schemas"]["Need"][];
            /** @description When the next update is due on the severity's cadence */
            nextUpdateDueAt: string | null;
            number: number;
            plan: {
                objectives: components["schemas"]["Objective"][];
                period: number;
                /** @description ISO 8601 UTC */
                periodEndsAt: string;
                /** @description ISO 8601 UTC */
                periodStartedAt: string;
                tasks: components["schemas"]["Task"][];
            };
            relations: components["schemas"]["Relations"];
            reports: {
                actions: string;
                /** @description ISO 8601 UTC */
                at: string;
                conditions: string;
                depth: number;
                needs: string;
                /** @enum {string} */
                placement: "tree" | "staging" | "released";
                reporter: string;
                roles: string[];
                seq: number;
                supervisor: string | null;
            }[];
            responderCounts: {
                assigned: number;
                available: number;
                released: number;
            };
            roles: {
                acting: boolean;
                badge: string;
                holders: string[];
                label: string;
                role: string;
            }[];
            seq: number;
            severity: string;
            severityDefinition: string | null;
            staging: {
                /** @description ISO 8601 UTC */
                checkedInAt: string;
                note: string | null;
                person: string;
                skills: string[];
            }[];
            /** @enum {string} */
            status: "active" | "stable" | "ended";
            /** @description ISO 8601 UTC */
            statusChangedAt: string;
            summary: string | null;
            synopsis: string;
            transfers: components["schemas"]["TransferSummary"][];
            /** @description ISO 8601 UTC */
            updatedAt: string;
            updateOverdue: boolean;
            /** @enum {string} */
            visibility: "open" | "restricted";
            warnings: components["schemas"]["OrgWarning"][];
        };
        CommandResultInput: {
            /** @description Alert groups the incident tracks: firing ones first, then newest */
            alerts: components["schemas"]["AttachedAlertsInput"][];
            cadenceMinutes: number;
            changes: components["schemas"]["ChangeInput"][];
            channel: components["schemas"]["ChannelFloorInput"];
            checklists: components["schemas"]["ChecklistInput"][];
            /** @description Who takes command if the IC cannot go on */
            command: {
                /** @description The IC stepped away until `until`; `acting` commands meanwhile */
                away: {
                    acting: string;
                    commander: string;
                    notes: string;
                    /** @description ISO 8601 UTC */
                    until: string;
                } | null;
                /** @description The Deputy, else the designated successor */
                nextInLine: string | null;
                successor: string | null;
            };
            commander: string | null;
            commanderOpenItems: {
                checklist: string;
                checklistId: string;
                itemId: string;
                text: string;
            }[];
            commanderWanted: boolean;
            /** @description Stakeholder communications: audiences, updates, cadence per audience, questions */
            comms: components["schemas"]["CommsInput"];
            decisions: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                decidedBy: string;
                decision: string;
                objectiveId?: string | null;
                rationale: string;
                seq: number;
            }[];
            /** @description ISO 8601 UTC */
            declaredAt: string;
            declaredBy: string;
            dispatches: {
                ackMinutes: number;
                acknowledgedAt: string | null;
                acknowledgedBy: string | null;
                /** @description Page all: everyone on the list was asked at once */
                all?: boolean;
                escalation: string[];
                id: string;
                level: number;
                /** @description ISO 8601 UTC */
                levelSince: string;
                message: string;
                /** @description Who on the list was there for being on call, and on which schedule, when paged */
                onCall?: {
                    person: string;
                    schedule: string;
                }[];
                /** @description ISO 8601 UTC */
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: "waiting" | "acknowledged" | "exhausted" | "cancelled";
                target: {
                    person: string;
                } | {
                    team: string;
                };
            }[];
            endedAt: string | null;
            endedBy: string | null;
            eta: string | null;
            events: components["schemas"]["EventInput"][];
            /** @description Action items: open ones first, soonest due first */
            followUps: components["schemas"]["FollowUpInput"][];
            id: string;
            impact: string | null;
            /** @enum {string} */
            kind: "real" | "drill" | "planned";
            lastUpdate: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                text: string;
            } | null;
            /** @description Where the response lives: chat channel, bridge, documents, dashboards */
            links: components["schemas"]["IncidentLinkInput"][];
            name: string;
            /** @description Open needs from CAN reports, oldest first: the IC or the supervisor answers or gives them to someone */
            needs: components["schemas"]["NeedInput"][];
            /** @description When the next update is due on the severity's cadence */
            nextUpdateDueAt: string | null;
            number: number;
            plan: {
                objectives: components["schemas"]["ObjectiveInput"][];
                period: number;
                /** @description ISO 8601 UTC */
                periodEndsAt: string;
                /** @description ISO 8601 UTC */
                periodStartedAt: string;
                tasks: components["schemas"]["TaskInput"][];
            };
            relations: components["schemas"]["RelationsInput"];
            reports: {
                actions: string;
                /** @description ISO 8601 UTC */
                at: string;
                conditions: string;
                depth: number;
                needs: string;
                /** @enum {string} */
                placement: "tree" | "staging" | "released";
                reporter: string;
                roles: string[];
                seq: number;
                supervisor: string | null;
            }[];
            responderCounts: {
                assigned: number;
                available: number;
                released: number;
            };
            roles: {
                acting: boolean;
                badge: string;
                holders: string[];
                label: string;
                role: string;
            }[];
            seq: number;
            severity: string;
            severityDefinition: string | null;
            staging: {
                /** @description ISO 8601 UTC */
                checkedInAt: string;
                note: string | null;
                person: string;
                skills: string[];
            }[];
            /** @enum {string} */
            status: "active" | "stable" | "ended";
            /** @description ISO 8601 UTC */
            statusChangedAt: string;
            summary: string | null;
            synopsis: string;
            transfers: components["schemas"]["TransferSummaryInput"][];
            /** @description ISO 8601 UTC */
            updatedAt: string;
            updateOverdue: boolean;
            /** @enum {string} */
            visibility: "open" | "restricted";
            warnings: components["schemas"]["OrgWarningInput"][];
        };
        Comms: {
            audiences: components["schemas"]["Audience"][];
            /** @description Per audience that has heard anything: when its next update is owed (null: it heard the end) */
            nextDue: {
                [key: string]: string | null;
            };
            /** @description Unanswered first */
            questions: components["schemas"]["StakeholderQuestion"][];
            /** @description Newest first */
            updates: components["schemas"]["CommsUpdate"][];
        };
        CommsInput: {
            audiences: components["schemas"]["AudienceInput"][];
            /** @description Per audience that has heard anything: when its next update is owed (null: it heard the end) */
            nextDue: {
                [key: string]: string | null;
            };
            /** @description Unanswered first */
            questions: components["schemas"]["StakeholderQuestionInput"][];
            /** @description Newest first */
            updates: components["schemas"]["CommsUpdateInput"][];
        };
        CommsUpdate: {
            audience: string;
            components: {
                [key: string]: "operational" | "degraded" | "partial-outage" | "major-outage" | "maintenance";
            };
            decidedAt: string | null;
            decidedBy: string | null;
            /** @description ISO 8601 UTC */
            draftedAt: string;
            draftedBy: string;
            edited: string[];
            id: string;
            impact: string;
            nextUpdateAt: string | null;
            publishedAt: string | null;
            rejectReason: string | null;
            /** @enum {string} */
            stage: "investigating" | "identified" | "monitoring" | "resolved" | "scheduled" | "in-progress" | "completed";
            /** @enum {string} */
            status: "pending-approval" | "published" | "rejected";
            text: string;
            title: string;
            workaround: string | null;
        };
        CommsUpdateInput: {
            audience: string;
            components: {
                [key: string]: "operational" | "degraded" | "partial-outage" | "major-outage" | "maintenance";
            };
            decidedAt: string | null;
            decidedBy: string | null;
            /** @description ISO 8601 UTC */
            draftedAt: string;
            draftedBy: string;
            edited: string[];
            id: string;
            impact: string;
            nextUpdateAt: string | null;
            publishedAt: string | null;
            rejectReason: string | null;
            /** @enum {string} */
            stage: "investigating" | "identified" | "monitoring" | "resolved" | "scheduled" | "in-progress" | "completed";
            /** @enum {string} */
            status: "pending-approval" | "published" | "rejected";
            text: string;
            title: string;
            workaround: string | null;
        };
        Config: {
            defaultSeverity: string;
            kinds: ("real" | "drill" | "planned")[];
            longShiftHours: number;
            objectionWindowSeconds: {
                low: number;
                medium: number;
            };
            periodMinutes: {
                [key: string]: number;
            };
            reminderLeadMinutes: number;
            roles: {
                actingWhileVacant: boolean;
                badge: string;
                label: string;
                multiHolder: boolean;
                name: string;
            }[];
            /** @description In order, most severe first */
            severities: {
                definition: string;
                level: string;
                response: string;
            }[];
            spanOfControlMax: number;
            statuses: ("active" | "stable" | "ended")[];
            /** @description Where follow-ups are synced (null: nowhere) */
            tracker: {
                /** @constant */
                provider: "github";
                repository: string;
                /**
                 * @description `all`: every follow-up gets an issue; `on-request`: when asked
                 * @enum {string}
                 */
                sync: "all" | "on-request";
            } | null;
            transferReminderMinutes: number;
            updateCadenceMinutes: {
                [key: string]: number;
            };
            visibilities: ("open" | "restricted")[];
        };
        ConfigInput: {
            defaultSeverity: string;
            kinds: ("real" | "drill" | "planned")[];
            longShiftHours: number;
            objectionWindowSeconds: {
                low: number;
                medium: number;
            };
            periodMinutes: {
                [key: string]: number;
            };
            reminderLeadMinutes: number;
            roles: {
                actingWhileVacant: boolean;
                badge: string;
                label: string;
                multiHolder: boolean;
                name: string;
            }[];
            /** @description In order, most severe first */
            severities: {
                definition: string;
                level: string;
                response: string;
            }[];
            spanOfControlMax: number;
            statuses: ("active" | "stable" | "ended")[];
            /** @description Where follow-ups are synced (null: nowhere) */
            tracker: {
                /** @constant */
                provider: "github";
                repository: string;
                /**
                 * @description `all`: every follow-up gets an issue; `on-request`: when asked
                 * @enum {string}
                 */
                sync: "all" | "on-request";
            } | null;
            transferReminderMinutes: number;
            updateCadenceMinutes: {
                [key: string]: number;
            };
            visibilities: ("open" | "restricted")[];
        };
        ConsumerHealth: {
            eventsBehind: number;
            failures: number;
            incidentsBehind: number;
            lastError: string | null;
            lastErrorAt: string | null;
            lastHandledAt: string | null;
            leaseExpiresAt: string | null;
            name: string;
            /** @description When the oldest event not yet handled was committed */
            oldestPendingAt: string | null;
            /** @description The instance holding the lease (null: nobody now) */
            owner: string | null;
        };
        ConsumerHealthInput: {
            eventsBehind: number;
            failures: number;
            incidentsBehind: number;
            lastError: string | null;
            lastErrorAt: string | null;
            lastHandledAt: string | null;
            leaseExpiresAt: string | null;
            name: string;
            /** @description When the oldest event not yet handled was committed */
            oldestPendingAt: string | null;
            /** @description The instance holding the lease (null: nobody now) */
            owner: string | null;
        };
        DrillRun: {
            clock: {
                /** @description Drill time now (ms since the start, at the drill's speed) */
                elapsedMs: number;
                /** @description The scenario's length in drill time */
                lengthMs: number;
            };
            endedAt: string | null;
            endedReason: string | null;
            facilitator: string;
            id: string;
            incident: {
                id: string;
                name: string;
                number: number;
            } | null;
            injects: {
                adhoc: boolean;
                /** @description Drill time it was sent or skipped */
                doneAtMs: number | null;
                /** @description Drill time it is due (ms from the start); null while it waits on a condition */
                dueAtMs: number | null;
                /** @description The facilitator asked for it now */
                early: boolean;
                id: string;
                /** @enum {string} */
                state: "pending" | "fired" | "skipped";
                text: string;
                title: string;
                /** @description alert, message, finding, question, change-goes-wrong, arrival, drop-out… */
                type: string;
                /** @description The scenario's timing in words: 'at 10m', '2m after the first can.reported' */
                when: string;
            }[];
            participants: string[];
            scenario: {
                /** @description Who the scenario plays */
                cast: {
                    id: string;
                    name: string;
                }[];
                id: string;
                passMark: number;
                title: string;
            };
            slots: {
                [key: string]: string;
            };
            speed: number;
            startedAt: string;
            /** @enum {string} */
            status: "running" | "paused" | "ended";
        };
        DrillRunInput: {
            clock: {
                /** @description Drill time now (ms since the start, at the drill's speed) */
                elapsedMs: number;
                /** @description The scenario's length in drill time */
                lengthMs: number;
            };
            endedAt: string | null;
            endedReason: string | null;
            facilitator: string;
            id: string;
            incident: {
                id: string;
                name: string;
                number: number;
            } | null;
            injects: {
                adhoc: boolean;
                /** @description Drill time it was sent or skipped */
                doneAtMs: number | null;
                /** @description Drill time it is due (ms from the start); null while it waits on a condition */
                dueAtMs: number | null;
                /** @description The facilitator asked for it now */
                early: boolean;
                id: string;
                /** @enum {string} */
                state: "pending" | "fired" | "skipped";
                text: string;
                title: string;
                /** @description alert, message, finding, question, change-goes-wrong, arrival, drop-out… */
                type: string;
                /** @description The scenario's timing in words: 'at 10m', '2m after the first can.reported' */
                when: string;
            }[];
            participants: string[];
            scenario: {
                /** @description Who the scenario plays */
                cast: {
                    id: string;
                    name: string;
                }[];
                id: string;
                passMark: number;
                title: string;
            };
            slots: {
                [key: string]: string;
            };
            speed: number;
            startedAt: string;
            /** @enum {string} */
            status: "running" | "paused" | "ended";
        };
        DurationStat: {
            count: number;
            meanMs: number | null;
            medianMs: number | null;
            p90Ms: number | null;
        };
        DurationStatInput: {
            count: number;
            meanMs: number | null;
            medianMs: number | null;
            p90Ms: number | null;
        };
        /** @description A timeline event */
        Event: {
            actor: string;
            /** @description Roles the actor held at that moment */
            actorRoles: string[];
            /** @description ISO 8601 UTC */
            at: string;
            data: {
                [key: string]: unknown;
            };
            seq: number;
            /** @description <resource>.<verb>, e.g. can.reported */
            type: string;
        };
        /** @description A timeline event */
        EventInput: {
            actor: string;
            /** @description Roles the actor held at that moment */
            actorRoles: string[];
            /** @description ISO 8601 UTC */
            at: string;
            data: {
                [key: string]: unknown;
            };
            seq: number;
            /** @description <resource>.<verb>, e.g. can.reported */
            type: string;
        };
        FollowUp: {
            /** @description ISO 8601 UTC */
            createdAt: string;
            createdBy: string;
            doneAt: string | null;
            dueAt: string | null;
            id: string;
            /** @description When its owner was told it is overdue */
            overdueAt: string | null;
            owner: string;
            /** @enum {string} */
            priority: "high" | "medium" | "low";
            /** @description Why it will not be done */
            reason: string | null;
            source: {
                /** @enum {string} */
                kind: "need" | "decision" | "change" | "postmortem" | "manual";
                /** @description The need or change id, or the decision's event seq */
                ref: string | null;
                /** @description The postmortem section it belongs to */
                section: string | null;
            };
            /** @enum {string} */
            state: "open" | "in-progress" | "done" | "wont-do";
            title: string;
            /** @description The issue it is synced with; `requested` while it is being created; absent when not tracked */
            tracker?: "requested" | {
                /** @description owner/repo#12 */
                key: string;
                /** @constant */
                provider: "github";
                url: string;
            };
            /** @description ISO 8601 UTC */
            updatedAt: string;
        };
        FollowUpInput: {
            /** @description ISO 8601 UTC */
            createdAt: string;
            createdBy: string;
            doneAt: string | null;
            dueAt: string | null;
            id: string;
            /** @description When its owner was told it is overdue */
            overdueAt: string | null;
            owner: string;
            /** @enum {string} */
            priority: "high" | "medium" | "low";
            /** @description Why it will not be done */
            reason: string | null;
            source: {
                /** @enum {string} */
                kind: "need" | "decision" | "change" | "postmortem" | "manual";
                /** @description The need or change id, or the decision's event seq */
                ref: string | null;
                /** @description The postmortem section it belongs to */
                section: string | null;
            };
            /** @enum {string} */
            state: "open" | "in-progress" | "done" | "wont-do";
            title: string;
            /** @description The issue it is synced with; `requested` while it is being created; absent when not tracked */
            tracker?: "requested" | {
                /** @description owner/repo#12 */
                key: string;
                /** @constant */
                provider: "github";
                url: string;
            };
            /** @description ISO 8601 UTC */
            updatedAt: string;
        };
        IncidentInsights: {
            changes: number;
            changesRolledBack: number;
            commandHandovers: number;
            /** @description ISO 8601 UTC */
            declaredAt: string;
            detectedAt: string | null;
            endedAt: string | null;
            followUps: {
                closedAt: string | null;
                /** @description ISO 8601 UTC */
                createdAt: string;
                dueAt: string | null;
                /** @enum {string} */
                state: "open" | "in-progress" | "done" | "wont-do";
            }[];
            freelancingMessages: number;
            handovers: number;
            incidentId: string;
            /** @enum {string} */
            kind: "real" | "drill" | "planned";
            mitigatedAt: string | null;
            name: string;
            number: number;
            postmortem: {
                /** @description ISO 8601 UTC */
                publishDue: string;
                publishedAt: string | null;
                stage: string;
            } | null;
            /** @description The highest it reached */
            severity: string;
            spanWarnings: number;
            timeToCommanderMs: number | null;
            timeToDeclareMs: number | null;
            timeToEndMs: number | null;
            timeToFirstCanMs: number | null;
            timeToMitigateMs: number | null;
            updatesMissed: number;
            updatesOnTime: number;
        };
        IncidentInsightsInput: {
            changes: number;
            changesRolledBack: number;
            commandHandovers: number;
            /** @description ISO 8601 UTC */
            declaredAt: string;
            detectedAt: string | null;
            endedAt: string | null;
            followUps: {
                closedAt: string | null;
                /** @description ISO 8601 UTC */
                createdAt: string;
                dueAt: string | null;
                /** @enum {string} */
                state: "open" | "in-progress" | "done" | "wont-do";
            }[];
            freelancingMessages: number;
            handovers: number;
            incidentId: string;
            /** @enum {string} */
            kind: "real" | "drill" | "planned";
            mitigatedAt: string | null;
            name: string;
            number: number;
            postmortem: {
                /** @description ISO 8601 UTC */
                publishDue: string;
                publishedAt: string | null;
                stage: string;
            } | null;
            /** @description The highest it reached */
            severity: string;
            spanWarnings: number;
            timeToCommanderMs: number | null;
            timeToDeclareMs: number | null;
            timeToEndMs: number | null;
            timeToFirstCanMs: number | null;
            timeToMitigateMs: number | null;
            updatesMissed: number;
            updatesOnTime: number;
        };
        IncidentLink: {
            label: string;
            url: string;
        };
        IncidentLinkInput: {
            label: string;
            url: string;
        };
        IncidentRef: {
            id: string;
            name: string;
            number: number;
        };
        IncidentRefInput: {
            id: string;
            name: string;
            number: number;
        };
        InsightFigures: {
            /** @description 0–1; null when nothing was due */
            cadenceKept: number | null;
            changes: number;
            changesRolledBack: number;
            commandHandovers: number;
            durations: {
                /** @description Declaration to the first Incident Commander */
                timeToCommanderMs: components["schemas"]["DurationStat"];
                /** @description Detection to declaration (incidents declared with a detection time) */
                timeToDeclareMs: components["schemas"]["DurationStat"];
                /** @description Detection (else declaration) to the end */
                timeToEndMs: components["schemas"]["DurationStat"];
                /** @description Declaration to the first CAN report */
                timeToFirstCanMs: components["schemas"]["DurationStat"];
                /** @description Detection (else declaration) to first stable */
                timeToMitigateMs: components["schemas"]["DurationStat"];
            };
            followUps: {
                done: number;
                doneOnTime: number;
                open: number;
                overdue: number;
                total: number;
                wontDo: number;
            };
            /** @description 0–1; null when nothing was due */
            followUpsOnTime: number | null;
            freelancingMessages: number;
            handovers: number;
            incidents: number;
            postmortems: {
                late: number;
                none: number;
                onSchedule: number;
                pending: number;
                published: number;
            };
            /** @description 0–1; null when nothing was due */
            postmortemsOnSchedule: number | null;
            spanWarnings: number;
            updatesMissed: number;
            updatesOnTime: number;
        };
        InsightFiguresInput: {
            /** @description 0–1; null when nothing was due */
            cadenceKept: number | null;
            changes: number;
            changesRolledBack: number;
            commandHandovers: number;
            durations: {
                /** @description Declaration to the first Incident Commander */
                timeToCommanderMs: components["schemas"]["DurationStatInput"];
                /** @description Detection to declaration (incidents declared with a detection time) */
                timeToDeclareMs: components["schemas"]["DurationStatInput"];
                /** @description Detection (else declaration) to the end */
                timeToEndMs: components["schemas"]["DurationStatInput"];
                /** @description Declaration to the first CAN report */
                timeToFirstCanMs: components["schemas"]["DurationStatInput"];
                /** @description Detection (else declaration) to first stable */
                timeToMitigateMs: components["schemas"]["DurationStatInput"];
            };
            followUps: {
                done: number;
                doneOnTime: number;
                open: number;
                overdue: number;
                total: number;
                wontDo: number;
            };
            /** @description 0–1; null when nothing was due */
            followUpsOnTime: number | null;
            freelancingMessages: number;
            handovers: number;
            incidents: number;
            postmortems: {
                late: number;
                none: number;
                onSchedule: number;
                pending: number;
                published: number;
            };
            /** @description 0–1; null when nothing was due */
            postmortemsOnSchedule: number | null;
            spanWarnings: number;
            updatesMissed: number;
            updatesOnTime: number;
        };
        Insights: {
            /** @description By the highest severity each reached */
            bySeverity: {
                /** @description 0–1; null when nothing was due */
                cadenceKept: number | null;
                changes: number;
                changesRolledBack: number;
                commandHandovers: number;
                durations: {
                    /** @description Declaration to the first Incident Commander */
                    timeToCommanderMs: components["schemas"]["DurationStat"];
                    /** @description Detection to declaration (incidents declared with a detection time) */
                    timeToDeclareMs: components["schemas"]["DurationStat"];
                    /** @description Detection (else declaration) to the end */
                    timeToEndMs: components["schemas"]["DurationStat"];
                    /** @description Declaration to the first CAN report */
                    timeToFirstCanMs: components["schemas"]["DurationStat"];
                    /** @description Detection (else declaration) to first stable */
                    timeToMitigateMs: components["schemas"]["DurationStat"];
                };
                followUps: {
                    done: number;
                    doneOnTime: number;
                    open: number;
                    overdue: number;
                    total: number;
                    wontDo: number;
                };
                /** @description 0–1; null when nothing was due */
                followUpsOnTime: number | null;
                freelancingMessages: number;
                handovers: number;
                incidents: number;
                postmortems: {
                    late: number;
                    none: number;
                    onSchedule: number;
                    pending: number;
                    published: number;
                };
                /** @description 0–1; null when nothing was due */
                postmortemsOnSchedule: number | null;
                severity: string;
                spanWarnings: number;
                updatesMissed: number;
                updatesOnTime: number;
            }[];
            drills: boolean;
            /** @description ISO 8601 UTC */
            from: string;
            overall: components["schemas"]["InsightFigures"];
            /** @description The severities present, most severe first */
            severities: string[];
            /** @description ISO 8601 UTC */
            to: string;
            weeks: {
                /** @description 0–1; null when nothing was due */
                cadenceKept: number | null;
                followUpsClosed: number;
                /** @description Open at the week's end */
                followUpsOpen: number;
                followUpsOpened: number;
                incidents: {
                    [key: string]: number | null;
                };
                medianTimeToEndMs: {
                    [key: string]: number | null;
                };
                medianTimeToMitigateMs: {
                    [key: string]: number | null;
                };
                /** @description Monday (UTC) the week starts */
                week: string;
            }[];
        };
        InsightsInput: {
            /** @description By the highest severity each reached */
            bySeverity: {
                /** @description 0–1; null when nothing was due */
                cadenceKept: number | null;
                changes: number;
                changesRolledBack: number;
                commandHandovers: number;
                durations: {
                    /** @description Declaration to the first Incident Commander */
                    timeToCommanderMs: components["schemas"]["DurationStatInput"];
                    /** @description Detection to declaration (incidents declared with a detection time) */
                    timeToDeclareMs: components["schemas"]["DurationStatInput"];
                    /** @description Detection (else declaration) to the end */
                    timeToEndMs: components["schemas"]["DurationStatInput"];
                    /** @description Declaration to the first CAN report */
                    timeToFirstCanMs: components["schemas"]["DurationStatInput"];
                    /** @description Detection (else declaration) to first stable */
                    timeToMitigateMs: components["schemas"]["DurationStatInput"];
                };
                followUps: {
                    done: number;
                    doneOnTime: number;
                    open: number;
                    overdue: number;
                    total: number;
                    wontDo: number;
                };
                /** @description 0–1; null when nothing was due */
                followUpsOnTime: number | null;
                freelancingMessages: number;
                handovers: number;
                incidents: number;
                postmortems: {
                    late: number;
                    none: number;
                    onSchedule: number;
                    pending: number;
                    published: number;
                };
                /** @description 0–1; null when nothing was due */
                postmortemsOnSchedule: number | null;
                severity: string;
                spanWarnings: number;
                updatesMissed: number;
                updatesOnTime: number;
            }[];
            drills: boolean;
            /** @description ISO 8601 UTC */
            from: string;
            overall: components["schemas"]["InsightFiguresInput"];
            /** @description The severities present, most severe first */
            severities: string[];
            /** @description ISO 8601 UTC */
            to: string;
            weeks: {
                /** @description 0–1; null when nothing was due */
                cadenceKept: number | null;
                followUpsClosed: number;
                /** @description Open at the week's end */
                followUpsOpen: number;
                followUpsOpened: number;
                incidents: {
                    [key: string]: number | null;
                };
                medianTimeToEndMs: {
                    [key: string]: number | null;
                };
                medianTimeToMitigateMs: {
                    [key: string]: number | null;
                };
                /** @description Monday (UTC) the week starts */
                week: string;
            }[];
        };
        ListedUser: {
            /** @description ISO 8601 UTC */
            createdAt: string;
            /** @description When an admin deactivated them (null: active) */
            deactivatedAt: string | null;
            displayName: string;
            email: string | null;
            handle: string;
            id: string;
            /** @description Shown to admins, and on your own record */
            isAdmin?: boolean;
            /**
             * @description Shown to admins, and on your own record
             * @enum {string}
             */
            role?: "admin" | "member" | "viewer" | "stakeholder";
        };
        ListedUserInput: {
            /** @description ISO 8601 UTC */
            createdAt: string;
            /** @description When an admin deactivated them (null: active) */
            deactivatedAt: string | null;
            displayName: string;
            email: string | null;
            handle: string;
            id: string;
            /** @description Shown to admins, and on your own record */
            isAdmin?: boolean;
            /**
             * @description Shown to admins, and on your own record
             * @enum {string}
             */
            role?: "admin" | "member" | "viewer" | "stakeholder";
        };
        /** @description A need from a CAN report: an open request until answered or withdrawn */
        Need: {
            answer: string | null;
            answeredAt: string | null;
            answeredBy: string | null;
            /** @description The event that answered it */
            answerSeq: number | null;
            /** @description Who was asked to see to it */
            assignee: string | null;
            /** @description The CAN report it came from */
            canSeq: number;
            /** @description Who reported it */
            from: string;
            id: string;
            /** @description ISO 8601 UTC */
            raisedAt: string;
            /** @enum {string} */
            state: "open" | "answered" | "withdrawn";
            text: string;
            /** @description Whom the report went to (null: the Incident Commander) */
            to: string | null;
        };
        /** @description A need from a CAN report: an open request until answered or withdrawn */
        NeedInput: {
            answer: string | null;
            answeredAt: string | null;
            answeredBy: string | null;
            /** @description The event that answered it */
            answerSeq: number | null;
            /** @description Who was asked to see to it */
            assignee: string | null;
            /** @description The CAN report it came from */
            canSeq: number;
            /** @description Who reported it */
            from: string;
            id: string;
            /** @description ISO 8601 UTC */
            raisedAt: string;
            /** @enum {string} */
            state: "open" | "answered" | "withdrawn";
            text: string;
            /** @description Whom the report went to (null: the Incident Commander) */
            to: string | null;
        };
        Objective: {
            id: string;
            owner: string;
            period: number;
            /** @description ISO 8601 UTC */
            setAt: string;
            setBy: string;
            /** @enum {string} */
            state: "open" | "achieved" | "dropped";
            tasks: components["schemas"]["Task"][];
            text: string;
        };
        ObjectiveInput: {
            id: string;
            owner: string;
            period: number;
            /** @description ISO 8601 UTC */
            setAt: string;
            setBy: string;
            /** @enum {string} */
            state: "open" | "achieved" | "dropped";
            tasks: components["schemas"]["TaskInput"][];
            text: string;
        };
        OfferResult: {
            /** @description Alert groups the incident tracks: firing ones first, then newest */
            alerts: components["schemas"]["AttachedAlerts"][];
            cadenceMinutes: number;
            changes: components["schemas"]["Change"][];
            channel: components["schemas"]["ChannelFloor"];
            checklists: components["schemas"]["Checklist"][];
            /** @description Who takes command if the IC cannot go on */
            command: {
                /** @description The IC stepped away until `until`; `acting` commands meanwhile */
                away: {
                    acting: string;
                    commander: string;
                    notes: string;
                    /** @description ISO 8601 UTC */
                    until: string;
                } | null;
                /** @description The Deputy, else the designated successor */
                nextInLine: string | null;
                successor: string | null;
            };
            commander: string | null;
            commanderOpenItems: {
                checklist: string;
                checklistId: string;
                itemId: string;
                text: string;
            }[];
            commanderWanted: boolean;
            /** @description Stakeholder communications: audiences, updates, cadence per audience, questions */
            comms: components["schemas"]["Comms"];
            decisions: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                decidedBy: string;
                decision: string;
                objectiveId?: string | null;
                rationale: string;
                seq: number;
            }[];
            /** @description ISO 8601 UTC */
            declaredAt: string;
            declaredBy: string;
            dispatches: {
                ackMinutes: number;
                acknowledgedAt: string | null;
                acknowledgedBy: string | null;
                /** @description Page all: everyone on the list was asked at once */
                all?: boolean;
                escalation: string[];
                id: string;
                level: number;
                /** @description ISO 8601 UTC */
                levelSince: string;
                message: string;
                /** @description Who on the list was there for being on call, and on which schedule, when paged */
                onCall?: {
                    person: string;
                    schedule: string;
                }[];
                /** @description ISO 8601 UTC */
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: "waiting" | "acknowledged" | "exhausted" | "cancelled";
                target: {
                    person: string;
                } | {
                    team: string;
                };
            }[];
            endedAt: string | null;
            endedBy: string | null;
            eta: string | null;
            events: components["schemas"]["Event"][];
            /** @description Action items: open ones first, soonest due first */
            followUps: components["schemas"]["FollowUp"][];
            id: string;
            impact: string | null;
            /** @enum {string} */
            kind: "real" | "drill" | "planned";
            lastUpdate: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                text: string;
            } | null;
            /** @description Where the response lives: chat channel, bridge, documents, dashboards */
            links: components["schemas"]["IncidentLink"][];
            name: string;
            /** @description Open needs from CAN reports, oldest first: the IC or the supervisor answers or gives them to someone */
            needs: components["schemas"]["Need"][];
            /** @description When the next update is due on the severity's cadence */
            nextUpdateDueAt: string | null;
            number: number;
            offer: {
                briefing: {
                    notes: string;
                    snapshot: string;
                };
                from: string | null;
                id: string;
                role: string;
                to: string;
            } | null;
            plan: {
                objectives: components["schemas"]["Objective"][];
                period: number;
                /** @description ISO 8601 UTC */
                periodEndsAt: string;
                /** @description ISO 8601 UTC */
                periodStartedAt: string;
                tasks: components["schemas"]["Task"][];
            };
            relations: components["schemas"]["Relations"];
            reports: {
                actions: string;
                /** @description ISO 8601 UTC */
                at: string;
                conditions: string;
                depth: number;
                needs: string;
                /** @enum {string} */
                placement: "tree" | "staging" | "released";
                reporter: string;
                roles: string[];
                seq: number;
                supervisor: string | null;
            }[];
            responderCounts: {
                assigned: number;
                available: number;
                released: number;
            };
            roles: {
                acting: boolean;
                badge: string;
                holders: string[];
                label: string;
                role: string;
            }[];
            seq: number;
            severity: string;
            severityDefinition: string | null;
            staging: {
                /** @description ISO 8601 UTC */
                checkedInAt: string;
                note: string | null;
                person: string;
                skills: string[];
            }[];
            /** @enum {string} */
            status: "active" | "stable" | "ended";
            /** @description ISO 8601 UTC */
            statusChangedAt: string;
            summary: string | null;
            synopsis: string;
            transfers: components["schemas"]["TransferSummary"][];
            /** @description ISO 8601 UTC */
            updatedAt: string;
            updateOverdue: boolean;
            /** @enum {string} */
            visibility: "open" | "restricted";
            warnings: components["schemas"]["OrgWarning"][];
        };
        OfferResultInput: {
            /** @description Alert groups the incident tracks: firing ones first, then newest */
            alerts: components["schemas"]["AttachedAlertsInput"][];
            cadenceMinutes: number;
            changes: components["schemas"]["ChangeInput"][];
            channel: components["schemas"]["ChannelFloorInput"];
            checklists: components["schemas"]["ChecklistInput"][];
            /** @description Who takes command if the IC cannot go on */
            command: {
                /** @description The IC stepped away until `until`; `acting` commands meanwhile */
                away: {
                    acting: string;
                    commander: string;
                    notes: string;
                    /** @description ISO 8601 UTC */
                    until: string;
                } | null;
                /** @description The Deputy, else the designated successor */
                nextInLine: string | null;
                successor: string | null;
            };
            commander: string | null;
            commanderOpenItems: {
                checklist: string;
                checklistId: string;
                itemId: string;
                text: string;
            }[];
            commanderWanted: boolean;
            /** @description Stakeholder communications: audiences, updates, cadence per audience, questions */
            comms: components["schemas"]["CommsInput"];
            decisions: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                decidedBy: string;
                decision: string;
                objectiveId?: string | null;
                rationale: string;
                seq: number;
            }[];
            /** @description ISO 8601 UTC */
            declaredAt: string;
            declaredBy: string;
            dispatches: {
                ackMinutes: number;
                acknowledgedAt: string | null;
                acknowledgedBy: string | null;
                /** @description Page all: everyone on the list was asked at once */
                all?: boolean;
                escalation: string[];
                id: string;
                level: number;
                /** @description ISO 8601 UTC */
                levelSince: string;
                message: string;
                /** @description Who on the list was there for being on call, and on which schedule, when paged */
                onCall?: {
                    person: string;
                    schedule: string;
                }[];
                /** @description ISO 8601 UTC */
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: "waiting" | "acknowledged" | "exhausted" | "cancelled";
                target: {
                    person: string;
                } | {
                    team: string;
                };
            }[];
            endedAt: string | null;
            endedBy: string | null;
            eta: string | null;
            events: components["schemas"]["EventInput"][];
            /** @description Action items: open ones first, soonest due first */
            followUps: components["schemas"]["FollowUpInput"][];
            id: string;
            impact: string | null;
            /** @enum {string} */
            kind: "real" | "drill" | "planned";
            lastUpdate: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                text: string;
            } | null;
            /** @description Where the response lives: chat channel, bridge, documents, dashboards */
            links: components["schemas"]["IncidentLinkInput"][];
            name: string;
            /** @description Open needs from CAN reports, oldest first: the IC or the supervisor answers or gives them to someone */
            needs: components["schemas"]["NeedInput"][];
            /** @description When the next update is due on the severity's cadence */
            nextUpdateDueAt: string | null;
            number: number;
            offer: {
                briefing: {
                    notes: string;
                    snapshot: string;
                };
                from: string | null;
                id: string;
                role: string;
                to: string;
            } | null;
            plan: {
                objectives: components["schemas"]["ObjectiveInput"][];
                period: number;
                /** @description ISO 8601 UTC */
                periodEndsAt: string;
                /** @description ISO 8601 UTC */
                periodStartedAt: string;
                tasks: components["schemas"]["TaskInput"][];
            };
            relations: components["schemas"]["RelationsInput"];
            reports: {
                actions: string;
                /** @description ISO 8601 UTC */
                at: string;
                conditions: string;
                depth: number;
                needs: string;
                /** @enum {string} */
                placement: "tree" | "staging" | "released";
                reporter: string;
                roles: string[];
                seq: number;
                supervisor: string | null;
            }[];
            responderCounts: {
                assigned: number;
                available: number;
                released: number;
            };
            roles: {
                acting: boolean;
                badge: string;
                holders: string[];
                label: string;
                role: string;
            }[];
            seq: number;
            severity: string;
            severityDefinition: string | null;
            staging: {
                /** @description ISO 8601 UTC */
                checkedInAt: string;
                note: string | null;
                person: string;
                skills: string[];
            }[];
            /** @enum {string} */
            status: "active" | "stable" | "ended";
            /** @description ISO 8601 UTC */
            statusChangedAt: string;
            summary: string | null;
            synopsis: string;
            transfers: components["schemas"]["TransferSummaryInput"][];
            /** @description ISO 8601 UTC */
            updatedAt: string;
            updateOverdue: boolean;
            /** @enum {string} */
            visibility: "open" | "restricted";
            warnings: components["schemas"]["OrgWarningInput"][];
        };
        OrgNode: {
            acting: string[];
            directReports: components["schemas"]["OrgNode"][];
            group: string | null;
            person: string | null;
            roles: string[];
            supervisor: string | null;
            warnings: components["schemas"]["OrgWarning"][];
        };
        OrgNodeInput: {
            acting: string[];
            directReports: components["schemas"]["OrgNodeInput"][];
            group: string | null;
            person: string | null;
            roles: string[];
            supervisor: string | null;
            warnings: components["schemas"]["OrgWarningInput"][];
        };
        OrgWarning: {
            /**
             * @description SPAN_NEAR_LIMIT is advice (a lead nearing the limit); the others are warnings
             * @enum {string}
             */
            code: "SPAN_OF_CONTROL" | "SPAN_NEAR_LIMIT" | "COMMANDER_WANTED" | "COMMANDER_IS_TECH_LEAD" | "LIAISON_MISSING";
            message: string;
            person: string | null;
        };
        OrgWarningInput: {
            /**
             * @description SPAN_NEAR_LIMIT is advice (a lead nearing the limit); the others are warnings
             * @enum {string}
             */
            code: "SPAN_OF_CONTROL" | "SPAN_NEAR_LIMIT" | "COMMANDER_WANTED" | "COMMANDER_IS_TECH_LEAD" | "LIAISON_MISSING";
            message: string;
            person: string | null;
        };
        Postmortem: {
            acceptedFlags: {
                count: number;
                reason: string;
            } | null;
            approvals: string[];
            /** @description The last Incident Commander, reminded with the owner */
            commander: string;
            comments: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                id: string;
                /** @description The thread's first comment (absent: this one starts a thread) */
                replyTo?: string;
                /** @description Set on a thread's first comment once resolved */
                resolved?: {
                    /** @description ISO 8601 UTC */
                    at: string;
                    by: string;
                };
                section: string;
                text: string;
            }[];
            /** @description ISO 8601 UTC */
            createdAt: string;
            /** @description Sentences of the current text that read as blame */
            flags: components["schemas"]["BlameFlag"][];
            id: string;
            incidentId: string;
            incidentName: string;
            incidentNumber: number;
            markdown: string;
            /** @description Steps past their due time */
            overdue: ("draft" | "review" | "publish")[];
            owner: string;
            participants: string[];
            publishedAt: string | null;
            publishedBy: string | null;
            reminded: {
                /** @description ISO 8601 UTC */
                draft?: string;
                /** @description ISO 8601 UTC */
                publish?: string;
                /** @description ISO 8601 UTC */
                review?: string;
            };
            revisions: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                version: number;
            }[];
            schedule: {
                /** @description ISO 8601 UTC */
                draft: string;
                /** @description ISO 8601 UTC */
                publish: string;
                /** @description ISO 8601 UTC */
                review: string;
            };
            /** @enum {string} */
            stage: "draft" | "in-review" | "published";
            /** @description ISO 8601 UTC */
            updatedAt: string;
            /** @description Name it as baseVersion when saving; a newer one means someone else saved */
            version: number;
        };
        PostmortemInput: {
            acceptedFlags: {
                count: number;
                reason: string;
            } | null;
            approvals: string[];
            /** @description The last Incident Commander, reminded with the owner */
            commander: string;
            comments: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                id: string;
                /** @description The thread's first comment (absent: this one starts a thread) */
                replyTo?: string;
                /** @description Set on a thread's first comment once resolved */
                resolved?: {
                    /** @description ISO 8601 UTC */
                    at: string;
                    by: string;
                };
                section: string;
                text: string;
            }[];
            /** @description ISO 8601 UTC */
            createdAt: string;
            /** @description Sentences of the current text that read as blame */
            flags: components["schemas"]["BlameFlagInput"][];
            id: string;
            incidentId: string;
            incidentName: string;
            incidentNumber: number;
            markdown: string;
            /** @description Steps past their due time */
            overdue: ("draft" | "review" | "publish")[];
            owner: string;
            participants: string[];
            publishedAt: string | null;
            publishedBy: string | null;
            reminded: {
                /** @description ISO 8601 UTC */
                draft?: string;
                /** @description ISO 8601 UTC */
                publish?: string;
                /** @description ISO 8601 UTC */
                review?: string;
            };
            revisions: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                version: number;
            }[];
            schedule: {
                /** @description ISO 8601 UTC */
                draft: string;
                /** @description ISO 8601 UTC */
                publish: string;
                /** @description ISO 8601 UTC */
                review: string;
            };
            /** @enum {string} */
            stage: "draft" | "in-review" | "published";
            /** @description ISO 8601 UTC */
            updatedAt: string;
            /** @description Name it as baseVersion when saving; a newer one means someone else saved */
            version: number;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            code: string;
            detail: string;
            field?: string;
            instance?: string;
            status: number;
            title: string;
            type: string;
        };
        /** @description RFC 9457 problem details */
        ProblemInput: {
            code: string;
            detail: string;
            field?: string;
            instance?: string;
            status: number;
            title: string;
            type: string;
        };
        /** @description Meta-response: linked incidents, the umbrella above, the children below, merges */
        Relations: {
            absorbed: {
                /** @description ISO 8601 UTC */
                at: string;
                audience: string[];
                incident: components["schemas"]["IncidentRef"];
                keyEntries: {
                    /** @description ISO 8601 UTC */
                    at: string;
                    seq: number;
                    text: string;
                }[];
                responders: string[];
            }[];
            /** @description An umbrella's roll-up of its incidents */
            children: components["schemas"]["UmbrellaChild"][];
            links: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                incident: components["schemas"]["IncidentRef"];
                /** @enum {string} */
                kind: "related" | "duplicate-of" | "duplicated-by" | "caused-by" | "causes";
            }[];
            mergedInto: components["schemas"]["IncidentRef"] | null;
            /** @description The umbrella this incident is under, and its Liaison to it (null: missing) */
            parent: {
                id: string;
                liaison: string | null;
                name: string;
                number: number;
            } | null;
            /** @description This incident coordinates others (meta-response) */
            umbrella: boolean;
        };
        /** @description Meta-response: linked incidents, the umbrella above, the children below, merges */
        RelationsInput: {
            absorbed: {
                /** @description ISO 8601 UTC */
                at: string;
                audience: string[];
                incident: components["schemas"]["IncidentRefInput"];
                keyEntries: {
                    /** @description ISO 8601 UTC */
                    at: string;
                    seq: number;
                    text: string;
                }[];
                responders: string[];
            }[];
            /** @description An umbrella's roll-up of its incidents */
            children: components["schemas"]["UmbrellaChildInput"][];
            links: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                incident: components["schemas"]["IncidentRefInput"];
                /** @enum {string} */
                kind: "related" | "duplicate-of" | "duplicated-by" | "caused-by" | "causes";
            }[];
            mergedInto: components["schemas"]["IncidentRefInput"] | null;
            /** @description The umbrella this incident is under, and its Liaison to it (null: missing) */
            parent: {
                id: string;
                liaison: string | null;
                name: string;
                number: number;
            } | null;
            /** @description This incident coordinates others (meta-response) */
            umbrella: boolean;
        };
        Session: {
            /** @description Send as X-CSRF-Token on every change (null: signed in with a bearer token) */
            csrfToken: string | null;
            expiresAt: string | null;
            user: components["schemas"]["User"];
            /** @enum {string} */
            via: "cookie" | "bearer";
        };
        SessionInput: {
            /** @description Send as X-CSRF-Token on every change (null: signed in with a bearer token) */
            csrfToken: string | null;
            expiresAt: string | null;
            user: components["schemas"]["UserInput"];
            /** @enum {string} */
            via: "cookie" | "bearer";
        };
        StakeholderGroup: {
            approval: boolean;
            external: boolean;
            label: string;
            members: ({
                /** @enum {string} */
                channel: "in-app" | "email" | "webhook" | "all";
                handle: string;
                /** @constant */
                kind: "person";
            } | {
                /** @enum {string} */
                channel: "in-app" | "email" | "webhook" | "all";
                /** @constant */
                kind: "team";
                team: string;
            } | {
                address: string;
                /** @constant */
                kind: "email";
            })[];
            name: string;
            /** @description ISO 8601 UTC */
            updatedAt: string;
        };
        StakeholderGroupInput: {
            approval: boolean;
            external: boolean;
            label: string;
            members: ({
                /** @enum {string} */
                channel: "in-app" | "email" | "webhook" | "all";
                handle: string;
                /** @constant */
                kind: "person";
            } | {
                /** @enum {string} */
                channel: "in-app" | "email" | "webhook" | "all";
                /** @constant */
                kind: "team";
                team: string;
            } | {
                address: string;
                /** @constant */
                kind: "email";
            })[];
            name: string;
            /** @description ISO 8601 UTC */
            updatedAt: string;
        };
        StakeholderLink: {
            audience: string;
            createdAt: string;
            createdBy: string;
            id: string;
            label: string;
            revokedAt: string | null;
            /** @description The read-only stakeholder view; anyone holding it can read updates and ask questions */
            url: string;
        };
        StakeholderLinkInput: {
            audience: string;
            createdAt: string;
            createdBy: string;
            id: string;
            label: string;
            revokedAt: string | null;
            /** @description The read-only stakeholder view; anyone holding it can read updates and ask questions */
            url: string;
        };
        StakeholderMemberIn: {
            /**
             * @description How they hear besides their inbox (all: every contact method)
             * @default all
             * @enum {string}
             */
            channel: "in-app" | "email" | "webhook" | "all";
            handle: string;
            /** @constant */
            kind: "person";
        } | {
            /**
             * @default all
             * @enum {string}
             */
            channel: "in-app" | "email" | "webhook" | "all";
            /** @constant */
            kind: "team";
            team: string;
        } | {
            /** Format: email */
            address: string;
            /** @constant */
            kind: "email";
        };
        StakeholderMemberInInput: {
            /**
             * @description How they hear besides their inbox (all: every contact method)
             * @default all
             * @enum {string}
             */
            channel: "in-app" | "email" | "webhook" | "all";
            handle: string;
            /** @constant */
            kind: "person";
        } | {
            /**
             * @default all
             * @enum {string}
             */
            channel: "in-app" | "email" | "webhook" | "all";
            /** @constant */
            kind: "team";
            team: string;
        } | {
            /** Format: email */
            address: string;
            /** @constant */
            kind: "email";
        };
        StakeholderQuestion: {
            answer: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                text: string;
            } | null;
            /** @description ISO 8601 UTC */
            askedAt: string;
            audience: string | null;
            from: {
                handle: string;
                /** @constant */
                kind: "person";
            } | {
                address: string;
                /** @constant */
                kind: "email";
                name: string;
            };
            id: string;
            text: string;
        };
        StakeholderQuestionInput: {
            answer: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                text: string;
            } | null;
            /** @description ISO 8601 UTC */
            askedAt: string;
            audience: string | null;
            from: {
                handle: string;
                /** @constant */
                kind: "person";
            } | {
                address: string;
                /** @constant */
                kind: "email";
                name: string;
            };
            id: string;
            text: string;
        };
        Standing: {
            progress: {
                have: number;
                met: boolean;
                need: number;
                /** @description e.g. '2 drills as Incident Commander with a passing score' */
                requirement: string;
            }[];
            qualified: boolean;
            role: string;
        };
        StandingInput: {
            progress: {
                have: number;
                met: boolean;
                need: number;
                /** @description e.g. '2 drills as Incident Commander with a passing score' */
                requirement: string;
            }[];
            qualified: boolean;
            role: string;
        };
        StatusComponent: {
            description: string;
            group: string | null;
            label: string;
            name: string;
            position: number;
        };
        StatusComponentInput: {
            description: string;
            group: string | null;
            label: string;
            name: string;
            position: number;
        };
        StatusDoc: {
            /** @description Alert groups the incident tracks: firing ones first, then newest */
            alerts: components["schemas"]["AttachedAlerts"][];
            cadenceMinutes: number;
            changes: components["schemas"]["Change"][];
            channel: components["schemas"]["ChannelFloor"];
            checklists: components["schemas"]["Checklist"][];
            /** @description Who takes command if the IC cannot go on */
            command: {
                /** @description The IC stepped away until `until`; `acting` commands meanwhile */
                away: {
                    acting: string;
                    commander: string;
                    notes: string;
                    /** @description ISO 8601 UTC */
                    until: string;
                } | null;
                /** @description The Deputy, else the designated successor */
                nextInLine: string | null;
                successor: string | null;
            };
            commander: string | null;
            commanderOpenItems: {
                checklist: string;
                checklistId: string;
                itemId: string;
                text: string;
            }[];
            commanderWanted: boolean;
            /** @description Stakeholder communications: audiences, updates, cadence per audience, questions */
            comms: components["schemas"]["Comms"];
            decisions: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                decidedBy: string;
                decision: string;
                objectiveId?: string | null;
                rationale: string;
                seq: number;
            }[];
            /** @description ISO 8601 UTC */
            declaredAt: string;
            declaredBy: string;
            dispatches: {
                ackMinutes: number;
                acknowledgedAt: string | null;
                acknowledgedBy: string | null;
                /** @description Page all: everyone on the list was asked at once */
                all?: boolean;
                escalation: string[];
                id: string;
                level: number;
                /** @description ISO 8601 UTC */
                levelSince: string;
                message: string;
                /** @description Who on the list was there for being on call, and on which schedule, when paged */
                onCall?: {
                    person: string;
                    schedule: string;
                }[];
                /** @description ISO 8601 UTC */
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: "waiting" | "acknowledged" | "exhausted" | "cancelled";
                target: {
                    person: string;
                } | {
                    team: string;
                };
            }[];
            endedAt: string | null;
            endedBy: string | null;
            eta: string | null;
            /** @description Action items: open ones first, soonest due first */
            followUps: components["schemas"]["FollowUp"][];
            id: string;
            impact: string | null;
            /** @enum {string} */
            kind: "real" | "drill" | "planned";
            lastUpdate: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                text: string;
            } | null;
            /** @description Where the response lives: chat channel, bridge, documents, dashboards */
            links: components["schemas"]["IncidentLink"][];
            name: string;
            /** @description Open needs from CAN reports, oldest first: the IC or the supervisor answers or gives them to someone */
            needs: components["schemas"]["Need"][];
            /** @description When the next update is due on the severity's cadence */
            nextUpdateDueAt: string | null;
            number: number;
            plan: {
                objectives: components["schemas"]["Objective"][];
                period: number;
                /** @description ISO 8601 UTC */
                periodEndsAt: string;
                /** @description ISO 8601 UTC */
                periodStartedAt: string;
                tasks: components["schemas"]["Task"][];
            };
            relations: components["schemas"]["Relations"];
            reports: {
                actions: string;
                /** @description ISO 8601 UTC */
                at: string;
                conditions: string;
                depth: number;
                needs: string;
                /** @enum {string} */
                placement: "tree" | "staging" | "released";
                reporter: string;
                roles: string[];
                seq: number;
                supervisor: string | null;
            }[];
            responderCounts: {
                assigned: number;
                available: number;
                released: number;
            };
            roles: {
                acting: boolean;
                badge: string;
                holders: string[];
                label: string;
                role: string;
            }[];
            seq: number;
            severity: string;
            severityDefinition: string | null;
            staging: {
                /** @description ISO 8601 UTC */
                checkedInAt: string;
                note: string | null;
                person: string;
                skills: string[];
            }[];
            /** @enum {string} */
            status: "active" | "stable" | "ended";
            /** @description ISO 8601 UTC */
            statusChangedAt: string;
            summary: string | null;
            synopsis: string;
            transfers: components["schemas"]["TransferSummary"][];
            /** @description ISO 8601 UTC */
            updatedAt: string;
            updateOverdue: boolean;
            /** @enum {string} */
            visibility: "open" | "restricted";
            warnings: components["schemas"]["OrgWarning"][];
        };
        StatusDocInput: {
            /** @description Alert groups the incident tracks: firing ones first, then newest */
            alerts: components["schemas"]["AttachedAlertsInput"][];
            cadenceMinutes: number;
            changes: components["schemas"]["ChangeInput"][];
            channel: components["schemas"]["ChannelFloorInput"];
            checklists: components["schemas"]["ChecklistInput"][];
            /** @description Who takes command if the IC cannot go on */
            command: {
                /** @description The IC stepped away until `until`; `acting` commands meanwhile */
                away: {
                    acting: string;
                    commander: string;
                    notes: string;
                    /** @description ISO 8601 UTC */
                    until: string;
                } | null;
                /** @description The Deputy, else the designated successor */
                nextInLine: string | null;
                successor: string | null;
            };
            commander: string | null;
            commanderOpenItems: {
                checklist: string;
                checklistId: string;
                itemId: string;
                text: string;
            }[];
            commanderWanted: boolean;
            /** @description Stakeholder communications: audiences, updates, cadence per audience, questions */
            comms: components["schemas"]["CommsInput"];
            decisions: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                decidedBy: string;
                decision: string;
                objectiveId?: string | null;
                rationale: string;
                seq: number;
            }[];
            /** @description ISO 8601 UTC */
            declaredAt: string;
            declaredBy: string;
            dispatches: {
                ackMinutes: number;
                acknowledgedAt: string | null;
                acknowledgedBy: string | null;
                /** @description Page all: everyone on the list was asked at once */
                all?: boolean;
                escalation: string[];
                id: string;
                level: number;
                /** @description ISO 8601 UTC */
                levelSince: string;
                message: string;
                /** @description Who on the list was there for being on call, and on which schedule, when paged */
                onCall?: {
                    person: string;
                    schedule: string;
                }[];
                /** @description ISO 8601 UTC */
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: "waiting" | "acknowledged" | "exhausted" | "cancelled";
                target: {
                    person: string;
                } | {
                    team: string;
                };
            }[];
            endedAt: string | null;
            endedBy: string | null;
            eta: string | null;
            /** @description Action items: open ones first, soonest due first */
            followUps: components["schemas"]["FollowUpInput"][];
            id: string;
            impact: string | null;
            /** @enum {string} */
            kind: "real" | "drill" | "planned";
            lastUpdate: {
                /** @description ISO 8601 UTC */
                at: string;
                by: string;
                text: string;
            } | null;
            /** @description Where the response lives: chat channel, bridge, documents, dashboards */
            links: components["schemas"]["IncidentLinkInput"][];
            name: string;
            /** @description Open needs from CAN reports, oldest first: the IC or the supervisor answers or gives them to someone */
            needs: components["schemas"]["NeedInput"][];
            /** @description When the next update is due on the severity's cadence */
            nextUpdateDueAt: string | null;
            number: number;
            plan: {
                objectives: components["schemas"]["ObjectiveInput"][];
                period: number;
                /** @description ISO 8601 UTC */
                periodEndsAt: string;
                /** @description ISO 8601 UTC */
                periodStartedAt: string;
                tasks: components["schemas"]["TaskInput"][];
            };
            relations: components["schemas"]["RelationsInput"];
            reports: {
                actions: string;
                /** @description ISO 8601 UTC */
                at: string;
                conditions: string;
                depth: number;
                needs: string;
                /** @enum {string} */
                placement: "tree" | "staging" | "released";
                reporter: string;
                roles: string[];
                seq: number;
                supervisor: string | null;
            }[];
            responderCounts: {
                assigned: number;
                available: number;
                released: number;
            };
            roles: {
                acting: boolean;
                badge: string;
                holders: string[];
                label: string;
                role: string;
            }[];
            seq: number;
            severity: string;
            severityDefinition: string | null;
            staging: {
                /** @description ISO 8601 UTC */
                checkedInAt: string;
                note: string | null;
                person: string;
                skills: string[];
            }[];
            /** @enum {string} */
            status: "active" | "stable" | "ended";
            /** @description ISO 8601 UTC */
            statusChangedAt: string;
            summary: string | null;
            synopsis: string;
            transfers: components["schemas"]["TransferSummaryInput"][];
            /** @description ISO 8601 UTC */
            updatedAt: string;
            updateOverdue: boolean;
            /** @enum {string} */
            visibility: "open" | "restricted";
            warnings: components["schemas"]["OrgWarningInput"][];
        };
        Task: {
            acknowledgedAt: string | null;
            /** @description ISO 8601 UTC */
            assignedAt: string;
            assignedBy: string;
            assignee: string;
            /** @description ISO 8601 UTC */
            dueAt: string;
            /** @description Set when the time box ran out with no report */
            expiredAt?: string | null;
            id: string;
            lastReport: {
                /** @description ISO 8601 UTC */
                at: string;
                note: string;
            } | null;
            objectiveId: string | null;
            period: number;
            /** @enum {string} */
            status: "assigned" | "acknowledged" | "done" | "cancelled";
            task: string;
            timeBoxMinutes: number;
        };
        TaskInput: {
            acknowledgedAt: string | null;
            /** @description ISO 8601 UTC */
            assignedAt: string;
            assignedBy: string;
            assignee: string;
            /** @description ISO 8601 UTC */
            dueAt: string;
            /** @description Set when the time box ran out with no report */
            expiredAt?: string | null;
            id: string;
            lastReport: {
                /** @description ISO 8601 UTC */
                at: string;
                note: string;
            } | null;
            objectiveId: string | null;
            period: number;
            /** @enum {string} */
            status: "assigned" | "acknowledged" | "done" | "cancelled";
            task: string;
            timeBoxMinutes: number;
        };
        Token: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            /**
             * @description `session`: a signed-in browser
             * @enum {string}
             */
            kind: "api" | "session";
            label: string | null;
            /** @description To the minute */
            lastUsedAt: string | null;
            /** @enum {string} */
            scope: "full" | "read-only" | "incident-writer" | "alert-intake" | "admin";
        };
        TokenInput: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            /**
             * @description `session`: a signed-in browser
             * @enum {string}
             */
            kind: "api" | "session";
            label: string | null;
            /** @description To the minute */
            lastUsedAt: string | null;
            /** @enum {string} */
            scope: "full" | "read-only" | "incident-writer" | "alert-intake" | "admin";
        };
        TransferSummary: {
            from: string | null;
            id: string;
            /** @description ISO 8601 UTC */
            offeredAt: string;
            offeredBy: string;
            role: string;
            to: string;
        };
        TransferSummaryInput: {
            from: string | null;
            id: string;
            /** @description ISO 8601 UTC */
            offeredAt: string;
            offeredBy: string;
            role: string;
            to: string;
        };
        UmbrellaChild: {
            /** @description ISO 8601 UTC */
            attachedAt: string;
            commander: string | null;
            incident: components["schemas"]["IncidentRef"];
            lastCan: {
                actions: string;
                /** @description ISO 8601 UTC */
                at: string;
                conditions: string;
                needs: string;
                reporter: string;
            } | null;
            /** @description The child's Liaison to the umbrella (null: missing) */
            liaison: string | null;
            openNeeds: string[];
            seq: number;
            severity: string;
            /** @enum {string} */
            status: "active" | "stable" | "ended";
        };
        UmbrellaChildInput: {
            /** @description ISO 8601 UTC */
            attachedAt: string;
            commander: string | null;
            incident: components["schemas"]["IncidentRefInput"];
            lastCan: {
                actions: string;
                /** @description ISO 8601 UTC */
                at: string;
                conditions: string;
                needs: string;
                reporter: string;
            } | null;
            /** @description The child's Liaison to the umbrella (null: missing) */
            liaison: string | null;
            openNeeds: string[];
            seq: number;
            severity: string;
            /** @enum {string} */
            status: "active" | "stable" | "ended";
        };
        User: {
            /** @description ISO 8601 UTC */
            createdAt: string;
            /** @description When an admin deactivated them (null: active) */
            deactivatedAt: string | null;
            displayName: string;
            email: string | null;
            handle: string;
            id: string;
            isAdmin: boolean;
            /**
             * @description admin; member (responds); viewer (reads open incidents); stakeholder (stakeholder views only)
             * @enum {string}
             */
            role: "admin" | "member" | "viewer" | "stakeholder";
        };
        UserInput: {
            /** @description ISO 8601 UTC */
            createdAt: string;
            /** @description When an admin deactivated them (null: active) */
            deactivatedAt: string | null;
            displayName: string;
            email: string | null;
            handle: string;
            id: string;
            isAdmin: boolean;
            /**
             * @description admin; member (responds); viewer (reads open incidents); stakeholder (stakeholder views only)
             * @enum {string}
             */
            role: "admin" | "member" | "viewer" | "stakeholder";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAlertGroups: {
        parameters: {
            query?: {
                /** @description Page on: groups last active before this time */
                before?: string;
                limit?: number;
                status?: "firing" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groups: components["schemas"]["AlertGroup"][];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAlertGroupsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alerts: components["schemas"]["AlertLine"][];
                        all: {
                            annotations: {
                                [key: string]: string;
                            };
                            endsAt: string | null;
                            fingerprint: string;
                            labels: {
                                [key: string]: string;
                            };
                            name: string;
                            received: number;
                            /** @description ISO 8601 UTC */
                            startsAt: string;
                            /** @enum {string} */
                            status: "firing" | "resolved";
                            summary: string;
                            url: string | null;
                        }[];
                        firing: number;
                        /** @description ISO 8601 UTC */
                        firstAt: string;
                        groupKey: string;
                        id: string;
                        /** @description The incident tracking the group (null: none, or one you may not see) */
                        incident: {
                            id: string;
                            name: string;
                            number: number;
                            status: string;
                        } | null;
                        labels: {
                            [key: string]: string;
                        };
                        /** @description ISO 8601 UTC */
                        lastAt: string;
                        /** @description opened, attached, recorded, resolved (or opening while in flight) */
                        outcome: string | null;
                        /** @description Alerts received for the group, repeats included */
                        received: number;
                        resolved: number;
                        /** @description The rule that routed it */
                        rule: string | null;
                        source: string;
                        /** @enum {string} */
                        status: "firing" | "resolved";
                        title: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAlertGroupsByIdIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The incident's id or number */
                    incident: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAlertRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rules: components["schemas"]["AlertRule"][];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAlertRulesByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description open: open an incident (or add to the open one tracking the group); record: keep the alerts only
                     * @enum {string}
                     */
                    action: "open" | "record";
                    /**
                     * @description Alertmanager-style matchers on the group's common labels: severity="critical", service=~"db|cache", env!="dev"
                     * @default []
                     */
                    match?: string[];
                    /**
                     * @default {
                     *       "people": [],
                     *       "teams": []
                     *     }
                     */
                    notify?: {
                        /** @default [] */
                        people?: string[];
                        /** @default [] */
                        teams?: string[];
                    };
                    /** @default null */
                    page?: {
                        /** @default 5 */
                        ackMinutes?: number;
                        /**
                         * @description Page all of the team at once rather than along its escalation list
                         * @default false
                         */
                        all?: boolean;
                        team: string;
                    } | null;
                    /**
                     * @description Rules are tried in position order; the first match wins
                     * @default 100
                     */
                    position?: number;
                    /** @description Severity of an incident it opens (default: the configured default) */
                    severity?: string;
                    /** @default severity */
                    severityLabel?: string;
                    /**
                     * @description Label value → severity, e.g. {"critical": "SEV-1", "warning": "SEV-3"}
                     * @default {}
                     */
                    severityMap?: {
                        [key: string]: string;
                    };
                    /**
                     * @description Only groups from these sources (empty: any)
                     * @default []
                     */
                    sources?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRule"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAlertRulesByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAlertSources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sources: components["schemas"]["AlertSource"][];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAlertSourcesByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description What sends to it: Alertmanager's webhook, Grafana's webhook contact point, or generic JSON
                     * @enum {string}
                     */
                    kind: "alertmanager" | "grafana" | "generic";
                    label?: string;
                    /**
                     * @description Issue a new secret (the old one stops working at once)
                     * @default false
                     */
                    rotateSecret?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertSource"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertSource"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAlertSourcesByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAlertsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Alerts stored (repeats update the alert they repeat) */
                        accepted: number;
                        groups: {
                            id: string;
                            /** @enum {string} */
                            status: "firing" | "resolved";
                        }[];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (problem+json) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error (problem+json) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            /** @description user.created, token.created, token.revoked, template.saved, … */
                            action: string;
                            actor: string;
                            at: string;
                            id: string;
                            /** @description Ties the entry to the access log */
                            requestId: string;
                            target: string;
                        }[];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        oidc: {
                            label: string;
                        } | null;
                        /** @enum {boolean} */
                        token: true;
                    };
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthOidcCallback: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                error_description?: string;
                iss?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthOidcLogin: {
        parameters: {
            query?: {
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarsByKindByFile: {
        parameters: {
            query: {
                /** @description The signature the feed's address carries */
                key: string;
            };
            header?: never;
            path: {
                /** @description `<schedule id>.ics` or `<handle>.ics` */
                file: string;
                kind: "schedules" | "people";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChatByProviderIdentities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat platform */
                provider: "slack" | "mattermost";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        identities: components["schemas"]["ChatIdentity"][];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putChatByProviderIdentitiesByExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The platform's user id (Slack's U…, Mattermost's 26-character id) */
                externalId: string;
                /** @description The chat platform */
                provider: "slack" | "mattermost";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    handle: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatIdentity"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteChatByProviderIdentitiesByExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The platform's user id (Slack's U…, Mattermost's 26-character id) */
                externalId: string;
                /** @description The chat platform */
                provider: "slack" | "mattermost";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChecklistTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        templates: components["schemas"]["ChecklistTemplate"][];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putChecklistTemplatesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: string[];
                    name: string;
                    trigger: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistTemplate"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteChecklistTemplatesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Config"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConsumers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        consumers: components["schemas"]["ConsumerHealth"][];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeliveriesProblems: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDrillScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scenarios: {
                            duration: string;
                            id: string;
                            injects: number;
                            /**
                             * @description Shipped with Muster (read-only), or written by the team
                             * @enum {string}
                             */
                            origin: "shipped" | "team";
                            roles: string[];
                            severity: string;
                            summary: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDrillScenariosById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        origin: "shipped" | "team";
                        scenario: {
                            [key: string]: unknown;
                        };
                    } | string;
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDrillScenariosById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The scenario as YAML or JSON text (docs/drill-scenario.schema.json) */
                    source: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        duration: string;
                        id: string;
                        injects: number;
                        /**
                         * @description Shipped with Muster (read-only), or written by the team
                         * @enum {string}
                         */
                        origin: "shipped" | "team";
                        roles: string[];
                        severity: string;
                        summary: string;
                        title: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        duration: string;
                        id: string;
                        injects: number;
                        /**
                         * @description Shipped with Muster (read-only), or written by the team
                         * @enum {string}
                         */
                        origin: "shipped" | "team";
                        roles: string[];
                        severity: string;
                        summary: string;
                        title: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDrillScenariosById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDrillScenariosCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The scenario as YAML or JSON text (docs/drill-scenario.schema.json) */
                    source: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        issues: {
                            message: string;
                            path: string;
                        }[];
                        scenario: {
                            duration: string;
                            id: string;
                            injects: number;
                            /**
                             * @description Shipped with Muster (read-only), or written by the team
                             * @enum {string}
                             */
                            origin: "shipped" | "team";
                            roles: string[];
                            severity: string;
                            summary: string;
                            title: string;
                        } | null;
                        valid: boolean;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDrillScenariosSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDrills: {
        parameters: {
            query?: {
                scenario?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runs: components["schemas"]["DrillRun"][];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDrills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who takes part (members or admins) */
                    participants: string[];
                    /** @description The scenario's id (GET /api/v1/drill-scenarios) */
                    scenario: string;
                    /**
                     * @description Who plays each of the scenario's slots (slot id → participant)
                     * @default {}
                     */
                    slots?: {
                        [key: string]: string;
                    };
                    /**
                     * @description 1 is real time; 10 runs a 45-minute scenario in 4½ minutes
                     * @default 1
                     */
                    speed?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillRun"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDrillsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillRun"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDrillsByIdEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillRun"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDrillsByIdInjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    do: {
                        /** @default 1 */
                        count?: number;
                        /** @default {} */
                        labels?: {
                            [key: string]: string;
                        };
                        title: string;
                        /** @enum {string} */
                        type: "alert";
                    } | {
                        from: string;
                        text: string;
                        /** @enum {string} */
                        type: "message";
                    } | {
                        from: string;
                        text: string;
                        /** @enum {string} */
                        to: "incident-commander" | "deputy" | "tech-lead" | "scribe" | "comms-lead" | "sme";
                        /** @enum {string} */
                        type: "finding";
                    } | {
                        from: string;
                        text: string;
                        /** @enum {string} */
                        type: "question";
                    } | {
                        text: string;
                        /** @enum {string} */
                        type: "change-goes-wrong";
                    } | {
                        slot: string;
                        text: string;
                        /** @enum {string} */
                        type: "arrival";
                    } | {
                        /** @enum {string} */
                        role: "incident-commander" | "deputy" | "tech-lead" | "scribe" | "comms-lead" | "sme";
                        text: string;
                        /** @enum {string} */
                        type: "drop-out";
                    } | {
                        severity: string;
                        synopsis: string;
                        text: string;
                        /** @enum {string} */
                        type: "second-incident";
                    } | {
                        from: string;
                        text: string;
                        /** @enum {string} */
                        type: "need";
                    } | {
                        text: string;
                        /** @enum {string} */
                        type: "note";
                    };
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillRun"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDrillsByIdInjectsByInjectFire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                inject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillRun"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDrillsByIdInjectsByInjectSkip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                inject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillRun"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDrillsByIdPause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillRun"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDrillsByIdResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    speed?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillRun"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/x-ndjson */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollowUps: {
        parameters: {
            query?: {
                overdue?: "true" | "false";
                owner?: string;
                state?: "open" | "in-progress" | "done" | "wont-do";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        followUps: {
                            /** @description ISO 8601 UTC */
                            createdAt: string;
                            createdBy: string;
                            doneAt: string | null;
                            dueAt: string | null;
                            id: string;
                            incident: {
                                id: string;
                                name: string;
                                number: number;
                            };
                            /** @description When its owner was told it is overdue */
                            overdueAt: string | null;
                            owner: string;
                            /** @enum {string} */
                            priority: "high" | "medium" | "low";
                            /** @description Why it will not be done */
                            reason: string | null;
                            source: {
                                /** @enum {string} */
                                kind: "need" | "decision" | "change" | "postmortem" | "manual";
                                /** @description The need or change id, or the decision's event seq */
                                ref: string | null;
                                /** @description The postmortem section it belongs to */
                                section: string | null;
                            };
                            /** @enum {string} */
                            state: "open" | "in-progress" | "done" | "wont-do";
                            title: string;
                            /** @description The issue it is synced with; `requested` while it is being created; absent when not tracked */
                            tracker?: "requested" | {
                                /** @description owner/repo#12 */
                                key: string;
                                /** @enum {string} */
                                provider: "github";
                                url: string;
                            };
                            /** @description ISO 8601 UTC */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInbox: {
        parameters: {
            query?: {
                limit?: number;
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            body: string;
                            createdAt: string;
                            eventSeq: number;
                            id: string;
                            incidentId: string;
                            kind: string;
                            readAt: string | null;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInboxByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInboxStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Server-Sent Events stream (`text/event-stream`). Each frame has `id:` (resume from it with the `Last-Event-ID` header), `event:` (the event type, or `incident` for list rows) and `data:` (one JSON object). Comment lines are heartbeats; `event: shutdown` means the server is closing and the client should reconnect. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidents: {
        parameters: {
            query?: {
                kind?: string;
                limit?: number;
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        incidents: {
                            commander: string | null;
                            /** @description ISO 8601 UTC */
                            declaredAt: string;
                            id: string;
                            kind: string;
                            name: string;
                            /** @description When the next update on the cadence is due */
                            nextUpdateDueAt: string | null;
                            number: number;
                            /** @description The umbrella this incident is under */
                            parent: components["schemas"]["IncidentRef"] | null;
                            seq: number;
                            severity: string;
                            status: string;
                            synopsis: string;
                            /** @description An umbrella incident (meta-response) */
                            umbrella: boolean;
                            /** @description ISO 8601 UTC */
                            updatedAt: string;
                            updateOverdue: boolean;
                            visibility: string;
                        }[];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Stakeholder groups who hear about it (`public`: the status page); the IC can change them later */
                    audiences?: string[];
                    /** @description Name someone else as IC (they are checked in) */
                    commander?: string;
                    /**
                     * @description `tech-lead`: you work the problem and an IC is wanted
                     * @enum {string}
                     */
                    declarerRole?: "incident-commander" | "tech-lead";
                    /**
                     * Format: date-time
                     * @description When the problem was first noticed (an alert, a customer report); time to declare runs from it
                     */
                    detectedAt?: string;
                    /** @enum {string} */
                    kind?: "real" | "drill" | "planned";
                    /** @description Chat channel, bridge, documents, dashboards */
                    links?: {
                        label: string;
                        /** @description An http(s) address */
                        url: string;
                    }[];
                    /** @description Leave out for a generated codename */
                    name?: string;
                    /** @description Who to tell of the declaration; they are told of the end too */
                    notify?: {
                        people?: string[];
                        teams?: string[];
                    };
                    /** @description SEV1–SEV4 by default; when unsure, pick the higher */
                    severity?: string;
                    synopsis: string;
                    /** @description An umbrella incident (meta-response): its IC coordinates several incidents, each sending a Liaison */
                    umbrella?: boolean;
                    /** @enum {string} */
                    visibility?: "open" | "restricted";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRef: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusDoc"] | string;
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchIncidentsByRef: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    eta?: string | null;
                    impact?: string | null;
                    /** @description Why, recorded with the change (the web UI asks for it when the severity changes) */
                    reason?: string;
                    severity?: string;
                    synopsis?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefAbilities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Abilities"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Access"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A person's handle, e.g. `sue` */
                    person: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIncidentsByRefAccessByPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                person: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changes: components["schemas"]["Change"][];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    risk: "low" | "medium" | "high";
                    rollbackPlan: string;
                    /** @description The system the change touches; one change at a time per system */
                    system: string;
                    what: string;
                    why: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChangesByIdClear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChangesByIdKeep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChangesByIdObjections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChangesByIdObjectionsByObjectionIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                objectionId: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChangesByIdObserve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    result: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChangesByIdRollback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    result?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChangesByIdStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description IC only: start despite objections or the window, with a reason */
                    override?: string;
                    /** @description Queue behind a change in progress on the same system */
                    whenFree?: boolean;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChangesByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putIncidentsByRefChannelPinsBySeq: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIncidentsByRefChannelPinsBySeq: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putIncidentsByRefChannelQuiet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description true: quiet mode; false: open to all */
                    on: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChannelRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What you want to say or ask, in a line */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChannelSpeakers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    person: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIncidentsByRefChannelSpeakersByPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefChecklists: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checklists: components["schemas"]["Checklist"][];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChecklists: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who works through it (default: you) */
                    owner?: string;
                    templateId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChecklistsByIdItemsByItemCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                item: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefChecklistsByIdItemsByItemUncheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                item: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefCommandAssume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why you take command: announced to every responder and the audience */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefCommandResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefCommandStepAway: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the acting IC should know */
                    notes?: string;
                    /**
                     * Format: date-time
                     * @description When you expect to be back (within 24 hours)
                     */
                    until: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putIncidentsByRefCommandSuccessor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who may assume command when there is no Deputy; null: nobody */
                    person: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putIncidentsByRefCommsAudiences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    groups: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefCommsLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        links: components["schemas"]["StakeholderLink"][];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefCommsLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    audience: string;
                    label: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StakeholderLink"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIncidentsByRefCommsLinksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefCommsQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    audience?: string | null;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefCommsQuestionsByIdAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefCommsUpdates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An audience the IC named (`public`: the status page) */
                    audience: string;
                    /**
                     * @description Public audience only: the affected components and their state
                     * @default {}
                     */
                    components?: {
                        [key: string]: "operational" | "degraded" | "partial-outage" | "major-outage" | "maintenance";
                    };
                    impact: string;
                    /**
                     * @description When they hear next (null: the cadence for the severity)
                     * @default null
                     */
                    nextUpdateAt?: string | null;
                    /** @enum {string} */
                    stage: "investigating" | "identified" | "monitoring" | "resolved" | "scheduled" | "in-progress" | "completed";
                    text: string;
                    /** @description A headline readers understand without the codename */
                    title: string;
                    /** @default null */
                    workaround?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefCommsUpdatesByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Changes the IC makes on approval (recorded) */
                    edits?: {
                        impact?: string;
                        text?: string;
                        title?: string;
                        workaround?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefCommsUpdatesByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefCommsUpdatesPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An audience the IC named (`public`: the status page) */
                    audience: string;
                    /**
                     * @description Public audience only: the affected components and their state
                     * @default {}
                     */
                    components?: {
                        [key: string]: "operational" | "degraded" | "partial-outage" | "major-outage" | "maintenance";
                    };
                    impact: string;
                    /**
                     * @description When they hear next (null: the cadence for the severity)
                     * @default null
                     */
                    nextUpdateAt?: string | null;
                    /** @enum {string} */
                    stage: "investigating" | "identified" | "monitoring" | "resolved" | "scheduled" | "in-progress" | "completed";
                    text: string;
                    /** @description A headline readers understand without the codename */
                    title: string;
                    /** @default null */
                    workaround?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        previews: {
                            audience: string;
                            body: string;
                            needsApproval: boolean;
                            /** @description Members it would reach (email addresses without an SMTP server do not count) */
                            recipients: number;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefConflicts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conflicts: {
                            incidents: {
                                id: string;
                                name: string;
                                number: number;
                                roles: string[];
                                /** @enum {string} */
                                standing: "checked-in" | "paged";
                                /** @enum {string} */
                                status: "active" | "stable" | "ended";
                            }[];
                            person: string;
                        }[];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who made the decision (defaults to you) */
                    decidedBy?: string;
                    decision: string;
                    /** @description The objective this decision serves */
                    objectiveId?: string;
                    rationale: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefDispatches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Escalate when nobody acknowledges within this many minutes
                     * @default 5
                     */
                    ackMinutes?: number;
                    /**
                     * @description Page all of the team at once (any one acknowledges) rather than along its escalation list
                     * @default false
                     */
                    all?: boolean;
                    message: string;
                    /** @description A person's handle, e.g. `sue` */
                    person?: string;
                    team?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefDispatchesByIdAck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Also check in (default true) */
                    checkIn?: boolean;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefFollowUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dueAt?: string | null;
                    owner: string;
                    /** @enum {string} */
                    priority?: "high" | "medium" | "low";
                    source?: {
                        /** @enum {string} */
                        kind: "need" | "decision" | "change" | "postmortem" | "manual";
                        /** @description The need or change id, or the decision's event seq */
                        ref: string | null;
                        /** @description The postmortem section it belongs to */
                        section: string | null;
                    };
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchIncidentsByRefFollowUpsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dueAt?: string | null;
                    owner?: string;
                    /** @enum {string} */
                    priority?: "high" | "medium" | "low";
                    reason?: string;
                    /** @enum {string} */
                    state?: "open" | "in-progress" | "done" | "wont-do";
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefFollowUpsByIdTrack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    group: string;
                    /** @description A person's handle, e.g. `sue` */
                    lead: string;
                    supervisor?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefGroupsByGroupMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    supervisor: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefInsights: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentInsights"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putIncidentsByRefLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The whole list: chat channel, bridge, documents, dashboards */
                    links: {
                        label: string;
                        /** @description An http(s) address */
                        url: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key?: boolean;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description End with work in flight, closing it on the record */
                    confirm?: boolean;
                    /** @description The incident this one duplicates */
                    into: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefNeeds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        needs: components["schemas"]["Need"][];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefNeedsByIdAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What was done or decided about the need */
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefNeedsByIdAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A checked-in responder to see to it */
                    assignee: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefNeedsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    people?: string[];
                    teams?: string[];
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefObjectives: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A person's handle, e.g. `sue` */
                    owner: string;
                    /** @description An outcome, not a procedure */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchIncidentsByRefObjectivesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A person's handle, e.g. `sue` */
                    owner?: string;
                    /** @enum {string} */
                    state?: "open" | "achieved" | "dropped";
                    text?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefOrg: {
        parameters: {
            query?: {
                /** @description The tree as it was at this moment (ISO 8601) */
                at?: string;
                /** @description The tree as it was after this event */
                seq?: number;
            };
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ISO 8601 UTC */
                        at: string;
                        root: components["schemas"]["OrgNode"];
                        seq: number;
                        spanOfControlMax: number;
                        staging: string[];
                        warnings: components["schemas"]["OrgWarning"][];
                    } | string;
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefPeriods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Default: by severity */
                    minutes?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        objectives: components["schemas"]["Objective"][];
                        period: number;
                        /** @description ISO 8601 UTC */
                        periodEndsAt: string;
                        /** @description ISO 8601 UTC */
                        periodStartedAt: string;
                        tasks: components["schemas"]["Task"][];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefPostmortem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefPostmortem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefPostmortemApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefPostmortemComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Answer this comment's thread */
                    replyTo?: string;
                    /** @description The heading it is about, e.g. "What went badly" */
                    section: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefPostmortemCommentsByIdResolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description false reopens the thread
                     * @default true
                     */
                    resolved?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefPostmortemExport: {
        parameters: {
            query?: {
                format?: "md" | "html";
            };
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putIncidentsByRefPostmortemOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    owner: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefPostmortemPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Publish although some sentences are flagged, saying why they stay */
                    acceptFlags?: {
                        reason: string;
                    };
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefPostmortemSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putIncidentsByRefPostmortemText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you started editing from */
                    baseVersion: number;
                    markdown: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefPractices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The drill run this incident was (null: not a run of a scenario) */
                        drill: {
                            /** @description The team's earlier runs of the same scenario, newest first */
                            earlier: {
                                incident: number;
                                passed: boolean;
                                run: string;
                                score: number | null;
                                startedAt: string;
                                /** @description Each practice's verdict then, by practice id */
                                verdicts: {
                                    [key: string]: string;
                                };
                            }[];
                            run: string;
                            scenario: string;
                            title: string;
                        } | null;
                        incident: {
                            kind: string;
                            name: string;
                            number: number;
                        };
                        passed: boolean;
                        passMark: number;
                        practices: {
                            /** @description Sequence numbers of the events the finding rests on */
                            evidence: number[];
                            finding: string;
                            id: string;
                            lesson: string;
                            points: number | null;
                            title: string;
                            /** @enum {string} */
                            verdict: "kept" | "partly" | "missed" | "not-tested";
                        }[];
                        /** @description Share of points over the practices tested (0–1) */
                        score: number | null;
                        /** @description Detection, else declaration: the clock for 'how soon' */
                        start: string;
                    } | string;
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefRelations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Another incident: its number or id */
                    incident: string;
                    /**
                     * @default related
                     * @enum {string}
                     */
                    kind?: "related" | "duplicate-of" | "caused-by";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIncidentsByRefRelationsByOther: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                other: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actions: string;
                    conditions: string;
                    /** @description "none" is a valid answer */
                    needs: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefResponders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /** @description A person's handle, e.g. `sue` */
                    person: string;
                    skills?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIncidentsByRefRespondersByPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                person: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefRespondersByPersonAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                person: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    group?: string;
                    /** @description incident-commander, deputy, tech-lead, scribe, comms-lead, sme, liaison:<group> or group-lead:<group> */
                    role?: string;
                    /** @description Omit or null: reports to the Incident Commander */
                    supervisor?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefRespondersByPersonMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                person: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description null: reports to the Incident Commander */
                    supervisor: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putIncidentsByRefRolesByRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
                /** @description incident-commander, deputy, tech-lead, scribe, comms-lead, sme, liaison:<group> or group-lead:<group> */
                role: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A person's handle, e.g. `sue` */
                    person: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefRolesHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        history: {
                            by: string;
                            /** @description ISO 8601 UTC */
                            from: string;
                            holder: string;
                            role: string;
                            to: string | null;
                            /** @enum {string} */
                            via: "declare" | "fill" | "transfer" | "assume";
                        }[];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ending with work in flight (tasks, changes, offers, objectives) closes it on the record: set true */
                    confirm?: boolean;
                    /** @description Required to reopen */
                    reason?: string;
                    /** @enum {string} */
                    status: "active" | "stable" | "ended";
                    /** @description Required to end */
                    summary?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefStream: {
        parameters: {
            query?: {
                after?: number;
            };
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Server-Sent Events stream (`text/event-stream`). Each frame has `id:` (resume from it with the `Last-Event-ID` header), `event:` (the event type, or `incident` for list rows) and `data:` (one JSON object). Comment lines are heartbeats; `event: shutdown` means the server is closing and the client should reconnect. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A person's handle, e.g. `sue` */
                    assignee: string;
                    objectiveId?: string | null;
                    task: string;
                    /** @description Back to the assigner within this many minutes */
                    timeBoxMinutes: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefTasksByIdAck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefTasksByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefTasksByIdReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    done?: boolean;
                    /** @description Ask for more time: a new time box from now */
                    extendMinutes?: number;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefTimeline: {
        parameters: {
            query?: {
                after?: number;
                limit?: number;
                type?: string;
            };
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: components["schemas"]["Event"][];
                        next: number | null;
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsByRefTransfers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        transfers: {
                            briefing: {
                                notes: string;
                                snapshot: string;
                            };
                            from: string | null;
                            id: string;
                            /** @description ISO 8601 UTC */
                            offeredAt: string;
                            offeredBy: string;
                            role: string;
                            to: string;
                        }[];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefTransfers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Open hypotheses, what was ruled out, pending timers; a status snapshot is added automatically
                     * @default
                     */
                    briefing?: string;
                    /** @description incident-commander, deputy, tech-lead, scribe, comms-lead, sme, liaison:<group> or group-lead:<group> */
                    role: string;
                    /** @description A person's handle, e.g. `sue` */
                    to: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefTransfersByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefTransfersByIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefTransfersByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putIncidentsByRefUmbrella: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The umbrella incident */
                    umbrella: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIncidentsByRefUmbrella: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIncidentsByRefUpdates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident's id or number */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What changed, what is being done, next steps */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentsStream: {
        parameters: {
            query?: {
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Server-Sent Events stream (`text/event-stream`). Each frame has `id:` (resume from it with the `Last-Event-ID` header), `event:` (the event type, or `incident` for list rows) and `data:` (one JSON object). Comment lines are heartbeats; `event: shutdown` means the server is closing and the client should reconnect. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInsights: {
        parameters: {
            query?: {
                /** @description Include drills (left out by default) */
                drills?: "true" | "false";
                /** @description Incidents declared from (default: 90 days before `to`) */
                from?: string;
                /** @description …up to, not including (default: now) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Insights"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInsightsExport: {
        parameters: {
            query?: {
                /** @description Include drills (left out by default) */
                drills?: "true" | "false";
                /** @description Incidents declared from (default: 90 days before `to`) */
                from?: string;
                /** @description One row per incident, or per week and severity */
                table?: "incidents" | "weeks";
                /** @description …up to, not including (default: now) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIntegrationsGithubWebhook: {
        parameters: {
            query?: never;
            header?: {
                "x-github-delivery"?: string;
                "x-github-event"?: string;
                "x-hub-signature-256"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        /** @enum {string} */
                        result: "updated" | "unchanged" | "ignored";
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPostmortems: {
        parameters: {
            query?: {
                owner?: string;
                stage?: "draft" | "in-review" | "published";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        postmortems: components["schemas"]["Postmortem"][];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSchedules: {
        parameters: {
            query?: {
                /** @description ISO 8601 instant; default now */
                at?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schedules: {
                            at: string;
                            name: string;
                            /** @description The next shift of someone else */
                            next: {
                                end: string;
                                person: string;
                                /** @description The layer or the override the shift comes from */
                                source: {
                                    layer: number;
                                    name: string;
                                } | {
                                    override: string;
                                };
                                /** @description ISO 8601 instant (UTC) */
                                start: string;
                            } | null;
                            /** @description Who is on call at `at`, and the whole shift; null: nobody */
                            now: {
                                end: string;
                                person: string;
                                /** @description The layer or the override the shift comes from */
                                source: {
                                    layer: number;
                                    name: string;
                                } | {
                                    override: string;
                                };
                                /** @description ISO 8601 instant (UTC) */
                                start: string;
                            } | null;
                            schedule: string;
                            timeZone: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSchedulesBySlug: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A schedule's id, e.g. `db-primary` */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: string;
                        /** @description Later layers win over earlier ones wherever they apply */
                        layers: {
                            /** @description When the layer stops (wall clock); none: it goes on */
                            end?: string | null;
                            name: string;
                            participants: string[];
                            /** @description Only within this window each week (e.g. working hours) */
                            restriction?: {
                                from: string;
                                /** @description Not after `from`: the window runs past midnight */
                                to: string;
                                /** @description Days the window starts on: 1 = Monday … 7 = Sunday */
                                weekdays: number[];
                            } | null;
                            /** @description How often the layer hands over: `{every: 1, unit: 'weeks'}` is weekly */
                            rotation: {
                                every: number;
                                /** @enum {string} */
                                unit: "hours" | "days" | "weeks";
                            };
                            /** @description The first handoff (the first participant begins), wall clock in the zone */
                            start: string;
                        }[];
                        name: string;
                        onCall: {
                            at: string;
                            /** @description The next shift of someone else */
                            next: {
                                end: string;
                                person: string;
                                /** @description The layer or the override the shift comes from */
                                source: {
                                    layer: number;
                                    name: string;
                                } | {
                                    override: string;
                                };
                                /** @description ISO 8601 instant (UTC) */
                                start: string;
                            } | null;
                            /** @description Who is on call at `at`, and the whole shift; null: nobody */
                            now: {
                                end: string;
                                person: string;
                                /** @description The layer or the override the shift comes from */
                                source: {
                                    layer: number;
                                    name: string;
                                } | {
                                    override: string;
                                };
                                /** @description ISO 8601 instant (UTC) */
                                start: string;
                            } | null;
                        };
                        /** @description Overrides that have not ended */
                        overrides: {
                            createdAt: string;
                            createdBy: string;
                            end: string;
                            id: string;
                            note: string | null;
                            person: string;
                            start: string;
                        }[];
                        slug: string;
                        /** @description IANA time zone of the handoff times, e.g. Europe/London */
                        timeZone: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSchedulesBySlug: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A schedule's id, e.g. `db-primary` */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description Later layers win over earlier ones wherever they apply */
                    layers: {
                        /** @description When the layer stops (wall clock); none: it goes on */
                        end?: string | null;
                        name: string;
                        participants: string[];
                        /** @description Only within this window each week (e.g. working hours) */
                        restriction?: {
                            from: string;
                            /** @description Not after `from`: the window runs past midnight */
                            to: string;
                            /** @description Days the window starts on: 1 = Monday … 7 = Sunday */
                            weekdays: number[];
                        } | null;
                        /** @description How often the layer hands over: `{every: 1, unit: 'weeks'}` is weekly */
                        rotation: {
                            every: number;
                            /** @enum {string} */
                            unit: "hours" | "days" | "weeks";
                        };
                        /** @description The first handoff (the first participant begins), wall clock in the zone */
                        start: string;
                    }[];
                    name: string;
                    /** @description IANA time zone of the handoff times, e.g. Europe/London */
                    timeZone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: string;
                        /** @description Later layers win over earlier ones wherever they apply */
                        layers: {
                            /** @description When the layer stops (wall clock); none: it goes on */
                            end?: string | null;
                            name: string;
                            participants: string[];
                            /** @description Only within this window each week (e.g. working hours) */
                            restriction?: {
                                from: string;
                                /** @description Not after `from`: the window runs past midnight */
                                to: string;
                                /** @description Days the window starts on: 1 = Monday … 7 = Sunday */
                                weekdays: number[];
                            } | null;
                            /** @description How often the layer hands over: `{every: 1, unit: 'weeks'}` is weekly */
                            rotation: {
                                every: number;
                                /** @enum {string} */
                                unit: "hours" | "days" | "weeks";
                            };
                            /** @description The first handoff (the first participant begins), wall clock in the zone */
                            start: string;
                        }[];
                        name: string;
                        onCall: {
                            at: string;
                            /** @description The next shift of someone else */
                            next: {
                                end: string;
                                person: string;
                                /** @description The layer or the override the shift comes from */
                                source: {
                                    layer: number;
                                    name: string;
                                } | {
                                    override: string;
                                };
                                /** @description ISO 8601 instant (UTC) */
                                start: string;
                            } | null;
                            /** @description Who is on call at `at`, and the whole shift; null: nobody */
                            now: {
                                end: string;
                                person: string;
                                /** @description The layer or the override the shift comes from */
                                source: {
                                    layer: number;
                                    name: string;
                                } | {
                                    override: string;
                                };
                                /** @description ISO 8601 instant (UTC) */
                                start: string;
                            } | null;
                        };
                        /** @description Overrides that have not ended */
                        overrides: {
                            createdAt: string;
                            createdBy: string;
                            end: string;
                            id: string;
                            note: string | null;
                            person: string;
                            start: string;
                        }[];
                        slug: string;
                        /** @description IANA time zone of the handoff times, e.g. Europe/London */
                        timeZone: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: string;
                        /** @description Later layers win over earlier ones wherever they apply */
                        layers: {
                            /** @description When the layer stops (wall clock); none: it goes on */
                            end?: string | null;
                            name: string;
                            participants: string[];
                            /** @description Only within this window each week (e.g. working hours) */
                            restriction?: {
                                from: string;
                                /** @description Not after `from`: the window runs past midnight */
                                to: string;
                                /** @description Days the window starts on: 1 = Monday … 7 = Sunday */
                                weekdays: number[];
                            } | null;
                            /** @description How often the layer hands over: `{every: 1, unit: 'weeks'}` is weekly */
                            rotation: {
                                every: number;
                                /** @enum {string} */
                                unit: "hours" | "days" | "weeks";
                            };
                            /** @description The first handoff (the first participant begins), wall clock in the zone */
                            start: string;
                        }[];
                        name: string;
                        onCall: {
                            at: string;
                            /** @description The next shift of someone else */
                            next: {
                                end: string;
                                person: string;
                                /** @description The layer or the override the shift comes from */
                                source: {
                                    layer: number;
                                    name: string;
                                } | {
                                    override: string;
                                };
                                /** @description ISO 8601 instant (UTC) */
                                start: string;
                            } | null;
                            /** @description Who is on call at `at`, and the whole shift; null: nobody */
                            now: {
                                end: string;
                                person: string;
                                /** @description The layer or the override the shift comes from */
                                source: {
                                    layer: number;
                                    name: string;
                                } | {
                                    override: string;
                                };
                                /** @description ISO 8601 instant (UTC) */
                                start: string;
                            } | null;
                        };
                        /** @description Overrides that have not ended */
                        overrides: {
                            createdAt: string;
                            createdBy: string;
                            end: string;
                            id: string;
                            note: string | null;
                            person: string;
                            start: string;
                        }[];
                        slug: string;
                        /** @description IANA time zone of the handoff times, e.g. Europe/London */
                        timeZone: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSchedulesBySlug: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A schedule's id, e.g. `db-primary` */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSchedulesBySlugCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A schedule's id, e.g. `db-primary` */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Signed iCalendar address; works without signing in */
                        url: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSchedulesBySlugCalendarRotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A schedule's id, e.g. `db-primary` */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Signed iCalendar address; works without signing in */
                        url: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSchedulesBySlugOnCall: {
        parameters: {
            query?: {
                /** @description ISO 8601 instant; default now */
                at?: string;
            };
            header?: never;
            path: {
                /** @description A schedule's id, e.g. `db-primary` */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        name: string;
                        /** @description The next shift of someone else */
                        next: {
                            end: string;
                            person: string;
                            /** @description The layer or the override the shift comes from */
                            source: {
                                layer: number;
                                name: string;
                            } | {
                                override: string;
                            };
                            /** @description ISO 8601 instant (UTC) */
                            start: string;
                        } | null;
                        /** @description Who is on call at `at`, and the whole shift; null: nobody */
                        now: {
                            end: string;
                            person: string;
                            /** @description The layer or the override the shift comes from */
                            source: {
                                layer: number;
                                name: string;
                            } | {
                                override: string;
                            };
                            /** @description ISO 8601 instant (UTC) */
                            start: string;
                        } | null;
                        schedule: string;
                        timeZone: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSchedulesBySlugOverrides: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A schedule's id, e.g. `db-primary` */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    end: string;
                    note?: string;
                    /** @description A person's handle, e.g. `sue` */
                    person: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601 instant
                     */
                    start: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        createdBy: string;
                        end: string;
                        id: string;
                        note: string | null;
                        person: string;
                        start: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSchedulesBySlugOverridesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description A schedule's id, e.g. `db-primary` */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSchedulesBySlugShifts: {
        parameters: {
            query?: {
                /** @description ISO 8601 instant; default now */
                from?: string;
                /** @description ISO 8601 instant; default 14 days after from */
                to?: string;
            };
            header?: never;
            path: {
                /** @description A schedule's id, e.g. `db-primary` */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        shifts: {
                            end: string;
                            person: string;
                            /** @description The layer or the override the shift comes from */
                            source: {
                                layer: number;
                                name: string;
                            } | {
                                override: string;
                            };
                            /** @description ISO 8601 instant (UTC) */
                            start: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error (problem+json) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStakeholderGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groups: components["schemas"]["StakeholderGroup"][];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putStakeholderGroupsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Updates wait for the IC's approval (default: true for external groups, false for internal) */
                    approval?: boolean;
                    /**
                     * @description Outside the organisation: customers, partners, the public
                     * @default false
                     */
                    external?: boolean;
                    label: string;
                    /** @default [] */
                    members?: components["schemas"]["StakeholderMemberInInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StakeholderGroup"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteStakeholderGroupsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatusComponents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        components: components["schemas"]["StatusComponent"][];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putStatusComponentsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    /**
                     * @description The heading it is shown under
                     * @default null
                     */
                    group?: string | null;
                    label: string;
                    /** @default 0 */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusComponent"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteStatusComponentsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        teams: {
                            displayName: string;
                            escalation: string[];
                            name: string;
                            /** @description The escalation list as it stands now, its schedules resolved */
                            now: {
                                onCall: {
                                    person: string;
                                    schedule: string;
                                }[];
                                /** @description Who a page would ask now, in order */
                                people: string[];
                                /** @description Schedules on the list with nobody on call now */
                                uncovered: string[];
                            };
                        }[];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putTeamsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    /** @description Who is asked first, second, …: people's handles, or `schedule:<id>` for a schedule's on-call person */
                    escalation: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string;
                        escalation: string[];
                        name: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrainingQualifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        people: {
                            person: string;
                            qualified: string[];
                            standings: components["schemas"]["Standing"][];
                        }[];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrainingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description false: the defaults apply (no admin has written rules) */
                        custom: boolean;
                        rules: {
                            requires: {
                                /**
                                 * @description The role held (responder: checked in, in any role)
                                 * @enum {string}
                                 */
                                as: "incident-commander" | "deputy" | "tech-lead" | "scribe" | "comms-lead" | "sme" | "responder";
                                count: number;
                                /**
                                 * @default any
                                 * @enum {string}
                                 */
                                in: "drill" | "real" | "any";
                                /**
                                 * @description Only incidents whose practice score passed (a drill's pass mark; 70% for a real incident)
                                 * @default false
                                 */
                                passing: boolean;
                            }[];
                            /** @enum {string} */
                            role: "incident-commander" | "deputy" | "tech-lead" | "scribe" | "comms-lead" | "sme";
                        }[];
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putTrainingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rules: {
                        requires: {
                            /**
                             * @description The role held (responder: checked in, in any role)
                             * @enum {string}
                             */
                            as: "incident-commander" | "deputy" | "tech-lead" | "scribe" | "comms-lead" | "sme" | "responder";
                            count: number;
                            /**
                             * @default any
                             * @enum {string}
                             */
                            in?: "drill" | "real" | "any";
                            /**
                             * @description Only incidents whose practice score passed (a drill's pass mark; 70% for a real incident)
                             * @default false
                             */
                            passing?: boolean;
                        }[];
                        /** @enum {string} */
                        role: "incident-commander" | "deputy" | "tech-lead" | "scribe" | "comms-lead" | "sme";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description false: the defaults apply (no admin has written rules) */
                        custom: boolean;
                        rules: {
                            requires: {
                                /**
                                 * @description The role held (responder: checked in, in any role)
                                 * @enum {string}
                                 */
                                as: "incident-commander" | "deputy" | "tech-lead" | "scribe" | "comms-lead" | "sme" | "responder";
                                count: number;
                                /**
                                 * @default any
                                 * @enum {string}
                                 */
                                in: "drill" | "real" | "any";
                                /**
                                 * @description Only incidents whose practice score passed (a drill's pass mark; 70% for a real incident)
                                 * @default false
                                 */
                                passing: boolean;
                            }[];
                            /** @enum {string} */
                            role: "incident-commander" | "deputy" | "tech-lead" | "scribe" | "comms-lead" | "sme";
                        }[];
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: components["schemas"]["ListedUser"][];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The same as role admin */
                    admin?: boolean;
                    displayName: string;
                    /** Format: email */
                    email?: string;
                    /** @description A person's handle, e.g. `sue` */
                    handle: string;
                    /**
                     * @description Default member (admin if `admin`)
                     * @enum {string}
                     */
                    role?: "admin" | "member" | "viewer" | "stakeholder";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsersByHandleCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Signed iCalendar address; works without signing in */
                        url: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsersByHandleCalendarRotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Signed iCalendar address; works without signing in */
                        url: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsersByHandleContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contacts: {
                            address: string;
                            createdAt: string;
                            handle: string;
                            id: string;
                            /** @enum {string} */
                            kind: "email" | "webhook";
                        }[];
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsersByHandleContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    address: string;
                    /** @enum {string} */
                    kind: "email";
                } | {
                    /** Format: uri */
                    address: string;
                    /** @enum {string} */
                    kind: "webhook";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string;
                        createdAt: string;
                        handle: string;
                        id: string;
                        /** @enum {string} */
                        kind: "email" | "webhook";
                        secret: string | null;
                    };
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteUsersByHandleContactsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsersByHandleDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsersByHandleReactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putUsersByHandleRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description admin; member (responds); viewer (reads open incidents); stakeholder (stakeholder views only)
                     * @enum {string}
                     */
                    role: "admin" | "member" | "viewer" | "stakeholder";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsersByHandleShifts: {
        parameters: {
            query?: {
                /** @description ISO 8601 instant; default now */
                from?: string;
                /** @description ISO 8601 instant; default 14 days after from */
                to?: string;
            };
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        shifts: {
                            end: string;
                            person: string;
                            schedule: string;
                            scheduleName: string;
                            /** @description The layer or the override the shift comes from */
                            source: {
                                layer: number;
                                name: string;
                            } | {
                                override: string;
                            };
                            /** @description ISO 8601 instant (UTC) */
                            start: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsersByHandleTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tokens: components["schemas"]["Token"][];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsersByHandleTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Leave out for a token that does not expire */
                    expiresInDays?: number;
                    label?: string;
                    /**
                     * @description `full` (default): what the person may; `read-only`: reads only (dashboards, reports). Admins only: `incident-writer` (incidents and their records, no administration), `alert-intake` (declare incidents and send alerts, nothing else), `admin` (for an admin's token)
                     * @enum {string}
                     */
                    scope?: "full" | "read-only" | "incident-writer" | "alert-intake" | "admin";
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        handle: string;
                        id: string;
                        token: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteUsersByHandleTokensById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A person's handle, e.g. `sue` */
                handle: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsersByHandleTraining: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        incidents: {
                            declaredAt: string;
                            kind: string;
                            name: string;
                            number: number;
                            passed: boolean | null;
                            roles: {
                                ms: number;
                                role: string;
                            }[];
                            /** @description The practice score (null until it ended, or its drill run did) */
                            score: number | null;
                        }[];
                        person: string;
                        roles: {
                            drills: number;
                            incidents: number;
                            /** @description Time held in all */
                            ms: number;
                            /** @description Of them, with a passing practice score */
                            passed: number;
                            real: number;
                            /** @description A role, or 'responder' for the time checked in */
                            role: string;
                        }[];
                        standings: components["schemas"]["Standing"][];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to you (problem+json) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIntegrationsMattermostActions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIntegrationsMattermostCommand: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIntegrationsMattermostDialogs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIntegrationsSlackCommands: {
        parameters: {
            query?: never;
            header?: {
                "x-slack-request-timestamp"?: string;
                "x-slack-retry-num"?: string;
                "x-slack-retry-reason"?: string;
                "x-slack-signature"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIntegrationsSlackEvents: {
        parameters: {
            query?: never;
            header?: {
                "x-slack-request-timestamp"?: string;
                "x-slack-retry-num"?: string;
                "x-slack-retry-reason"?: string;
                "x-slack-signature"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIntegrationsSlackInteractions: {
        parameters: {
            query?: never;
            header?: {
                "x-slack-request-timestamp"?: string;
                "x-slack-retry-num"?: string;
                "x-slack-retry-reason"?: string;
                "x-slack-signature"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule of the incident (problem+json) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (problem+json) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error (problem+json) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStakeholderById: {
        parameters: {
            query: {
                sig: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postStakeholderByIdQuestions: {
        parameters: {
            query: {
                sig: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "getStatus.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatusConfirmById: {
        parameters: {
            query: {
                sig: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "getStatusFeed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatusIncidentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postStatusSubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @default all */
                    scope?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatusUnsubscribeById: {
        parameters: {
            query: {
                sig: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postStatusUnsubscribeById: {
        parameters: {
            query: {
                sig: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or unknown token (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `field` names it (problem+json) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage unavailable; retry after `Retry-After` seconds (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
