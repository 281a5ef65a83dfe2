// Baseline for the fan-out benchmark: a bare node:http SSE server that broadcasts every
// POSTed body to all connected clients.
import http from "node:http";

const clients = new Set<http.ServerResponse>();
let seq = 0;
const server = http.createServer((req, res) => {
  if (req.method === "GET") {
    res.writeHead(200, { "content-type": "text/event-stream" });
    res.write(": connected\n\n");
    clients.add(res);
    req.on("close", () => clients.delete(res));
    return;
  }
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    seq++;
    const frame = `id: ${seq}\nevent: log.entry\ndata: ${JSON.stringify({ seq, data: JSON.parse(body) as unknown })}\n\n`;
    for (const c of clients) c.write(frame);
    res.writeHead(201).end("{}");
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => {
  console.log("ready");
});
