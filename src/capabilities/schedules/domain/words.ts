/** A team's escalation list as it stands at a moment, its schedules resolved. */
export type ListNow = {
  people: string[];
  onCall: { person: string; schedule: string }[];
  uncovered: string[];
};

/** "ben (on call, db-primary) → lead": who paging the team asks now, in order. */
export function askedNow(now: ListNow): string {
  const people = now.people.map((p) => {
    const from = now.onCall.find((o) => o.person === p);
    return from ? `${p} (on call, ${from.schedule})` : p;
  });
  return [...people, ...now.uncovered.map((s) => `nobody on call on ${s}`)].join(" → ");
}
