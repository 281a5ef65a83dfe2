import * as Tabs from "@radix-ui/react-tabs";
import { useCallback, useState } from "react";
import type { Me } from "./api.js";
import { ApiError, api } from "./api.js";
import { Handover } from "./Actions.js";
import { CurrentRoles, rolesByPerson } from "./badges.js";
import type { ActionPlace } from "./logic/next-actions.js";
import { ChangesPanel } from "./panels/ChangesPanel.js";
import { Channel } from "./panels/Channel.js";
import { ChecklistsPanel } from "./panels/ChecklistsPanel.js";
import { OrgPanel, peopleIn } from "./panels/OrgPanel.js";
import { PlanPanel } from "./panels/PlanPanel.js";
import { ReportsPanel } from "./panels/ReportsPanel.js";
import { StatusPanel } from "./panels/StatusPanel.js";
import { Timeline } from "./panels/Timeline.js";
import { CommandBar } from "./room/CommandBar.js";
import { Composers } from "./room/Composers.js";
import { Succession } from "./room/Succession.js";
import { NeedsPanel } from "./panels/NeedsPanel.js";
import { RelationsPanel } from "./panels/RelationsPanel.js";
import { AlertsPanel } from "./panels/AlertsPanel.js";
import { PostmortemPanel } from "./panels/PostmortemPanel.js";
import { PracticesPanel } from "./panels/PracticesPanel.js";
import { FollowUpsPanel } from "./panels/FollowUpsPanel.js";
import { CommsPanel } from "./panels/CommsPanel.js";
import { NextActions } from "./room/NextActions.js";
import { OfferDialog, PinnedBriefingPanel, usePinnedBriefing } from "./room/OfferDialog.js";
import { useToast } from "./ui/Toast.js";
import { useIncident, useNow } from "./useIncident.js";
import { useMediaQuery } from "./useMediaQuery.js";

type Tab =
  "overview" | "plan" | "changes" | "comms" | "org" | "postmortem" | "practices" | "channel" | "timeline";

/** The tab where each kind of next action is done, and the section to bring into view there. */
const WHERE: Record<ActionPlace, { tab: Tab; section: string }> = {
  overview: { tab: "overview", section: "status" },
  needs: { tab: "overview", section: "needs" },
  update: { tab: "overview", section: "status" },
  dispatch: { tab: "overview", section: "status" },
  plan: { tab: "plan", section: "plan" },
  changes: { tab: "changes", section: "changes" },
  org: { tab: "org", section: "org" },
  handover: { tab: "org", section: "handover" },
  comms: { tab: "comms", section: "comms" },
};

/**
 * The command post for one incident, kept live from its event stream: the command bar, your next
 * actions, then tabs (Overview, Plan, Changes, Org); the channel and the timeline sit beside them
 * on a wide screen and become tabs of their own on a narrow one. Inactive tabs stay mounted, so
 * half-typed text survives a switch.
 */
export function IncidentRoom({ number, me }: { number: number; me: Me }) {
  const ref = String(number);
  const view = useIncident(ref);
  const now = useNow();
  const wide = useMediaQuery("(min-width: 1000px)");
  const [tab, setTab] = useState<Tab>("overview");
  const [pinned, setPinned] = usePinnedBriefing(ref, me.handle);
  const [offerAsked, setOfferAsked] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const act = useCallback(
    async (method: string, path: string, body?: unknown): Promise<boolean> => {
      try {
        setError(null);
        await api(method, `/incidents/${ref}${path}`, body);
        return true;
      } catch (e) {
        const message =
          e instanceof ApiError ? e.message : "That did not work; check the connection and try again.";
        setError(message);
        toast(message, "error");
        return false;
      }
    },
    [ref, toast],
  );
  const go = useCallback((place: ActionPlace) => {
    if (place === "handover") setOfferAsked((n) => n + 1);
    const where = WHERE[place];
    setTab(where.tab);
    // After the tab has rendered: bring the section into view and give it focus.
    requestAnimationFrame(() => {
      const target = document.getElementById(where.section);
      target?.scrollIntoView({ behavior: "smooth", block: "start" });
      target?.focus({ preventScroll: true });
    });
  }, []);
  const { doc, org, can } = view;
  if (!doc || !org || !can) {
    return (
      <main>
        {view.error ? (
          <p className="error" role="alert">
            {view.error} <a href="#/">Back to incidents</a>
          </p>
        ) : (
          <p>Loading…</p>
        )}
      </main>
    );
  }
  const responders = [...peopleIn(org), ...doc.staging.map((s) => s.person)];
  const channel = (
    <Channel events={view.events} version={view.version} can={can} act={act} floor={doc.channel} />
  );
  const timeline = <Timeline events={view.events} version={view.version} />;
  const pendingApproval = can.approveUpdates
    ? doc.comms.updates.filter((u) => u.status === "pending-approval").length
    : 0;
  const shown: Tab = !wide || (tab !== "channel" && tab !== "timeline") ? tab : "overview";
  return (
    <CurrentRoles.Provider value={rolesByPerson(doc.roles)}>
      <main className="room">
        <CommandBar doc={doc} can={can} me={me} now={now} connected={view.connected} go={go} />
        {doc.kind !== "real" && (
          <p className={`kind-banner kind-${doc.kind}`}>
            {doc.kind === "drill"
              ? "DRILL — an exercise. Nobody outside the drill is paged or notified."
              : "PLANNED EVENT — a change or event run with the incident structure."}
          </p>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <OfferDialog doc={doc} me={me} act={act} onAccepted={setPinned} reopen={offerAsked} />
        <div className={wide ? "room-layout wide" : "room-layout"}>
          <div className="room-main">
            {pinned && (
              <PinnedBriefingPanel
                briefing={pinned}
                dismiss={() => {
                  setPinned(null);
                }}
              />
            )}
            <NextActions doc={doc} can={can} me={me} now={now} connected={view.connected} go={go} />
            <Composers doc={doc} can={can} people={responders} />
            <Tabs.Root
              value={shown}
              onValueChange={(value) => {
                setTab(value as Tab);
              }}
              activationMode="manual"
            >
              <Tabs.List className="tabs" aria-label="Incident sections">
                <Tabs.Trigger value="overview">Overview</Tabs.Trigger>
                <Tabs.Trigger value="plan">Plan</Tabs.Trigger>
                <Tabs.Trigger value="changes">
                  Changes{doc.changes.length > 0 ? ` (${String(doc.changes.length)})` : ""}
                </Tabs.Trigger>
                <Tabs.Trigger value="comms">
                  Comms
                  {pendingApproval > 0 ? ` (${String(pendingApproval)} to approve)` : ""}
                </Tabs.Trigger>
                <Tabs.Trigger value="org">Org</Tabs.Trigger>
                {doc.status === "ended" && <Tabs.Trigger value="postmortem">Postmortem</Tabs.Trigger>}
                {(doc.kind === "drill" || doc.status === "ended") && (
                  <Tabs.Trigger value="practices">
                    {doc.kind === "drill" ? "After action" : "Practices"}
                  </Tabs.Trigger>
                )}
                {!wide && <Tabs.Trigger value="channel">Channel</Tabs.Trigger>}
                {!wide && <Tabs.Trigger value="timeline">Timeline</Tabs.Trigger>}
              </Tabs.List>
              <Tabs.Content value="overview" forceMount>
                <StatusPanel doc={doc} can={can} act={act} now={now} />
                <AlertsPanel doc={doc} now={now} />
                <RelationsPanel doc={doc} can={can} act={act} people={responders} now={now} />
                <NeedsPanel doc={doc} can={can} people={responders} now={now} act={act} />
                <ReportsPanel doc={doc} can={can} people={responders} act={act} now={now} />
                <ChecklistsPanel doc={doc} can={can} me={me} act={act} />
              </Tabs.Content>
              <Tabs.Content value="plan" forceMount>
                <PlanPanel doc={doc} can={can} me={me} people={responders} act={act} now={now} />
                {/* During the response follow-ups sit with the plan; after it, with the postmortem. */}
                {doc.status !== "ended" && (
                  <FollowUpsPanel doc={doc} can={can} me={me.handle} act={act} people={responders} />
                )}
              </Tabs.Content>
              <Tabs.Content value="changes" forceMount>
                <ChangesPanel doc={doc} can={can} me={me} act={act} now={now} people={responders} />
              </Tabs.Content>
              <Tabs.Content value="comms" forceMount>
                <CommsPanel doc={doc} can={can} now={now} />
              </Tabs.Content>
              <Tabs.Content value="org" forceMount>
                <OrgPanel doc={doc} org={org} can={can} me={me} act={act} now={now} />
                <Handover
                  doc={doc}
                  me={me}
                  people={responders}
                  mayOffer={can.handOverCommand}
                  act={act}
                  incident={ref}
                />
                <Succession doc={doc} can={can} people={peopleIn(org)} />
              </Tabs.Content>
              {doc.status === "ended" && (
                <Tabs.Content value="postmortem">
                  <PostmortemPanel doc={doc} me={me.handle} />
                  <FollowUpsPanel
                    doc={doc}
                    can={can}
                    me={me.handle}
                    act={act}
                    people={[...new Set([...responders, ...doc.followUps.map((f) => f.owner)])]}
                  />
                </Tabs.Content>
              )}
              {(doc.kind === "drill" || doc.status === "ended") && (
                <Tabs.Content value="practices">
                  <PracticesPanel doc={doc} />
                </Tabs.Content>
              )}
              {!wide && (
                <Tabs.Content value="channel" forceMount>
                  {channel}
                </Tabs.Content>
              )}
              {!wide && (
                <Tabs.Content value="timeline" forceMount>
                  {timeline}
                </Tabs.Content>
              )}
            </Tabs.Root>
          </div>
          {wide && (
            <aside className="room-side" aria-label="Channel and timeline">
              {channel}
              {timeline}
            </aside>
          )}
        </div>
      </main>
    </CurrentRoles.Provider>
  );
}
