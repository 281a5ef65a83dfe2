/**
 * Routing rules: the first rule (by position) whose matchers all hold for a group's labels says
 * what happens to it. Matchers are written as in Alertmanager: `severity="critical"`,
 * `service!="batch"`, `team=~"db|storage"`, `env!~"dev.*"` (regular expressions match the whole value).
 */

export type Matcher = { label: string; op: "=" | "!=" | "=~" | "!~"; value: string };

/** What a rule does with the groups it matches. */
export type RuleAction = "open" | "record";

export type AlertRule = {
  name: string;
  position: number;
  match: string[];
  /** Only groups from these sources (empty: any source). */
  sources: string[];
  /** open: open an incident (or add to the one already tracking the group); record: keep the alerts only. */
  action: RuleAction;
  /** The severity of an incident it opens, unless the mapping says otherwise. */
  severity: string;
  /** The label whose value picks the severity through `severityMap` (default "severity"). */
  severityLabel: string;
  severityMap: Record<string, string>;
  /** Page a team when the incident opens: along its escalation list, or all at once. */
  page: { team: string; all: boolean; ackMinutes: number } | null;
  /** Tell these people and teams when the incident opens. */
  notify: { people: string[]; teams: string[] };
};

const MATCHER =
  /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*(?:"((?:[^"\\]|\\.)*)"|([^"\s=~!][^"\s]*)?)\s*$/;

/** Parses one matcher, or says what is wrong with it. */
export function parseMatcher(text: string): Matcher | string {
  const m = MATCHER.exec(text);
  if (!m) {
    return `"${text}" is not a matcher; write label="value", label!="value", label=~"regex" or label!~"regex".`;
  }
  const [, label = "", op = "=", quoted, bare] = m;
  const value = quoted !== undefined ? quoted.replace(/\\(.)/g, "$1") : (bare ?? "");
  if (op === "=~" || op === "!~") {
    try {
      new RegExp(`^(?:${value})$`);
    } catch {
      return `"${value}" in "${text}" is not a valid regular expression.`;
    }
  }
  return { label, op: op as Matcher["op"], value };
}

const compiled = new Map<string, RegExp>();

function regex(value: string): RegExp {
  let re = compiled.get(value);
  if (!re) {
    re = new RegExp(`^(?:${value})$`);
    if (compiled.size > 1000) compiled.clear();
    compiled.set(value, re);
  }
  return re;
}

/** Whether a matcher holds for a set of labels (a missing label is the empty string, as in Alertmanager). */
export function matches(m: Matcher, labels: Record<string, string>): boolean {
  const value = Object.hasOwn(labels, m.label) ? (labels[m.label] ?? "") : "";
  switch (m.op) {
    case "=":
      return value === m.value;
    case "!=":
      return value !== m.value;
    case "=~":
      return regex(m.value).test(value);
    case "!~":
      return !regex(m.value).test(value);
  }
}

/** The first rule that applies to a group from `source` with these labels, or null. */
export function routeFor(
  rules: AlertRule[],
  source: string,
  labels: Record<string, string>,
): AlertRule | null {
  const ordered = [...rules].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  return (
    ordered.find(
      (r) =>
        (r.sources.length === 0 || r.sources.includes(source)) &&
        r.match.every((text) => {
          const m = parseMatcher(text);
          return typeof m !== "string" && matches(m, labels);
        }),
    ) ?? null
  );
}

/** The severity of an incident a rule opens: the mapped label value, else the rule's own. */
export function severityFor(rule: AlertRule, labels: Record<string, string>, known: string[]): string {
  const value = Object.hasOwn(labels, rule.severityLabel) ? labels[rule.severityLabel] : undefined;
  if (value === undefined) return rule.severity;
  const mapped = Object.hasOwn(rule.severityMap, value) ? rule.severityMap[value] : undefined;
  if (mapped !== undefined) return mapped;
  return known.includes(value) ? value : rule.severity;
}
