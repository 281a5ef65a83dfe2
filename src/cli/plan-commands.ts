import type { Command } from "commander";
import type { Conn, Out, Post } from "./output.js";
import { inc, report } from "./output.js";

type Json = { json?: boolean };

/** objective, assign-task, ack, report-task, period, and `change …`. */
export function registerPlanCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  program
    .command("objective")
    .description(
      "set an objective (an outcome, not a procedure) with an owner; or --done/--drop an existing one",
    )
    .argument("<ref>")
    .argument("[text...]", "the objective")
    .option("--owner <handle>", "who owns it")
    .option("--id <id>", "change an existing objective instead")
    .option("--done", "mark the objective achieved (with --id)")
    .option("--drop", "drop the objective (with --id)")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        words: string[],
        o: Json & { owner?: string; id?: string; done?: boolean; drop?: boolean },
      ) => {
        const text = words.join(" ");
        if (o.id) {
          const state = o.done ? "achieved" : o.drop ? "dropped" : undefined;
          const body = {
            ...(text ? { text } : {}),
            ...(o.owner ? { owner: o.owner } : {}),
            ...(state ? { state } : {}),
          };
          report(out, !!o.json, await post(`${inc(ref)}/objectives/${o.id}`, body, "PATCH"));
          return;
        }
        report(out, !!o.json, await post(`${inc(ref)}/objectives`, { text, owner: o.owner ?? "" }));
      },
    );

  program
    .command("assign-task")
    .description('give a named responder a time-boxed task ("back to me in 10 minutes")')
    .argument("<ref>")
    .argument("<assignee>")
    .argument("<task...>")
    .requiredOption("--minutes <n>", "time box in minutes")
    .option("--objective <id>", "the objective it serves")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        assignee: string,
        words: string[],
        o: Json & { minutes: string; objective?: string },
      ) => {
        const body = {
          assignee,
          task: words.join(" "),
          timeBoxMinutes: Number(o.minutes),
          ...(o.objective ? { objectiveId: o.objective } : {}),
        };
        report(out, !!o.json, await post(`${inc(ref)}/tasks`, body));
      },
    );

  program
    .command("ack")
    .description("acknowledge a task given to you")
    .argument("<ref>")
    .argument("<task-id>")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, o: Json) => {
      report(out, !!o.json, await post(`${inc(ref)}/tasks/${id}/ack`, undefined));
    });

  program
    .command("report-task")
    .description("report on your task: progress, --done, or --more <minutes>")
    .argument("<ref>")
    .argument("<task-id>")
    .argument("<note...>")
    .option("--done", "the task is done")
    .option("--more <minutes>", "ask for more time")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, words: string[], o: Json & { done?: boolean; more?: string }) => {
      const body = {
        note: words.join(" "),
        ...(o.done ? { done: true } : {}),
        ...(o.more ? { extendMinutes: Number(o.more) } : {}),
      };
      report(out, !!o.json, await post(`${inc(ref)}/tasks/${id}/reports`, body));
    });

  program
    .command("period")
    .description("start the next operational period (re-issues the plan)")
    .argument("<ref>")
    .option("--minutes <n>", "period length (default: by severity)")
    .option("--json", "print JSON")
    .action(async (ref: string, o: Json & { minutes?: string }) => {
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/periods`, o.minutes ? { minutes: Number(o.minutes) } : undefined),
      );
    });

  registerChangeCommands(program, out, post);
}

function registerChangeCommands(program: Command, out: Out, post: Post): void {
  const change = program
    .command("change")
    .description("cautious changes: propose, object, clear, start, observe, keep, rollback");
  change
    .command("propose")
    .description("announce a change before making it")
    .argument("<ref>")
    .argument("<what...>")
    .requiredOption("--system <name>", "the system it touches")
    .requiredOption("--why <text>")
    .requiredOption("--risk <level>", "low, medium or high")
    .requiredOption("--rollback <plan>", "how to undo it")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        words: string[],
        o: Json & { system: string; why: string; risk: string; rollback: string },
      ) => {
        const body = {
          what: words.join(" "),
          why: o.why,
          system: o.system,
          risk: o.risk,
          rollbackPlan: o.rollback,
        };
        report(out, !!o.json, await post(`${inc(ref)}/changes`, body));
      },
    );
  change
    .command("object")
    .description("object to a change, with a reason")
    .argument("<ref>")
    .argument("<change-id>")
    .argument("<reason...>")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, words: string[], o: Json) => {
      report(out, !!o.json, await post(`${inc(ref)}/changes/${id}/objections`, { reason: words.join(" ") }));
    });
  for (const verb of ["clear", "keep"] as const) {
    change
      .command(verb)
      .description(verb === "clear" ? "clear a change (TL or IC)" : "keep a change after observing it")
      .argument("<ref>")
      .argument("<change-id>")
      .option("--json", "print JSON")
      .action(async (ref: string, id: string, o: Json) => {
        report(out, !!o.json, await post(`${inc(ref)}/changes/${id}/${verb}`, undefined));
      });
  }
  change
    .command("start")
    .description("start a change (one at a time per system)")
    .argument("<ref>")
    .argument("<change-id>")
    .option("--when-free", "queue behind a change in progress on the same system")
    .option("--override <reason>", "IC only: start despite objections or the window")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, o: Json & { whenFree?: boolean; override?: string }) => {
      const body = {
        ...(o.whenFree ? { whenFree: true } : {}),
        ...(o.override ? { override: o.override } : {}),
      };
      report(out, !!o.json, await post(`${inc(ref)}/changes/${id}/start`, body));
    });
  change
    .command("observe")
    .description("record what the change did")
    .argument("<ref>")
    .argument("<change-id>")
    .argument("<result...>")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, words: string[], o: Json) => {
      report(out, !!o.json, await post(`${inc(ref)}/changes/${id}/observe`, { result: words.join(" ") }));
    });
  change
    .command("rollback")
    .description("roll a change back")
    .argument("<ref>")
    .argument("<change-id>")
    .argument("[result...]")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, words: string[], o: Json) => {
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/changes/${id}/rollback`, words.length ? { result: words.join(" ") } : {}),
      );
    });
}
