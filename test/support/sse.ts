import { expect } from "vitest";

export type SseFrame = { id: string; event: string; data: Record<string, unknown> };

/** An open Server-Sent Events connection read frame by frame, for tests that interleave actions. */
export class SseReader {
  private buffer = "";
  private readonly frames: SseFrame[] = [];
  private constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    private readonly controller: AbortController,
  ) {}

  /** Connects with a bearer token and optional Last-Event-ID. */
  static async open(url: string, token: string, lastEventId?: string): Promise<SseReader> {
    const controller = new AbortController();
    const response = await fetch(url, {
      headers: {
        authorization: `Bearer ${token}`,
        ...(lastEventId === undefined ? {} : { "last-event-id": lastEventId }),
      },
      signal: controller.signal,
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    return new SseReader((response.body as ReadableStream<Uint8Array>).getReader(), controller);
  }

  /** Reads until a frame matches (returning it and dropping those before), or fails after `ms`. */
  async until(match: (f: SseFrame) => boolean, ms = 5000): Promise<SseFrame> {
    const deadline = Date.now() + ms;
    for (;;) {
      const index = this.frames.findIndex(match);
      if (index >= 0) return this.frames.splice(0, index + 1)[index] as SseFrame;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("no matching server-sent event arrived in time");
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<null>((resolve) => {
        timer = setTimeout(() => {
          resolve(null);
        }, left);
      });
      const chunk = await Promise.race([this.reader.read(), timeout]);
      clearTimeout(timer);
      if (chunk === null) continue;
      if (chunk.done) throw new Error("the event stream ended");
      this.parse(new TextDecoder().decode(chunk.value));
    }
  }

  /** Frames received so far and not yet consumed. */
  drain(): SseFrame[] {
    return this.frames.splice(0);
  }

  close(): void {
    this.controller.abort();
  }

  private parse(text: string): void {
    this.buffer += text;
    let cut: number;
    while ((cut = this.buffer.indexOf("\n\n")) >= 0) {
      const block = this.buffer.slice(0, cut);
      this.buffer = this.buffer.slice(cut + 2);
      const fields = new Map<string, string>();
      for (const line of block.split("\n")) {
        if (line.startsWith(":") || !line.includes(":")) continue;
        fields.set(line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2));
      }
      const data = fields.get("data");
      if (data === undefined) continue;
      this.frames.push({
        id: fields.get("id") ?? "",
        event: fields.get("event") ?? "message",
        data: JSON.parse(data) as Record<string, unknown>,
      });
    }
  }
}
