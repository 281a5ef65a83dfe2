import type { ChecklistTemplate } from "./model.js";

/**
 * The checklists Muster seeds on first start, written for Muster from the ICS practice in
 * the reference. Admins edit them through the API; edits apply to checklists attached later.
 */
export const defaultChecklistTemplates: ChecklistTemplate[] = [
  {
    id: "declared",
    name: "First minutes of an incident",
    trigger: "declared",
    items: [
      "Check the severity against what you know now; when unsure, keep the higher one",
      "Say where the response talks (channel, bridge) and put it in the log",
      "Check in everyone already working on it",
      "Fill Tech Lead, Scribe and Comms Lead, or state that you hold them",
      "Set the first objective as an outcome",
      "Post the first update and say when the next one is due",
    ],
  },
  {
    id: "incident-commander",
    name: "Taking command",
    trigger: "role:incident-commander",
    items: [
      "Announce yourself as Incident Commander to everyone in the response",
      "Read the status doc and the latest CAN report of each lead",
      "Confirm that every responder knows who they report to",
      "Review the changes in flight and the open time boxes",
      "Name your Deputy, or the next IC, if the incident may run long",
    ],
  },
  {
    id: "tech-lead",
    name: "Tech Lead",
    trigger: "role:tech-lead",
    items: [
      "Ask each SME for a CAN report and roll it up to the IC",
      "Make sure every change is proposed before anyone makes it",
      "Keep to one change at a time per system",
      "Tell the IC what you need, or say you need nothing",
    ],
  },
  {
    id: "scribe",
    name: "Scribe",
    trigger: "role:scribe",
    items: [
      "Log the current role roster",
      "Record every decision with its rationale and who made it",
      "Mark key events as they happen",
      "Note follow-up work as TODOs for the postmortem",
    ],
  },
  {
    id: "comms-lead",
    name: "Comms Lead",
    trigger: "role:comms-lead",
    items: [
      "Agree the update cadence and the audiences with the IC",
      "Post an update: stage, impact, workaround, and when the next one comes",
      "Get the IC's approval before anything goes outside the response",
      "Give no resolution estimates you cannot stand behind",
    ],
  },
  {
    id: "liaison",
    name: "Liaison",
    trigger: "role:liaison",
    items: [
      "Tell your stakeholder group how they will hear from you, and how often",
      "Keep their questions out of the working channel; bring them to the IC",
      "Relay the IC's updates at the agreed cadence",
    ],
  },
  {
    id: "group-lead",
    name: "Group lead",
    trigger: "role:group-lead",
    items: [
      "Confirm who is in your group and that each of them knows their task",
      "Send your group's CAN report up on the cadence the IC set",
      "Ask for more people before your span of control passes seven",
    ],
  },
  {
    id: "handover",
    name: "Receiving command",
    trigger: "handover",
    items: [
      "Read the whole briefing, including open hypotheses and what was ruled out",
      "Confirm the time boxes and changes in flight with their owners",
      "Announce the effective time of the handover to everyone",
      "Agree how long the outgoing IC stays reachable",
    ],
  },
  {
    id: "ended",
    name: "Ending the incident",
    trigger: "ended",
    items: [
      "Confirm recovery against the exit criteria",
      "Post the final update, stating any data loss or none",
      "Release every responder who is no longer needed",
      "Name the postmortem owner",
    ],
  },
  {
    id: "postmortem",
    name: "Postmortem",
    trigger: "ended",
    items: [
      "Schedule the review meeting before writing",
      "Draft the timeline from the record first",
      "Share the first draft with the responders within three days",
      "Turn every follow-up into an action item with an owner and a due date",
    ],
  },
];
