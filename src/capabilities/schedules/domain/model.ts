/** How often a layer hands over: every N hours (elapsed time) or N days or weeks (wall clock). */
export type Rotation = { every: number; unit: "hours" | "days" | "weeks" };

/**
 * When a layer applies, in the schedule's time zone: on these weekdays (1 = Monday … 7 =
 * Sunday), from one wall-clock time to another. A window whose end is not after its start runs
 * past midnight into the next day (22:00–06:00 on Friday covers Friday night).
 */
export type Restriction = { weekdays: number[]; from: string; to: string };

/**
 * One rotation of people. `start` is a wall-clock date and time in the schedule's zone: the first
 * handoff, when the first participant begins; handoffs then follow at the same wall-clock time.
 */
export type Layer = {
  name: string;
  participants: string[];
  rotation: Rotation;
  start: string;
  end?: string | null | undefined;
  restriction?: Restriction | null | undefined;
};

/** A schedule: layers in a time zone; a later layer wins over an earlier one wherever it applies. */
export type ScheduleSpec = {
  name: string;
  timeZone: string;
  description?: string | undefined;
  layers: Layer[];
};

/** Someone taking over a schedule for a while (a swap, a sick day); it wins over every layer. */
export type Override = {
  id: string;
  person: string;
  start: string;
  end: string;
  note: string | null;
  createdBy: string;
  createdAt: string;
};

/** Where a shift comes from: a layer (by index and name) or an override. */
export type ShiftSource = { layer: number; name: string } | { override: string };

/** A stretch of time one person is on call, as instants (ISO 8601, UTC). */
export type Shift = { person: string; start: string; end: string; source: ShiftSource };
