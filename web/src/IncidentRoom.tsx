import { useCallback, useState } from "react";
import type { Me } from "./api.js";
import { ApiError, api } from "./api.js";
import { Handover } from "./Actions.js";
import { CurrentRoles, rolesByPerson } from "./badges.js";
import { ChangesPanel } from "./panels/ChangesPanel.js";
import { Channel } from "./panels/Channel.js";
import { ChecklistsPanel } from "./panels/ChecklistsPanel.js";
import { OrgPanel, peopleIn } from "./panels/OrgPanel.js";
import { PlanPanel } from "./panels/PlanPanel.js";
import { ReportsPanel } from "./panels/ReportsPanel.js";
import { StatusPanel } from "./panels/StatusPanel.js";
import { Timeline } from "./panels/Timeline.js";
import { CommandBar } from "./room/CommandBar.js";
import { NextActions } from "./room/NextActions.js";
import { useToast } from "./ui/Toast.js";
import { useIncident, useNow } from "./useIncident.js";

/** The command post for one incident, kept live from its event stream. */
export function IncidentRoom({ number, me }: { number: number; me: Me }) {
  const ref = String(number);
  const view = useIncident(ref);
  const now = useNow();
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
  return (
    <CurrentRoles.Provider value={rolesByPerson(doc.roles)}>
      <main className="room">
        <CommandBar doc={doc} can={can} me={me} now={now} connected={view.connected} />
        {doc.kind !== "real" && (
          <p className={`kind-banner kind-${doc.kind}`}>
            {doc.kind === "drill"
              ? "DRILL — an exercise. Nobody outside the drill is paged or notified."
              : "PLANNED EVENT — a change or event run with the incident structure."}
          </p>
        )}
        <NextActions doc={doc} can={can} me={me} now={now} connected={view.connected} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="columns">
          <div className="column">
            <StatusPanel doc={doc} can={can} act={act} now={now} />
            <OrgPanel doc={doc} org={org} can={can} me={me} act={act} />
            <Handover
              doc={doc}
              me={me}
              people={responders}
              mayOffer={can.handOverCommand}
              act={act}
              incident={ref}
            />
            <PlanPanel doc={doc} can={can} me={me} people={responders} act={act} now={now} />
          </div>
          <div className="column">
            <Channel events={view.events} version={view.version} can={can} act={act} />
            <ReportsPanel doc={doc} mayReport={can.report} act={act} />
            <ChangesPanel doc={doc} can={can} me={me} act={act} now={now} />
            <ChecklistsPanel doc={doc} can={can} act={act} />
          </div>
          <div className="column wide">
            <Timeline events={view.events} version={view.version} />
          </div>
        </div>
      </main>
    </CurrentRoles.Provider>
  );
}
