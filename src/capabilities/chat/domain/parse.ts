/** Someone named in a command: a platform mention (`<@U123>`) or a name (`@sue`, `sue`). */
export type Mention = { user: string } | { name: string };

/** What `/incident …` asks for, before anyone is looked up. */
export type ChatIntent =
  | { verb: "help" }
  | { verb: "declare"; severity: string | null; synopsis: string | null }
  | { verb: "checkin"; skills: string[] }
  | { verb: "can"; report: { conditions: string; actions: string; needs: string } | null }
  | { verb: "status" }
  | { verb: "assign"; person: Mention; role: string | null }
  | { verb: "role"; role: string; person: Mention }
  | { verb: "handover"; person: Mention | null; role: string; briefing: string | null }
  | { verb: "accept"; id: string | null }
  | { verb: "update"; field: UpdateField; value: string; reason: string | null }
  | { verb: "end"; summary: string; confirm: boolean };

export type UpdateField = "severity" | "synopsis" | "impact" | "eta";

/** A command with the incident it names, when it names one (`/incident 42 status`). */
export type ParsedCommand = { incident: string | null; intent: ChatIntent };

/** The usage line shown for a mistake, and in help. */
export const USAGE: Record<ChatIntent["verb"], string> = {
  help: "help — this list",
  declare: "declare [SEV2] <synopsis> — declare an incident (no synopsis: a form)",
  checkin: "checkin [skills…] — check in to this incident",
  can: "can [conditions | actions | needs] — file a CAN report (nothing else: a form)",
  status: "status — the incident's state, roles and next update",
  assign: "assign @person [role] — place a checked-in person under the IC",
  role: "role <role> @person — fill a role (tech-lead, scribe, comms-lead, deputy, sme…)",
  handover: "handover @person [briefing] — offer command, with a briefing (no briefing: a form)",
  accept: "accept [offer] — accept the role offered to you",
  update: "update severity|synopsis|impact|eta <value> [-- reason] — change the incident",
  end: "end [--confirm] <summary> — end the incident (--confirm: with work still open)",
};

/** Thrown for a command that cannot be understood; the message says what to type. */
export class UsageError extends Error {}

const SEVERITY = /^sev-?\d$/i;
const INCIDENT_REF = /^(?:#|inc-)?(\d{1,9})$/i;

/** Parses the text after the slash command. Pure: no one is looked up yet. */
export function parseCommand(text: string): ParsedCommand {
  let words = text.trim().split(/\s+/).filter(Boolean);
  let incident: string | null = null;
  const ref = INCIDENT_REF.exec(words[0] ?? "");
  if (ref) {
    incident = ref[1] ?? null;
    words = words.slice(1);
  }
  const verb = (words[0] ?? "help").toLowerCase();
  const rest = words.slice(1);
  return { incident, intent: intentOf(verb, rest) };
}

function intentOf(verb: string, rest: string[]): ChatIntent {
  switch (verb) {
    case "help":
      return { verb: "help" };
    case "declare":
      return declare(rest);
    case "checkin":
    case "check-in":
      return { verb: "checkin", skills: rest.flatMap((s) => s.split(",")).filter(Boolean) };
    case "can":
      return can(rest.join(" "));
    case "status":
      return { verb: "status" };
    case "assign":
      return { verb: "assign", person: mention(rest[0], "assign"), role: rest[1] ?? null };
    case "role":
      if (rest[0] === undefined) throw new UsageError(USAGE.role);
      return { verb: "role", role: rest[0], person: mention(rest[1], "role") };
    case "handover":
      return handover(rest);
    case "accept":
      return { verb: "accept", id: rest[0] ?? null };
    case "update":
      return update(rest);
    case "end": {
      const confirm = rest[0] === "--confirm";
      const summary = (confirm ? rest.slice(1) : rest).join(" ").trim();
      if (summary === "") throw new UsageError(USAGE.end);
      return { verb: "end", summary, confirm };
    }
    default:
      throw new UsageError(`"${verb}" is not a Muster command. Try: ${Object.keys(USAGE).join(", ")}.`);
  }
}

function declare(rest: string[]): ChatIntent {
  const first = rest[0] ?? "";
  const severity = SEVERITY.test(first) ? first.toUpperCase().replace("-", "") : null;
  const synopsis = (severity ? rest.slice(1) : rest).join(" ").trim();
  return { verb: "declare", severity, synopsis: synopsis === "" ? null : synopsis };
}

function can(text: string): ChatIntent {
  if (text.trim() === "") return { verb: "can", report: null };
  const parts = text.split("|").map((p) => p.trim());
  const [conditions = "", actions = "", needs = ""] = parts;
  if (parts.length > 3 || conditions === "" || actions === "") throw new UsageError(USAGE.can);
  return { verb: "can", report: { conditions, actions, needs: needs === "" ? "none" : needs } };
}

function handover(rest: string[]): ChatIntent {
  if (rest.length === 0) {
    return { verb: "handover", person: null, role: "incident-commander", briefing: null };
  }
  const person = mention(rest[0], "handover");
  let words = rest.slice(1);
  let role = "incident-commander";
  if (words[0]?.startsWith("role=")) {
    role = words[0].slice(5);
    words = words.slice(1);
  }
  const briefing = words.join(" ").trim();
  return { verb: "handover", person, role, briefing: briefing === "" ? null : briefing };
}

function update(rest: string[]): ChatIntent {
  const field = (rest[0] ?? "").toLowerCase();
  if (!["severity", "synopsis", "impact", "eta"].includes(field)) throw new UsageError(USAGE.update);
  const text = rest.slice(1).join(" ");
  const [value = "", ...reason] = text.split(" -- ");
  if (value.trim() === "") throw new UsageError(USAGE.update);
  const v = field === "severity" ? value.trim().toUpperCase().replace("-", "") : value.trim();
  const why = reason.join(" -- ").trim();
  return { verb: "update", field: field as UpdateField, value: v, reason: why === "" ? null : why };
}

/** Reads `<@U123>`, `<@U123|sue>`, `@sue` or `sue`. */
export function mention(word: string | undefined, verb: keyof typeof USAGE): Mention {
  if (word === undefined || word === "") throw new UsageError(USAGE[verb]);
  const platform = /^<@([A-Za-z0-9]+)(?:\|[^>]*)?>$/.exec(word);
  if (platform?.[1]) return { user: platform[1] };
  return { name: word.replace(/^@/, "") };
}
