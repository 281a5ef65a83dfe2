/** Insights: the response's figures per incident and over a period (pure). */
export * from "./metrics.js";
export * from "./aggregate.js";
export * from "./table.js";
