import type { Command } from "commander";
import type { Conn, Out, Post } from "../cli/output.js";
import { registerChangeCommands } from "./changes/cli.js";
import { registerChecklistCommands } from "./checklists/cli.js";
import { registerDispatchCommands } from "./dispatch/cli.js";
import { registerTeamCommands } from "./dispatch/team-cli.js";
import { registerFloorCommands } from "./floor/cli.js";
import { registerNeedCommands } from "./needs/cli.js";
import { registerRelationCommands } from "./relations/cli.js";
import { registerPostmortemCommands } from "./postmortems/cli.js";
import { registerFollowUpCommands } from "./followups/cli.js";
import { registerCommsCommands } from "./comms/cli.js";
import { registerAlertCommands } from "./alerts/cli.js";
import { registerChatCommands } from "./chat/cli.js";
import { registerScheduleCommands } from "./schedules/cli.js";
import { registerDrillCommands } from "./drills/cli.js";
import { registerTrainingCommands } from "./training/cli.js";

type Verbs = (program: Command, conn: Conn, out: Out, post: Post) => void;

/** One line per capability: its CLI verbs (kept apart from the routes so the CLI stays light). */
const capabilityVerbs: Verbs[] = [
  registerChecklistCommands,
  registerChangeCommands,
  registerDispatchCommands,
  registerTeamCommands,
  registerNeedCommands,
  registerFloorCommands,
  registerRelationCommands,
  registerPostmortemCommands,
  registerFollowUpCommands,
  registerCommsCommands,
  registerAlertCommands,
  registerChatCommands,
  registerScheduleCommands,
  registerDrillCommands,
  registerTrainingCommands,
];

/** Registers every capability's CLI verbs. */
export function registerCapabilityCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  for (const verbs of capabilityVerbs) verbs(program, conn, out, post);
}
