import { useCallback, useState } from "react";
import type { Me } from "./api.js";
import { ApiError, api } from "./api.js";
import { EndIncident, Handover } from "./Actions.js";
import { CurrentRoles, rolesByPerson } from "./badges.js";
import { ChangesPanel } from "./panels/ChangesPanel.js";
import { Channel } from "./panels/Channel.js";
import { ChecklistsPanel } from "./panels/ChecklistsPanel.js";
import { OrgPanel, peopleIn } from "./panels/OrgPanel.js";
import { PlanPanel } from "./panels/PlanPanel.js";
import { ReportsPanel } from "./panels/ReportsPanel.js";
import { StatusPanel } from "./panels/StatusPanel.js";
import { Timeline } from "./panels/Timeline.js";
import { TextAction } from "./TextAction.js";
import { useIncident, useNow } from "./useIncident.js";

/** The command post for one incident, kept live from its event stream. */
export function IncidentRoom({ number, me }: { number: number; me: Me }) {
  const ref = String(number);
  const view = useIncident(ref);
  const now = useNow();
  const [error, setError] = useState<string | null>(null);
  const act = useCallback(
    async (method: string, path: string, body?: unknown): Promise<boolean> => {
      try {
        setError(null);
        await api(method, `/incidents/${ref}${path}`, body);
        return true;
      } catch (e) {
        setError(
          e instanceof ApiError ? e.message : "That did not work; check the connection and try again.",
        );
        return false;
      }
    },
    [ref],
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
        <header className="bar">
          <a href="#/">← Incidents</a>
          <h1>
            <span className={`sev sev-${doc.severity}`}>{doc.severity}</span> {doc.name}{" "}
            <small>#{doc.number}</small>
          </h1>
          <span className={`status status-${doc.status}`}>{doc.status}</span>
          {doc.kind === "drill" && <span className="status">drill</span>}
          <span className={view.connected ? "live" : "offline"} role="status">
            {view.connected ? "live" : "reconnecting…"}
          </span>
          {can.setStatus.includes("ended") && <EndIncident act={act} />}
          {doc.status === "ended" && can.setStatus.includes("active") && (
            <TextAction
              label="Why reopen this incident"
              button="Reopen"
              send={(reason) => act("POST", "/status", { status: "active", reason })}
            />
          )}
        </header>
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
