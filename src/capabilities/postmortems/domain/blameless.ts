/** A sentence that assigns blame, with why it reads so and a systems framing to try instead. */
export type BlameFlag = {
  sentence: string;
  offset: number;
  rule: string;
  message: string;
  suggestion: string;
};

type Rule = { id: string; pattern: (people: string) => RegExp; message: string; suggestion: string };

const FAILURE =
  "(?:failed to|forgot(?: to)?|neglected(?: to)?|broke|caused|messed up|screwed up|missed|ignored|overlooked|mistakenly|carelessly|wrongly|(?:didn't|did not|never) (?:check|test|notice|follow|read|verify|review|ask|wait|look)(?:ed|s)?)";

// People as the subject of a failure: the incident's people by handle or name, pronouns for a
// person, and the job titles that stand in for one ("the on-call engineer").
const PERSON_NOUNS =
  "(?:he|she|someone|somebody|(?:the|an?|our) (?:new |junior |senior )?(?:on-?call |oncall )?(?:engineer|developer|operator|admin|administrator|sre|intern|contractor|new hire|dba))";

const RULES: Rule[] = [
  {
    id: "human-error",
    pattern: () => /\bhuman errors?\b|\boperator errors?\b|\bpilot errors?\b/i,
    message: '"Human error" ends the inquiry where it should begin.',
    suggestion:
      "Say what in the system made the action easy to get wrong: tooling, defaults, missing guard rails.",
  },
  {
    id: "fault-of-a-person",
    pattern: () =>
      /\b(?:\w+'s|his|her|their|my|your) (?:own )?(?:mistake|fault|error|blunder|screw-?up|negligence|carelessness|oversight)\b/i,
    message: "Names a person's fault.",
    suggestion: "Describe the action and the conditions around it, not whose fault it was.",
  },
  {
    id: "hindsight",
    pattern: () =>
      /\b(?:should|shouldn't|should not|ought to|could|must) (?:have|'ve)\b|\bshould've\b|\bif only\b|\bwhy didn't\b/i,
    message: "Hindsight: judges what was known then by what is known now.",
    suggestion: "Say what the person knew and saw at that moment, and why the action made sense then.",
  },
  {
    id: "judgement",
    pattern: () =>
      /\b(?:careless(?:ly|ness)?|negligen(?:t|ce|tly)|sloppy|lazy|incompeten(?:t|ce)|reckless(?:ly)?|stupid|dumb|clumsy|inattentive|irresponsible|idiot(?:ic)?|rookie mistake|lack of (?:care|attention|discipline))\b/i,
    message: "Judges a person rather than describing what happened.",
    suggestion:
      "Replace the judgement with the facts: what was done, what the tools showed, what was missing.",
  },
  {
    id: "blame",
    pattern: () =>
      /\b(?:blamed?|blames|at fault|culprit|to blame|guilty|(?:is|was|are|were) responsible for (?:the|this) (?:outage|incident|failure))\b/i,
    message: "Assigns blame.",
    suggestion: "Describe the contributing factors; a blameless review looks for causes in the system.",
  },
  {
    id: "person-failed",
    pattern: (people) => new RegExp(`(?:^|[^\\w'])(?:${people})\\s+(?:\\w+\\s+)?${FAILURE}\\b`, "i"),
    message: "Makes a person the subject of a failure.",
    suggestion: 'Make the system the subject: "the deploy ran without a canary", "the renewal had no alert".',
  },
  {
    id: "because-of-a-person",
    pattern: (people) =>
      new RegExp(
        `\\b(?:because of|due to|thanks to|caused by)\\s+(?:${people})\\b(?!\\s+(?:team|service|job|server|cluster))`,
        "i",
      ),
    message: "Attributes the failure to a person.",
    suggestion: "Attribute it to what the person was working with: the process, the tool, the missing check.",
  },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Sentences with their offsets: split at . ! ? followed by space, and at line breaks. */
function sentences(text: string): { sentence: string; offset: number }[] {
  const out: { sentence: string; offset: number }[] = [];
  const re = /[^.!?\n]+(?:[.!?]+(?=\s|$)|$)|[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const sentence = m[0].trim();
    if (sentence) out.push({ sentence, offset: (m.index ?? 0) + m[0].indexOf(sentence) });
  }
  return out;
}

/**
 * Flags text that assigns blame to a person ("X caused", "X's mistake", "human error", "should
 * have", "careless", a person as the subject of a failure) and suggests a systems framing.
 * `people` are the incident's handles and names, so "Sue forgot to renew it" is caught.
 */
export function blameFlags(text: string, people: readonly string[] = []): BlameFlag[] {
  const named = people
    .map((p) => p.trim())
    .filter((p) => p.length >= 2)
    .map(escape);
  const alternatives = [PERSON_NOUNS, ...named].join("|");
  const rules = RULES.map((r) => ({ ...r, re: r.pattern(alternatives) }));
  const flags: BlameFlag[] = [];
  for (const { sentence, offset } of sentences(text)) {
    // Quoted text and code are someone else's words or a command; not the author's framing.
    const plain = sentence.replace(/`[^`]*`|"[^"]*"|“[^”]*”/g, " ");
    const rule = rules.find((r) => r.re.test(plain));
    if (rule) {
      flags.push({ sentence, offset, rule: rule.id, message: rule.message, suggestion: rule.suggestion });
    }
  }
  return flags;
}
