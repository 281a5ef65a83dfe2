import type { App, Logger, Receiver, ReceiverEvent } from "@slack/bolt";
import { SocketModeClient } from "@slack/socket-mode";
import type { Log } from "../../../log.js";
import type { clientOptions } from "./app.js";

/**
 * Hands Slack's requests, received by Fastify, to Bolt; the HTTP answer goes out only once the
 * listeners finished, so what Slack was told is received is already recorded (a listener that
 * fails is a 500, and Slack retries).
 */
export class HttpReceiver implements Receiver {
  private app: App | null = null;

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  /** Processes one verified request body; resolves with what to answer (undefined: empty 200). */
  async dispatch(body: Record<string, unknown>, retryNum?: number, retryReason?: string): Promise<unknown> {
    if (!this.app) throw new Error("The Slack receiver is not initialised.");
    let answer: unknown = undefined;
    const event: ReceiverEvent = {
      body,
      ...(retryNum !== undefined ? { retryNum } : {}),
      ...(retryReason !== undefined ? { retryReason } : {}),
      ack: (response?: unknown) => {
        answer = response;
        return Promise.resolve();
      },
    };
    await this.app.processEvent(event);
    return answer;
  }
}

type SocketEvent = {
  body: Record<string, unknown>;
  ack: (response?: Record<string, unknown>) => Promise<void>;
  retry_num?: number;
  retry_reason?: string;
};

/**
 * Socket Mode with the same promise as HTTP mode: an envelope is acknowledged to Slack only once
 * the listeners finished, with what they answered. Bolt's own Socket Mode receiver acknowledges
 * events before its listeners run, so a message that could not be recorded (the database down)
 * would be lost; unacknowledged, Slack delivers it again.
 */
export class SocketReceiver implements Receiver {
  private app: App | null = null;
  private readonly client: SocketModeClient;

  constructor(appToken: string, options: ReturnType<typeof clientOptions>, logger: Logger, log: Log) {
    this.client = new SocketModeClient({ appToken, logger, clientOptions: options });
    this.client.on("slack_event", (event: SocketEvent) => {
      this.deliver(event).catch((error: unknown) => {
        log.warn({ err: error }, "slack: an envelope was not handled; Slack will deliver it again");
      });
    });
  }

  init(app: App): void {
    this.app = app;
  }

  private async deliver(event: SocketEvent): Promise<void> {
    if (!this.app) throw new Error("The Slack receiver is not initialised.");
    let answer: Record<string, unknown> | undefined;
    await this.app.processEvent({
      body: event.body,
      ...(event.retry_num !== undefined ? { retryNum: event.retry_num } : {}),
      ...(event.retry_reason !== undefined ? { retryReason: event.retry_reason } : {}),
      ack: (response?: unknown) => {
        answer = response as Record<string, unknown> | undefined;
        return Promise.resolve();
      },
    });
    await event.ack(answer);
  }

  async start(): Promise<void> {
    await this.client.start();
  }

  async stop(): Promise<void> {
    await this.client.disconnect();
  }
}
