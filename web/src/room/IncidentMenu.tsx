import * as Menu from "@radix-ui/react-dropdown-menu";
import { useState } from "react";
import type { Abilities, StatusDoc } from "../api.js";
import { useAction } from "../ui/useAction.js";
import { AssumeDialog, LinksDialog, StepAwayDialog } from "./CommandDialogs.js";
import { EditDetails, EndDialog, ReopenDialog } from "./IncidentDialogs.js";
import { NotifyDialog, PageDialog } from "./ReachDialogs.js";
import { LinkIncidentDialog, MergeDialog, UmbrellaDialog } from "./RelationDialogs.js";

type Open =
  | "edit"
  | "links"
  | "end"
  | "reopen"
  | "page"
  | "notify"
  | "assume"
  | "step-away"
  | "link-incident"
  | "umbrella"
  | "merge"
  | null;

/** Which items the incident menu offers this person, from their abilities (as the API would judge). */
export function incidentMenuItems(doc: StatusDoc, can: Abilities) {
  return {
    page: can.page,
    notify: can.report,
    edit: can.command,
    stable: can.setStatus.includes("stable"),
    active: can.setStatus.includes("active") && doc.status === "stable",
    end: can.setStatus.includes("ended"),
    reopen: can.setStatus.includes("active") && doc.status === "ended",
    assume: can.assumeCommand,
    stepAway: can.stepAway,
    resume: can.resumeCommand,
    link: can.report || can.wrapUp,
    umbrella:
      can.command && !doc.relations.umbrella && doc.relations.parent === null && doc.visibility === "open",
    detach: can.command && doc.relations.parent !== null,
    merge: can.command && !doc.relations.umbrella && doc.visibility === "open",
  };
}

/**
 * Reaching people (page, notify) and what changes the incident as a whole (details, stable/active,
 * end, reopen), behind one menu so that nothing irreversible sits one click away; end and reopen
 * ask for a summary or reason.
 */
export function IncidentMenu({ doc, can }: { doc: StatusDoc; can: Abilities }) {
  const [open, setOpen] = useState<Open>(null);
  const status = useAction();
  const ref = String(doc.number);
  const items = incidentMenuItems(doc, can);

  if (!Object.values(items).some(Boolean)) return null;
  const close = (next: boolean): void => {
    if (!next) setOpen(null);
  };
  const dialog = (which: Open) => () => {
    setOpen(which);
  };
  const post = (path: string, body: unknown) => () =>
    void status.run("POST", `/incidents/${ref}${path}`, body);
  // Reaching people; the incident's details and status; command; the end. A separator between each.
  const sections: { show: boolean; label: string; run: () => void; danger?: boolean }[][] = [
    [
      { show: items.page, label: "Page someone…", run: dialog("page") },
      { show: items.notify, label: "Notify people…", run: dialog("notify") },
    ],
    [
      { show: items.edit, label: "Edit severity, synopsis, impact, ETA…", run: dialog("edit") },
      { show: items.edit, label: "Links (channel, bridge, docs)…", run: dialog("links") },
      { show: items.link, label: "Link another incident…", run: dialog("link-incident") },
      { show: items.umbrella, label: "Put under an umbrella…", run: dialog("umbrella") },
      {
        show: items.detach,
        label: "Take out of the umbrella",
        run: () => void status.run("DELETE", `/incidents/${ref}/umbrella`),
      },
      { show: items.stable, label: "Mark stable", run: post("/status", { status: "stable" }) },
      { show: items.active, label: "Back to active", run: post("/status", { status: "active" }) },
    ],
    [
      { show: items.resume, label: "Resume command", run: post("/command/resume", {}) },
      { show: items.stepAway, label: "Step away from command…", run: dialog("step-away") },
      { show: items.assume, label: "Assume command…", run: dialog("assume") },
    ],
    [
      { show: items.merge, label: "Merge into another incident…", run: dialog("merge"), danger: true },
      { show: items.end, label: "End incident…", run: dialog("end"), danger: true },
      { show: items.reopen, label: "Reopen…", run: dialog("reopen") },
    ],
  ];
  return (
    <>
      <Menu.Root modal={false}>
        <Menu.Trigger asChild>
          <button className="secondary" aria-label="Incident actions">
            Incident ▾
          </button>
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content className="menu" align="end" sideOffset={4}>
            {sections
              .map((section) => section.filter((entry) => entry.show))
              .filter((section) => section.length > 0)
              .map((section, i) => [
                ...(i > 0
                  ? [<Menu.Separator key={`separator-${String(i)}`} className="menu-separator" />]
                  : []),
                ...section.map((entry) => (
                  <Menu.Item
                    key={entry.label}
                    className={entry.danger ? "menu-item danger" : "menu-item"}
                    onSelect={entry.run}
                  >
                    {entry.label}
                  </Menu.Item>
                )),
              ])}
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      {status.error && (
        <p className="error inline-error" role="alert">
          {status.error}
        </p>
      )}
      <EditDetails doc={doc} open={open === "edit"} onOpenChange={close} />
      <EndDialog doc={doc} open={open === "end"} onOpenChange={close} />
      <ReopenDialog doc={doc} open={open === "reopen"} onOpenChange={close} />
      <PageDialog doc={doc} open={open === "page"} onOpenChange={close} />
      <NotifyDialog doc={doc} open={open === "notify"} onOpenChange={close} />
      <AssumeDialog doc={doc} open={open === "assume"} onOpenChange={close} />
      <LinksDialog doc={doc} open={open === "links"} onOpenChange={close} />
      <StepAwayDialog doc={doc} open={open === "step-away"} onOpenChange={close} />
      <LinkIncidentDialog doc={doc} open={open === "link-incident"} onOpenChange={close} />
      <UmbrellaDialog doc={doc} open={open === "umbrella"} onOpenChange={close} />
      <MergeDialog doc={doc} open={open === "merge"} onOpenChange={close} />
    </>
  );
}
