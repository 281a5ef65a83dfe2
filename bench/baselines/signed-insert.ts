// Baseline for chat intake: a bare Fastify route that verifies Slack's request signature (with
// Bolt's own verifySlackRequest, as Muster does) over the raw body and stores it with one
// better-sqlite3 insert, WAL mode, synchronous=FULL (durable, like Muster's write).
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import Fastify from "fastify";
import { verifySlackRequest } from "@slack/bolt";

const db = new BetterSqlite3(path.join(process.env.DIR ?? "/tmp", "baseline-chat.sqlite"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("create table if not exists bodies (id integer primary key, body text, at text)");
const insert = db.prepare("insert into bodies (body, at) values (?, ?)");
const app = Fastify();
app.removeAllContentTypeParsers();
app.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => {
  done(null, body);
});
app.post("/integrations/slack/events", async (request, reply) => {
  const raw = typeof request.body === "string" ? request.body : "";
  try {
    verifySlackRequest({
      signingSecret: process.env.SECRET ?? "",
      body: raw,
      headers: {
        "x-slack-signature": String(request.headers["x-slack-signature"] ?? ""),
        "x-slack-request-timestamp": Number(request.headers["x-slack-request-timestamp"]),
      },
    });
  } catch {
    return reply.code(401).send({ code: "INVALID_SIGNATURE" });
  }
  insert.run(JSON.stringify(JSON.parse(raw)), new Date().toISOString());
  return reply.send("");
});
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
console.log("ready");
