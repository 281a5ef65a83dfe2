import type { Audience, Member, UpdateContent } from "./model.js";
import { EMAIL_RECIPIENT } from "../../../domain/capability.js";

const STAGE_LABEL: Record<UpdateContent["stage"], string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
  scheduled: "Scheduled maintenance",
  "in-progress": "Maintenance in progress",
  completed: "Maintenance completed",
};

/** The stage as the audience reads it. */
export function stageLabel(stage: UpdateContent["stage"]): string {
  return STAGE_LABEL[stage];
}

/**
 * The message a member of an audience receives, the same for the preview and the delivery. An
 * outside audience reads the headline, never the incident's codename or who wrote it.
 */
export function renderUpdate(
  audience: Pick<Audience, "label" | "external">,
  content: Pick<UpdateContent, "stage" | "title" | "impact" | "workaround" | "text">,
  next: string | null,
  incident: { name: string; number: number; severity: string },
): { title: string; body: string } {
  const lines = [
    `${stageLabel(content.stage)}: ${content.title}`,
    "",
    content.text,
    "",
    `Impact: ${content.impact}`,
    ...(content.workaround ? [`Workaround: ${content.workaround}`] : []),
    ...(next ? [`Next update: by ${next}`] : []),
  ];
  const title = audience.external
    ? `${stageLabel(content.stage)}: ${content.title}`
    : `${incident.severity} ${incident.name} (#${incident.number}) — ${stageLabel(content.stage)}: ${content.title}`;
  return { title, body: `${lines.join("\n")}\n\n(${audience.label})` };
}

/** Templates by stage and severity: a starting point the writer edits, never sent as they are. */
export function templateFor(
  stage: UpdateContent["stage"],
  severity: string,
): Pick<UpdateContent, "title" | "impact" | "text"> {
  const urgent = severity === "SEV1" || severity === "SEV2";
  const templates: Record<UpdateContent["stage"], Pick<UpdateContent, "title" | "impact" | "text">> = {
    investigating: {
      title: urgent
        ? "We are investigating a service disruption"
        : "We are investigating reports of degraded service",
      impact: "Describe who is affected and how, in the reader's words.",
      text: "We are aware of the problem and are investigating. We will update you by the time below.",
    },
    identified: {
      title: "We have identified the cause",
      impact: "Describe who is still affected.",
      text: "We have identified the cause and are working on a fix.",
    },
    monitoring: {
      title: "A fix is in place and we are monitoring",
      impact: "Say whether anyone is still affected.",
      text: "A fix has been applied. We are watching to make sure the service has recovered.",
    },
    resolved: {
      title: "This incident is resolved",
      impact: "None now.",
      text: "The service has recovered. We will share what happened and what we are changing.",
    },
    scheduled: {
      title: "Scheduled maintenance",
      impact: "Describe what will be unavailable and for how long.",
      text: "We will carry out maintenance in the window below.",
    },
    "in-progress": {
      title: "Maintenance in progress",
      impact: "Describe what is unavailable.",
      text: "The scheduled maintenance is under way.",
    },
    completed: {
      title: "Maintenance completed",
      impact: "None now.",
      text: "The scheduled maintenance is complete.",
    },
  };
  return templates[stage];
}

/** Where a member's notice goes: a handle (with the member's channel), or an outside address. */
export function memberRecipient(member: Member): {
  recipient: string;
  only?: "in-app" | "email" | "webhook";
} {
  if (member.kind === "email") return { recipient: `${EMAIL_RECIPIENT}${member.address}` };
  return member.channel === "all"
    ? { recipient: member.handle }
    : { recipient: member.handle, only: member.channel };
}
