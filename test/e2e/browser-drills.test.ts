import path from "node:path";
import { describe, expect, it } from "vitest";
import { accessibilityProblems } from "../support/axe.js";
import {
  ARTIFACTS,
  LIVE_MS,
  cspViolations,
  signIn,
  tab,
  tokenFor,
  useBrowserRig,
} from "../support/browser.js";

const ADMIN = "browser-drills-admin-token-0123456789";

describe("a facilitator runs the data-centre drill with two participants, in Chromium", () => {
  const rig = useBrowserRig(ADMIN);

  it("starts it, steers it (pause, send early, skip, an ad-hoc inject, resume, end) and reads the report", async () => {
    const { server, browser } = rig();
    const fay = await signIn(browser, server.url, await tokenFor(server.url, ADMIN, "fay"));
    const ann = await signIn(browser, server.url, await tokenFor(server.url, ADMIN, "ann"));
    const bob = await signIn(browser, server.url, await tokenFor(server.url, ADMIN, "bob"));

    // The facilitator picks the scenario and the participants, at ×20.
    await fay.getByRole("link", { name: "Drills" }).click();
    await fay.getByRole("heading", { name: "Drills" }).waitFor();
    expect(await accessibilityProblems(fay), "the drills page").toEqual([]);
    await fay.getByRole("button", { name: "Start Data-centre power failure" }).click();
    const start = fay.getByRole("form", { name: "Start Data-centre power failure" });
    await start.getByRole("button", { name: "Start the drill" }).click();
    await start.getByText(/is for 2 to 8 participants; 0 were named/).waitFor();
    await start.getByLabel("Ann Okafor (ann)").check();
    await start.getByLabel("Bob Lindqvist (bob)").check();
    await start.getByLabel("Speed").selectOption("20");
    await start.getByRole("button", { name: "Start the drill" }).click();

    // The facilitator's view: the clock runs, the first alert has gone out, the rest are listed.
    await fay.getByRole("heading", { name: "DRILL: Data-centre power failure" }).waitFor();
    await fay.getByRole("status").filter({ hasText: "running at ×20" }).waitFor();
    const sent = fay.getByRole("table", { name: "Sent injects" });
    const coming = fay.getByRole("table", { name: "Upcoming injects" });
    await sent.getByText("UPS on battery in hall B").waitFor({ timeout: LIVE_MS });
    await coming.getByText("The VP asks for an ETA").waitFor();
    const room = fay.getByRole("link", { name: /^Open the drill room/ });
    const href = (await room.getAttribute("href")) ?? "";
    expect(href).toMatch(/^#\/incidents\/\d+$/);

    // The participants: the drill room says DRILL; one takes command, the other checks in.
    for (const page of [ann, bob]) await page.goto(`${server.url}/${href}`);
    await ann.getByText(/DRILL/).first().waitFor();
    await ann.getByLabel("Your next actions").getByRole("button", { name: "Check in now" }).click();
    await ann.getByLabel("Your next actions").getByRole("button", { name: "Take command now" }).click();
    await bob.getByLabel("Your next actions").getByRole("button", { name: "Check in now" }).click();
    const watch = fay.getByRole("region", { name: "The response" });
    await watch.getByText("ann made ann Incident Commander").first().waitFor({ timeout: LIVE_MS });

    // Pause; the VP's question is sent early by hand, support's skipped, and an ad-hoc inject added.
    await fay.getByRole("button", { name: "Pause" }).click();
    await fay.getByRole("status").filter({ hasText: "paused" }).waitFor();
    await fay.getByRole("button", { name: "Send now: The VP asks for an ETA" }).click();
    await sent.getByText("The VP asks for an ETA").waitFor({ timeout: LIVE_MS });
    await fay.getByRole("button", { name: "Skip: Support asks what to tell customers" }).click();
    await sent.getByText("Support asks what to tell customers").waitFor({ timeout: LIVE_MS });
    const adhoc = fay.getByRole("form", { name: "Ad-hoc inject" });
    await adhoc.getByLabel("From").selectOption("facilities");
    await adhoc.getByLabel("What it says").fill("The generator caught fire; hall B stays dark for hours.");
    await adhoc.getByRole("button", { name: "Send inject" }).click();
    await sent.getByText("A message from someone in the cast").waitFor({ timeout: LIVE_MS });
    await ann
      .getByText(/DRILL inject · Priya \(facilities, on site\).*The generator caught fire/)
      .first()
      .waitFor({ timeout: LIVE_MS });
    await fay.screenshot({ path: path.join(ARTIFACTS, "drill-facilitator.png"), fullPage: true });
    expect(await accessibilityProblems(fay), "the facilitator's view").toEqual([]);
    await fay.getByLabel("Speed").selectOption("10");
    await fay.getByRole("button", { name: "Resume" }).click();
    await fay.getByRole("status").filter({ hasText: "running at ×10" }).waitFor();

    // Handing over command, ann is advised that bob is not yet qualified by the team's rules.
    await tab(ann, "Org");
    await ann.getByRole("button", { name: "Hand over command" }).click();
    const handover = ann.getByRole("form", { name: "Hand over command" });
    await handover
      .getByRole("note")
      .getByText(
        /bob is not yet qualified for this role by the team's rules \(advice; you decide\): 2 drills as Incident Commander with a passing score, 0 of 2/,
      )
      .waitFor();
    expect(await accessibilityProblems(ann), "the handover form with its advice").toEqual([]);

    // Someone else cannot steer: bob sees the run without the controls.
    await bob.goto(`${server.url}/${fay.url().slice(fay.url().indexOf("#"))}`);
    await bob.getByRole("heading", { name: "DRILL: Data-centre power failure" }).waitFor();
    expect(await bob.getByRole("button", { name: "Pause" }).count()).toBe(0);

    // The end, and the after-action report in the drill room.
    await fay.getByRole("button", { name: "End the drill" }).click();
    await fay.getByRole("dialog").getByRole("button", { name: "End the drill" }).click();
    await fay
      .getByRole("status")
      .filter({ hasText: /ended \(ended by fay\)/ })
      .waitFor({ timeout: LIVE_MS });
    await fay.getByRole("link", { name: "Read the after-action report" }).click();
    await tab(fay, "After action");
    const report = fay.getByRole("region", { name: "After-action report" });
    await report.getByText(/^Score \d+%$/).waitFor();
    await report.getByText(/The team's first run of Data-centre power failure/).waitFor();
    expect(
      await report
        .getByRole("table", { name: "Practices" })
        .getByText("Declare and take command early")
        .count(),
    ).toBe(1);
    expect(cspViolations()).toEqual([]);
  }, 180_000);
});
