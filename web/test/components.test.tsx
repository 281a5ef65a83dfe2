import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Command, EventEnvelope, IncidentState } from "../../src/domain/index.js";
import {
  abilitiesFor,
  buildOrgTree,
  buildStatusDoc,
  decide,
  decideDeclare,
  defaultDomainConfig,
  stamp,
} from "../../src/domain/index.js";
import type { Abilities, Me, OrgNode } from "../src/api.js";
import { MessageText, mentions } from "../src/panels/Channel.js";
import { ChangesPanel } from "../src/panels/ChangesPanel.js";
import { OrgPanel, supervisorChoices } from "../src/panels/OrgPanel.js";
import { StatusPanel } from "../src/panels/StatusPanel.js";
import { CommsPanel } from "../src/panels/CommsPanel.js";
import { EventLine } from "../src/panels/Timeline.js";
import { Handover } from "../src/Actions.js";
import { CommandBar } from "../src/room/CommandBar.js";
import { IncidentMenu, incidentMenuItems } from "../src/room/IncidentMenu.js";

/** The signed-in person as GET /me describes them. */
function userNamed(person: string): Me {
  return {
    id: `u-${person}`,
    handle: person,
    displayName: person,
    email: null,
    isAdmin: false,
    role: "member",
    createdAt: at.toISOString(),
    deactivatedAt: null,
  };
}

const at = new Date("2026-11-24T10:00:00Z");
const act = (): Promise<boolean> => Promise.reject(new Error("components under test must not call the API"));

/** An incident run through the real domain: ann is IC, bob TL, cy an SME under bob, dee in staging. */
function incident(more: [string, Command][] = []): IncidentState {
  const declared = decideDeclare(
    { synopsis: "DC1 dark" },
    { actor: "ann", now: at, config: defaultDomainConfig, id: "i1", number: 1, openNames: [] },
  );
  let state = stamp(null, declared, "ann", at).state;
  const steps: [string, Command][] = [
    ["ann", { type: "check-in", person: "bob" }],
    ["ann", { type: "check-in", person: "cy" }],
    ["ann", { type: "check-in", person: "dee" }],
    ["ann", { type: "assign", person: "bob", role: "tech-lead" }],
    ["ann", { type: "assign", person: "cy", supervisor: "bob", role: "sme" }],
    ...more,
  ];
  let ids = 0;
  for (const [actor, cmd] of steps) {
    const newId = () => `id${String(++ids)}`;
    const ctx = { actor, now: at, config: defaultDomainConfig, isAdmin: false, newId };
    state = stamp(state, decide(state, cmd, ctx), actor, at).state;
  }
  return state;
}

function render(person: string): string {
  const state = incident();
  const doc = buildStatusDoc(state, defaultDomainConfig);
  const org = buildOrgTree(state, defaultDomainConfig).root as OrgNode;
  const can: Abilities = { person, ...abilitiesFor(state, person, false) };
  const me = userNamed(person);
  return renderToStaticMarkup(
    <>
      <IncidentMenu doc={doc} can={can} />
      <StatusPanel doc={doc} can={can} act={act} now={at.getTime()} />
      <OrgPanel doc={doc} org={org} can={can} me={me} act={act} />
    </>,
  );
}

/** The supervisors one person is offered when assigning from staging. */
function choicesFor(person: string) {
  const state = incident();
  const doc = buildStatusDoc(state, defaultDomainConfig);
  const org = buildOrgTree(state, defaultDomainConfig).root as OrgNode;
  const can: Abilities = { person, ...abilitiesFor(state, person, false) };
  return supervisorChoices(org, doc, can, new Map(), []);
}

describe("the room shows only what the API would accept", () => {
  it("gives the IC every organising action", () => {
    const html = render("ann");
    expect(html).toContain('aria-label="Move bob"');
    expect(html).toContain('aria-label="Release cy"');
    expect(html).toContain('aria-label="Release dee"');
    expect(html).toContain('aria-label="Incident actions"');
    expect(html).toContain("Post update");
    expect(html).toContain('aria-label="Assign dee"');
    expect(html).not.toContain(">Check in<");
    expect(choicesFor("ann").map((c) => c.value)).toEqual(["", "bob", "cy"]);
  });

  it("lets the Tech Lead organise her own branch, but not bring people in from staging", () => {
    const html = render("bob");
    expect(html).toContain('aria-label="Move cy"');
    expect(html).not.toContain('aria-label="Release dee"');
    // Staffing is for the IC, the Deputy and group leads (issue 10's guardrail).
    expect(html).not.toContain('aria-label="Assign dee"');
    expect(choicesFor("bob")).toEqual([]);
  });

  it("offers someone outside the response a check-in and nothing else", () => {
    const html = render("eve");
    expect(html).toContain(">Check in<");
    for (const refused of ["Move ", "Release ", "Incident actions", "Post update", "Assign "]) {
      expect(html).not.toContain(refused);
    }
  });
});

describe("changes in flight show each person only the moves the API would take", () => {
  const dns: Command = {
    type: "change-propose",
    what: "Point DNS at DC2",
    why: "DC1 is dark",
    system: "dns",
    risk: "low",
    rollbackPlan: "Point it back",
  };
  const changes = (person: string, more: [string, Command][], seconds = 0): string => {
    const state = incident(more);
    const doc = buildStatusDoc(state, defaultDomainConfig);
    const can: Abilities = { person, ...abilitiesFor(state, person, false) };
    const me = userNamed(person);
    const now = at.getTime() + seconds * 1000;
    return renderToStaticMarkup(<ChangesPanel doc={doc} can={can} me={me} act={act} now={now} people={[]} />);
  };

  it("hold a change in its objection window: the proposer may withdraw, only the IC may override", () => {
    const proposer = changes("cy", [["cy", dns]]);
    expect(proposer).toMatch(/Objection window: [^<]+ left/);
    expect(proposer).toContain(">Withdraw<");
    expect(proposer).not.toContain(">Start<");
    expect(proposer).not.toContain("Override and start");
    expect(proposer).not.toContain("Reason to object");
    const ic = changes("ann", [["cy", dns]]);
    expect(ic).toContain('aria-label="Reason to object to Point DNS at DC2"');
    expect(ic).toContain(">Clear<");
    expect(ic).toContain('aria-label="Why start Point DNS at DC2 now"');
    expect(ic).not.toContain(">Start<");
  });

  it("let the proposer start once the window has passed, and the objector withdraw the objection", () => {
    expect(changes("cy", [["cy", dns]], 61)).toContain(">Start<");
    const objected: [string, Command][] = [
      ["cy", dns],
      ["bob", { type: "change-object", id: "id1", reason: "DC2 is not warmed up" }],
    ];
    expect(changes("cy", objected, 61)).not.toContain(">Start<");
    expect(changes("bob", objected, 61)).toContain("withdraw my objection");
    expect(changes("cy", objected, 61)).not.toContain("withdraw my objection");
  });

  it("queue a second change behind the one in progress on the same system, then ask what it did", () => {
    const running: [string, Command][] = [
      ["cy", dns],
      ["ann", { type: "change-start", id: "id1", override: "customers are down" }],
      ["cy", { ...dns, what: "Lower the TTL" }],
    ];
    const html = changes("cy", running, 61);
    expect(html).toContain("Start when Point DNS at DC2 is done");
    expect(html).toContain('aria-label="What Point DNS at DC2 did"');
    expect(html).toContain(">Roll back<");
    expect(html).not.toContain(">Keep<");
  });
});

describe("messages and timeline lines", () => {
  it("keep links live and safe, and fold long pastes", () => {
    const html = renderToStaticMarkup(
      <MessageText text="graph: https://grafana.example.com/d/1 <b>hi</b>" />,
    );
    expect(html).toContain(
      '<a href="https://grafana.example.com/d/1" target="_blank" rel="noopener noreferrer">',
    );
    expect(html).toContain("&lt;b&gt;hi&lt;/b&gt;");
    const paste = Array.from({ length: 30 }, (_, i) => `line ${String(i)}`).join("\n");
    expect(renderToStaticMarkup(<MessageText text={paste} />)).toMatch(
      /<details[^>]*><summary>[\s\S]*30 lines/,
    );
  });

  it("show the actor's role badges beside their name", () => {
    const e = {
      seq: 9,
      at: at.toISOString(),
      type: "log.entry",
      actor: "bob",
      actorRoles: ["tech-lead"],
      data: { text: "PDU 3 tripped", key: false },
    } as EventEnvelope;
    const html = renderToStaticMarkup(<EventLine e={e} />);
    expect(html).toMatch(/bob<span class="badge badge-tech-lead">TL<\/span>/);
    expect(html).toContain("PDU 3 tripped");
  });
});

describe("the incident menu", () => {
  const items = (person: string) => {
    const state = incident();
    return incidentMenuItems(buildStatusDoc(state, defaultDomainConfig), {
      person,
      ...abilitiesFor(state, person, false),
    });
  };
  it("offers the IC everything that changes the incident, and a responder only notifying", () => {
    expect(items("ann")).toEqual({
      page: true,
      notify: true,
      edit: true,
      stable: true,
      active: false,
      end: true,
      reopen: false,
      assume: false,
      stepAway: false,
      resume: false,
      link: true,
      umbrella: true,
      detach: false,
      merge: true,
    });
    expect(items("bob")).toEqual({
      page: false,
      notify: true,
      edit: false,
      stable: false,
      active: false,
      end: false,
      reopen: false,
      assume: false,
      stepAway: false,
      resume: false,
      link: true,
      umbrella: false,
      detach: false,
      merge: false,
    });
    expect(Object.values(items("eve")).some(Boolean)).toBe(false);
  });
});

describe("the command bar", () => {
  const bar = (person: string, connected: boolean, now = at.getTime()): string => {
    const state = incident([
      ["bob", { type: "report-can", conditions: "DB down", actions: "failover", needs: "a DBA" }],
    ]);
    const doc = buildStatusDoc(state, defaultDomainConfig);
    const can: Abilities = { person, ...abilitiesFor(state, person, false) };
    return renderToStaticMarkup(
      <CommandBar
        doc={doc}
        can={can}
        me={userNamed(person)}
        now={now}
        connected={connected}
        go={() => undefined}
      />,
    );
  };

  it("shows severity, the IC, my roles, the next update and open needs at a glance", () => {
    const html = bar("bob", true);
    expect(html).toContain('class="sev sev-SEV2"');
    expect(html).toMatch(/<dt>IC<\/dt><dd><span class="person">ann/);
    expect(html).toMatch(/<dt>You<\/dt><dd><span class="person">bob<span class="badge badge-tech-lead">TL/);
    expect(html).toContain("<dt>Next update</dt><dd>1 h left");
    expect(html).toMatch(
      /<dt>Open needs<\/dt><dd><button [^>]*aria-label="1 open needs: show them"[^>]*>1<\/button>/,
    );
    expect(html).toContain('aria-current="step">active');
    expect(html).not.toContain("offline-banner");
  });

  it("cannot be missed when the connection is lost, and marks countdowns stale", () => {
    const html = bar("bob", false, at.getTime() + 70 * 60_000);
    expect(html).toContain('class="offline-banner" role="alert"');
    expect(html).toMatch(
      /<div class="overdue"><dt>Next update<\/dt><dd>overdue by 10 min<span class="stale-mark"> \(stale\)/,
    );
  });
});

describe("handover", () => {
  it("lets the one who offered withdraw a pending offer, and names the role for people", () => {
    const state = incident([
      ["ann", { type: "offer-transfer", role: "incident-commander", to: "bob", notes: "" }],
    ]);
    const doc = buildStatusDoc(state, defaultDomainConfig);
    const html = (person: string, mayOffer: boolean) =>
      renderToStaticMarkup(
        <Handover
          doc={doc}
          me={userNamed(person)}
          people={["bob", "cy"]}
          mayOffer={mayOffer}
          act={act}
          incident="1"
        />,
      );
    expect(html("ann", false)).toContain('aria-label="Withdraw the offer to bob"');
    expect(html("ann", false)).toContain("Incident Commander offered to");
    expect(html("cy", false)).not.toContain("Withdraw the offer");
  });
});

describe("mentions in the channel", () => {
  it("marks @handles and knows when a message mentions me", () => {
    const html = renderToStaticMarkup(
      <MessageText text="@bo can you check https://dns.example.com? cc @ic" />,
    );
    expect(html).toContain('<mark class="mention">@bo</mark>');
    expect(html).toContain('<mark class="mention">@ic</mark>');
    expect(html).toContain('href="https://dns.example.com"');
    expect(mentions("@bo can you check DNS?", "bo")).toBe(true);
    expect(mentions("@bob can you check DNS?", "bo")).toBe(false);
    expect(mentions("mail bo@example.com", "example")).toBe(false);
    expect(mentions("thanks @j.doe.", "j.doe")).toBe(true);
  });
});

describe("communications show each person only what the API would take", () => {
  const audiences: [string, Command][] = [
    ["ann", { type: "check-in", person: "cam" }],
    ["ann", { type: "assign", person: "cam", role: "comms-lead" }],
    [
      "ann",
      {
        type: "set-audiences",
        audiences: [{ name: "customers", label: "Customers", external: true, approval: true, members: [] }],
      },
    ],
    [
      "cam",
      {
        type: "draft-update",
        audience: "customers",
        stage: "investigating",
        title: "Checkout errors",
        impact: "Some payments fail",
        workaround: null,
        text: "Looking into it.",
        nextUpdateAt: null,
        components: {},
      },
    ],
  ];
  const comms = (person: string) => {
    const state = incident(audiences);
    const doc = buildStatusDoc(state, defaultDomainConfig);
    const can: Abilities = { person, ...abilitiesFor(state, person, false) };
    return renderToStaticMarkup(<CommsPanel doc={doc} can={can} now={at.getTime()} />);
  };

  it("lets the IC approve, the Comms Lead write, and a responder only read", () => {
    expect(comms("ann")).toContain("Approve and send");
    expect(comms("cam")).toContain('aria-label="Write an update"');
    expect(comms("cam")).not.toContain("Approve and send");
    expect(comms("cam")).toContain("awaiting the IC&#x27;s approval");
    const bob = comms("bob");
    expect(bob).not.toContain("Write an update");
    expect(bob).not.toContain("Approve and send");
    expect(bob).toContain("Checkout errors");
  });
});
