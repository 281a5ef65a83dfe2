const WORDS = [
  "Alpha",
  "Bravo",
  "Charlie",
  "Delta",
  "Echo",
  "Foxtrot",
  "Golf",
  "Hotel",
  "India",
  "Juliett",
  "Kilo",
  "Lima",
  "Mike",
  "November",
  "Oscar",
  "Papa",
  "Quebec",
  "Romeo",
  "Sierra",
  "Tango",
  "Uniform",
  "Victor",
  "Whiskey",
  "Xray",
  "Yankee",
  "Zulu",
];

/**
 * A codename such as "Incident 26-Alpha": it names the incident without presuming a cause.
 * Starts at the incident number's word so consecutive incidents differ, and skips names
 * used by open incidents (case-insensitively).
 */
export function generateCodename(number: number, year: number, openNames: Iterable<string>): string {
  const taken = new Set([...openNames].map((n) => n.toLowerCase()));
  const yy = String(year % 100).padStart(2, "0");
  for (let round = 1; ; round++) {
    for (let i = 0; i < WORDS.length; i++) {
      const word = WORDS[(number - 1 + i) % WORDS.length] ?? "Alpha";
      const name = round === 1 ? `Incident ${yy}-${word}` : `Incident ${yy}-${word}-${round}`;
      if (!taken.has(name.toLowerCase())) {
        return name;
      }
    }
  }
}
