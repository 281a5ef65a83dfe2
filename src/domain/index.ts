/** The pure domain core: commands → events → state. No I/O anywhere below this folder. */
export * from "./authority.js";
export * from "./codename.js";
export * from "./commands.js";
export * from "./config.js";
export * from "./decide/declare.js";
export * from "./decide/index.js";
export * from "./errors.js";
export * from "./events.js";
export * from "./evolve.js";
export * from "./markdown.js";
export * from "./org-tree.js";
export * from "./roles.js";
export * from "./state.js";
export * from "./status-doc.js";
export * from "./describe.js";
