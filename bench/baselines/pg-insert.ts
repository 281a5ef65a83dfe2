// Baseline for the PostgreSQL append benchmark: a bare Fastify route doing one insert
// through a pg pool of 10.
import Fastify from "fastify";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
await pool.query(
  "create table if not exists baseline_events (id bigserial primary key, incident text, data text, at text)",
);
const app = Fastify();
app.post<{ Params: { id: string } }>("/api/v1/incidents/:id/reports", async (request, reply) => {
  await pool.query("insert into baseline_events (incident, data, at) values ($1, $2, $3)", [
    request.params.id,
    JSON.stringify(request.body),
    new Date().toISOString(),
  ]);
  return reply.code(201).send({ ok: true });
});
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
console.log("ready");
