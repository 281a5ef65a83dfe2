import { describe, expect, it } from "vitest";
import { useBrowserRig } from "../support/browser.js";

const ADMIN = "timeline-scale-admin-token-0123456789";
const EVENTS = 50_000;

/** A long incident: 50,000 log entries, then the room opened in a real browser. */
describe("timeline of a long incident in headless Chromium", () => {
  const rig = useBrowserRig(ADMIN);

  it("keeps only the rows in view in the DOM and scrolls from the first event to the last", async () => {
    const { server, browser } = rig();
    const headers = { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" };
    const post = async (url: string, body: unknown): Promise<Response> =>
      fetch(`${server.url}/api/v1${url}`, { method: "POST", headers, body: JSON.stringify(body) });
    const declared = (await (await post("/incidents", { synopsis: "A very long night" })).json()) as {
      number: number;
      seq: number;
    };
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < EVENTS) {
        const n = ++next;
        const res = await post(`/incidents/${String(declared.number)}/log`, { text: `entry ${String(n)}` });
        expect(res.status).toBe(201);
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: 32 }, worker));
    const writeSeconds = (Date.now() - started) / 1000;

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.getByLabel("API token").fill(ADMIN);
    await page.getByRole("button", { name: "Sign in" }).click();
    const opened = Date.now();
    await page.goto(`${server.url}/#/incidents/${String(declared.number)}`);
    const total = declared.seq + EVENTS;
    await page.getByText(`${String(total)} events`).waitFor({ timeout: 60_000 });
    const loadSeconds = (Date.now() - opened) / 1000;

    const rows = page.getByLabel("Timeline events").locator("li");
    // Writers ran concurrently, so the last entry in the log is whichever committed last.
    const tail = (await (
      await fetch(
        `${server.url}/api/v1/incidents/${String(declared.number)}/timeline?after=${String(total - 1)}`,
        {
          headers,
        },
      )
    ).json()) as { events: { data: { text: string } }[] };
    await rows.getByText(new RegExp(`: ${tail.events[0]?.data.text ?? "no last event"}$`)).waitFor();
    expect(await rows.count()).toBeLessThan(200);
    const scroll = async (to: "top" | "middle"): Promise<void> => {
      await page.evaluate(
        `(() => { const el = document.querySelector(".timeline-scroll"); el.scrollTop = ${
          to === "top" ? "0" : "el.scrollHeight / 2"
        }; })()`,
      );
    };
    await scroll("top");
    await rows.getByText(/declared Incident/).waitFor();
    await rows.getByText("entry 1", { exact: false }).first().waitFor();
    await scroll("middle");
    await rows
      .getByText(/entry 2[45]\d{3}\b/)
      .first()
      .waitFor();
    expect(await rows.count()).toBeLessThan(200);
    console.log(
      `timeline scale: ${String(EVENTS)} log entries written in ${writeSeconds.toFixed(1)} s; ` +
        `the room loaded all ${String(total)} events in ${loadSeconds.toFixed(1)} s`,
    );
  }, 180_000);
});
