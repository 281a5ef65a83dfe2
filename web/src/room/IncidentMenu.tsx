import * as Menu from "@radix-ui/react-dropdown-menu";
import { useState } from "react";
import type { Abilities, StatusDoc } from "../api.js";
import { useAction } from "../ui/useAction.js";
import { AssumeDialog, LinksDialog, StepAwayDialog } from "./CommandDialogs.js";
import { EditDetails, EndDialog, ReopenDialog } from "./IncidentDialogs.js";
import { NotifyDialog, PageDialog } from "./ReachDialogs.js";

type Open = "edit" | "links" | "end" | "reopen" | "page" | "notify" | "assume" | "step-away" | null;

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
            {items.page && (
              <Menu.Item
                className="menu-item"
                onSelect={() => {
                  setOpen("page");
                }}
              >
                Page someone…
              </Menu.Item>
            )}
            {items.notify && (
              <Menu.Item
                className="menu-item"
                onSelect={() => {
                  setOpen("notify");
                }}
              >
                Notify people…
              </Menu.Item>
            )}
            {(items.page || items.notify) && items.edit && <Menu.Separator className="menu-separator" />}
            {items.edit && (
              <Menu.Item
                className="menu-item"
                onSelect={() => {
                  setOpen("edit");
                }}
              >
                Edit severity, synopsis, impact, ETA…
              </Menu.Item>
            )}
            {items.edit && (
              <Menu.Item
                className="menu-item"
                onSelect={() => {
                  setOpen("links");
                }}
              >
                Links (channel, bridge, docs)…
              </Menu.Item>
            )}
            {items.stable && (
              <Menu.Item
                className="menu-item"
                onSelect={() => void status.run("POST", `/incidents/${ref}/status`, { status: "stable" })}
              >
                Mark stable
              </Menu.Item>
            )}
            {items.active && (
              <Menu.Item
                className="menu-item"
                onSelect={() => void status.run("POST", `/incidents/${ref}/status`, { status: "active" })}
              >
                Back to active
              </Menu.Item>
            )}
            {(items.assume || items.stepAway || items.resume) && (
              <Menu.Separator className="menu-separator" />
            )}
            {items.resume && (
              <Menu.Item
                className="menu-item"
                onSelect={() => void status.run("POST", `/incidents/${ref}/command/resume`, {})}
              >
                Resume command
              </Menu.Item>
            )}
            {items.stepAway && (
              <Menu.Item
                className="menu-item"
                onSelect={() => {
                  setOpen("step-away");
                }}
              >
                Step away from command…
              </Menu.Item>
            )}
            {items.assume && (
              <Menu.Item
                className="menu-item"
                onSelect={() => {
                  setOpen("assume");
                }}
              >
                Assume command…
              </Menu.Item>
            )}
            {(items.end || items.reopen) && <Menu.Separator className="menu-separator" />}
            {items.end && (
              <Menu.Item
                className="menu-item danger"
                onSelect={() => {
                  setOpen("end");
                }}
              >
                End incident…
              </Menu.Item>
            )}
            {items.reopen && (
              <Menu.Item
                className="menu-item"
                onSelect={() => {
                  setOpen("reopen");
                }}
              >
                Reopen…
              </Menu.Item>
            )}
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
    </>
  );
}
