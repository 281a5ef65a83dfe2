import type { EventEnvelope, StatusDoc } from "../domain/index.js";

const PRESERIALIZED = Symbol("preserialized");
type Preserialized = { [PRESERIALIZED]: () => string };

// Every command in a group commit answers with the same status doc; serialise it once.
const docJson = new WeakMap<StatusDoc, string>();

/**
 * A command's answer: the status doc plus the new events. It is an ordinary object for the
 * handler's types, and carries (not enumerable) a way to serialise it that reuses the doc's
 * JSON across every response of the batch. Neither the doc nor the body may change after this
 * call; a copy made by spreading drops the shortcut and is serialised in full.
 */
export function commandBody(
  doc: StatusDoc,
  events: EventEnvelope[],
): StatusDoc & { events: EventEnvelope[] } {
  const body = { ...doc, events };
  Object.defineProperty(body, PRESERIALIZED, {
    enumerable: false,
    value: () => {
      let json = docJson.get(doc);
      if (json === undefined) {
        json = JSON.stringify(doc);
        docJson.set(doc, json);
      }
      // Same text as JSON.stringify(body): the doc's keys in order, then "events".
      return `${json.slice(0, -1)},"events":${JSON.stringify(events)}}`;
    },
  });
  return body;
}

/** The response serialiser: plain JSON, with command answers' shared doc serialised once. */
export function serialize(data: unknown): string {
  if (typeof data === "object" && data !== null && PRESERIALIZED in data) {
    return (data as Preserialized)[PRESERIALIZED]();
  }
  return JSON.stringify(data);
}
