export * from "./model.js";
export { blameFlags } from "./blameless.js";
export type { BlameFlag } from "./blameless.js";
export { decidePostmortem, peopleOf } from "./decide.js";
export type { PostmortemContext } from "./decide.js";
export { draftPostmortem } from "./draft.js";
export { describePostmortemEvent, evolvePostmortem } from "./fold.js";
export { addWorkingDays, draftsAutomatically, scheduleFrom } from "./schedule.js";
export { postmortemNotices } from "./notices.js";
