// Baseline for the append benchmark: a bare Fastify route doing one raw better-sqlite3
// insert in WAL mode with synchronous=NORMAL (not power-loss durable).
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import Fastify from "fastify";

const db = new BetterSqlite3(path.join(process.env.DIR ?? "/tmp", "baseline.sqlite"));
db.pragma("journal_mode = WAL");
db.pragma(`synchronous = ${process.env.SYNC ?? "NORMAL"}`);
db.exec("create table if not exists events (id integer primary key, incident text, data text, at text)");
const insert = db.prepare("insert into events (incident, data, at) values (?, ?, ?)");
const app = Fastify();
app.post<{ Params: { id: string } }>("/api/v1/incidents/:id/reports", async (request, reply) => {
  insert.run(request.params.id, JSON.stringify(request.body), new Date().toISOString());
  return reply.code(201).send({ ok: true });
});
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
console.log("ready");
