// Baseline for the alert storm: a bare Fastify route that checks a bearer secret against its
// SHA-256 (as Muster does) and stores the raw body with one better-sqlite3 insert, WAL mode,
// synchronous=FULL (durable, like Muster's intake).
import { createHash, timingSafeEqual } from "node:crypto";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import Fastify from "fastify";

const db = new BetterSqlite3(path.join(process.env.DIR ?? "/tmp", "baseline-alerts.sqlite"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("create table if not exists bodies (id integer primary key, source text, body text, at text)");
const insert = db.prepare("insert into bodies (source, body, at) values (?, ?, ?)");
const hash = (s: string) => createHash("sha256").update(s).digest();
const expected = hash(process.env.SECRET ?? "");
const app = Fastify({ bodyLimit: 16 * 1024 * 1024 });
app.post<{ Params: { name: string } }>("/api/v1/alerts/:name", async (request, reply) => {
  const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1] ?? "";
  if (!timingSafeEqual(hash(given), expected)) return reply.code(401).send({ code: "INVALID_SOURCE_SECRET" });
  insert.run(request.params.name, JSON.stringify(request.body), new Date().toISOString());
  return reply.code(202).send({ accepted: 1 });
});
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
console.log("ready");
