import type { Command } from "commander";
import type { Conn, Out, Post } from "./output.js";
import { inc, report } from "./output.js";

type Json = { json?: boolean };

/** objective, assign-task, ack, report-task, period. */
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
}
