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

/** "Mon 29 Mar, 09:00 GMT+1": an instant as a schedule's people read it, in its zone. */
export function zoned(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(iso));
}
