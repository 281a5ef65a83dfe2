import type { ChatForm } from "./adapter.js";

/** The declare form: what is wrong, and how bad. */
export function declareForm(severities: string[], channel: string, user: string): ChatForm {
  return {
    id: "declare",
    title: "Declare an incident",
    submit: "Declare",
    context: "",
    channel,
    user,
    fields: [
      { kind: "text", name: "synopsis", label: "What is happening?", multiline: true },
      {
        kind: "select",
        name: "severity",
        label: "Severity",
        options: severities,
        initial: severities[Math.min(2, severities.length - 1)] ?? "SEV3",
      },
    ],
  };
}

/** The CAN form: conditions, actions, needs. */
export function canForm(incidentId: string, channel: string, user: string): ChatForm {
  return {
    id: "can",
    title: "CAN report",
    submit: "File CAN",
    context: incidentId,
    channel,
    user,
    fields: [
      { kind: "text", name: "conditions", label: "Conditions: what do you see?", multiline: true },
      { kind: "text", name: "actions", label: "Actions: what are you doing?", multiline: true },
      {
        kind: "text",
        name: "needs",
        label: "Needs: what do you need from command?",
        multiline: true,
        optional: true,
        initial: "none",
      },
    ],
  };
}

/** The handover form: to whom, which role, and the briefing the next IC reads. */
export function handoverForm(incidentId: string, channel: string, user: string): ChatForm {
  return {
    id: "handover",
    title: "Hand over",
    submit: "Offer",
    context: incidentId,
    channel,
    user,
    fields: [
      { kind: "user", name: "to", label: "Hand over to" },
      {
        kind: "select",
        name: "role",
        label: "Role",
        options: ["incident-commander", "deputy", "tech-lead", "scribe", "comms-lead"],
        initial: "incident-commander",
      },
      {
        kind: "text",
        name: "briefing",
        label: "Briefing: open hypotheses, what was ruled out, pending timers",
        multiline: true,
      },
    ],
  };
}
