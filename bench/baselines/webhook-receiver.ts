// A webhook receiver for the delivery benchmark: fails 20% of requests with 500, and keeps
// the Idempotency-Key of every request it accepted, so duplicates can be counted.
import http from "node:http";

const accepted = new Map<string, number>();
let requests = 0;
let failed = 0;
const server = http.createServer((req, res) => {
  if (req.method === "GET") {
    const duplicates = [...accepted.values()].filter((n) => n > 1).length;
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ requests, failed, accepted: accepted.size, duplicates }));
    return;
  }
  req.resume();
  req.on("end", () => {
    requests++;
    if (Math.random() < 0.2) {
      failed++;
      res.writeHead(500).end();
      return;
    }
    const key = String(req.headers["idempotency-key"] ?? `anon-${requests}`);
    accepted.set(key, (accepted.get(key) ?? 0) + 1);
    res.writeHead(204).end();
  });
});
server.keepAliveTimeout = 30_000;
server.listen(Number(process.env.PORT), "127.0.0.1", () => {
  console.log("ready");
});
