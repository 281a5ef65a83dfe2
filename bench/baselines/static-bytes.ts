// Baseline for the status page benchmark: a bare Fastify route serving the same bytes from
// memory, with the same headers, and nothing else.
import { readFileSync } from "node:fs";
import Fastify from "fastify";

const body = readFileSync(process.env.BODY_FILE ?? "", "utf8");
const app = Fastify();
app.get("/status", async (_request, reply) =>
  reply
    .type("text/html; charset=utf-8")
    .header("etag", '"baseline"')
    .header("cache-control", "public, max-age=10")
    .send(body),
);
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
console.log("ready");
