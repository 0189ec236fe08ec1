import { type RunningAssistant, startAssistant } from "../../../src/app.js";
import type { Env } from "../../../src/config.js";
import type { Logger } from "../../../src/log.js";
import { tempDataDir } from "../../support/bot-framework-client.js";
import { httpRequest } from "../../support/http-request.js";
import { until } from "../../support/until.js";
import { type Answer, type ApiCall, FakeSlack, PANEL, RESPONSE_HOST } from "./fake-slack.js";
import { signSlackRequest } from "./sign-slack-request.js";

export const SIGNING_SECRET = "test-signing-secret-0123456789";
export { type ApiCall, PANEL, RESPONSE_HOST } from "./fake-slack.js";

export interface Block {
  type: string;
  block_id?: string;
  text?: { type: string; text: string };
  fields?: { text: string }[];
  elements?: Record<string, unknown>[];
  accessory?: Record<string, unknown>;
}

/** Slack shows &amp; &lt; &gt; as the characters they stand for. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Every text a person would read in a list of blocks, joined (entities decoded, as Slack shows them). */
export function blocksText(blocks: Block[] | undefined): string {
  const parts: string[] = [];
  for (const b of blocks ?? []) {
    if (b.text?.text) parts.push(b.text.text);
    for (const f of b.fields ?? []) parts.push(f.text);
    for (const e of b.elements ?? []) {
      if (typeof e.text === "string") parts.push(e.text);
      const t = e.text as { text?: string } | undefined;
      if (t && typeof t.text === "string") parts.push(t.text);
    }
  }
  // A tel: or mailto: link reads as its label; a non-breaking space reads as a space.
  return unescapeMrkdwn(
    parts
      .join("\n")
      .replace(/<(?:tel|mailto):[^|>]*\|([^>]*)>/g, "$1")
      .replace(/\u00a0/g, " "),
  );
}

/** Buttons of a list of blocks (actions blocks and section accessories). */
export function blockButtons(
  blocks: Block[] | undefined,
): { text: string; action_id: string; value: string }[] {
  const out: { text: string; action_id: string; value: string }[] = [];
  const add = (e: Record<string, unknown>) => {
    if (e.type === "button") {
      out.push({
        text: (e.text as { text: string }).text,
        action_id: e.action_id as string,
        value: e.value as string,
      });
    }
  };
  for (const b of blocks ?? []) {
    for (const e of b.elements ?? []) add(e);
    if (b.accessory) add(b.accessory);
  }
  return out;
}

/** Slack's signature headers for a body, with the test signing secret unless told otherwise. */
export function sign(body: string, secret = SIGNING_SECRET, ts?: number) {
  return signSlackRequest(body, secret, ts);
}

/**
 * Starts the real server with Slack on (HTTP mode) and talks to it as Slack would: signed
 * requests to /slack/events, with the Web API and response_urls answered by the one Slack fake
 * (fake-slack.ts) through nock.
 */
export class SlackTestClient {
  private counter = 0;

  private constructor(
    readonly running: RunningAssistant,
    readonly dataDir: string,
    /** Slack's side: every Web API call and response_url post, and how they are answered. */
    readonly slack: FakeSlack,
  ) {}

  static async start(
    options: {
      env?: Env;
      now?: () => Date;
      dataDir?: string;
      /** A logger to capture what the server logs (the env's LOG_LEVEL is then not used). */
      log?: Logger;
      /** Slack's side, when a test prepares its answers before the server starts. */
      slack?: FakeSlack;
    } = {},
  ): Promise<SlackTestClient> {
    const dataDir = options.dataDir ?? tempDataDir();
    const slack = options.slack ?? new FakeSlack();
    await slack.interceptWithNock();
    const running = await startAssistant({
      env: {
        PORT: "0",
        DATA_DIR: dataDir,
        LOG_LEVEL: "silent",
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_PANEL_CHANNEL: PANEL,
        ...options.env,
      },
      now: options.now,
      log: options.log,
    });
    return new SlackTestClient(running, dataDir, slack);
  }

  async stop(): Promise<void> {
    await this.running.close();
    await this.slack.close();
  }

  get calls(): ApiCall[] {
    return this.slack.calls;
  }

  get responses(): { path: string; body: Record<string, unknown> }[] {
    return this.slack.responses;
  }

  /** Queue one answer for the next call of `method` (default: ok). */
  onNext(method: string, answer: (params: Record<string, string>) => Answer): void {
    this.slack.onNext(method, answer);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages posted with chat.postMessage, blocks decoded. */
  posted(channel?: string): { channel: string; text: string; blocks: Block[] }[] {
    return this.callsTo("chat.postMessage")
      .filter((c) => !channel || c.params.channel === channel)
      .map((c) => ({
        channel: c.params.channel ?? "",
        text: c.params.text ?? "",
        blocks: c.params.blocks ? (JSON.parse(c.params.blocks) as Block[]) : [],
      }));
  }

  /** POSTs a body to /slack/events, signed unless headers say otherwise. */
  async post(body: string, contentType: string, headers: Record<string, string> = sign(body)) {
    return httpRequest(`${this.running.url}/slack/events`, {
      method: "POST",
      headers: { "content-type": contentType, ...headers },
      body,
    });
  }

  /** A slash command; returns the HTTP answer (the ack) parsed, if any. */
  async command(
    command: string,
    text: string,
    options: { user?: string; channel?: string } = {},
  ): Promise<{ status: number; ack: Record<string, unknown> | undefined; responseUrl: string }> {
    this.counter++;
    const responseUrl = `${RESPONSE_HOST}/commands/T1/${this.counter}/x`;
    const body = new URLSearchParams({
      token: "legacy",
      team_id: "T1",
      team_domain: "mk",
      channel_id: options.channel ?? "CWORK",
      channel_name: "work",
      user_id: options.user ?? "UPANEL1",
      user_name: "someone",
      command,
      text,
      api_app_id: "A1",
      response_url: responseUrl,
      trigger_id: `trig-${this.counter}`,
    }).toString();
    const res = await this.post(body, "application/x-www-form-urlencoded");
    return {
      status: res.status,
      ack: res.body ? (JSON.parse(res.body) as Record<string, unknown>) : undefined,
      responseUrl,
    };
  }

  /** What was sent to a command's response_url (waits for it: it comes after the ack). */
  async responseTo(responseUrl: string, count = 1): Promise<Record<string, unknown>[]> {
    const path = new URL(responseUrl).pathname;
    const found = () => this.responses.filter((r) => r.path === path).map((r) => r.body);
    // Fewer than asked for is returned as it is, for the test to say what was missing.
    await until(() => found().length >= count, 5000).catch(() => undefined);
    return found();
  }

  /** A block_actions payload, as Slack sends a button press. */
  async press(
    button: { action_id: string; value: string },
    options: {
      user?: string;
      channel?: string;
      message?: { blocks: Block[]; text?: string; ts?: string };
      state?: Record<string, Record<string, unknown>>;
      view?: boolean;
    } = {},
  ): Promise<{ status: number; responseUrl: string }> {
    this.counter++;
    const responseUrl = `${RESPONSE_HOST}/actions/T1/${this.counter}/x`;
    const payload: Record<string, unknown> = {
      type: "block_actions",
      team: { id: "T1", domain: "mk" },
      user: { id: options.user ?? "UPANEL1", username: "someone", team_id: "T1" },
      api_app_id: "A1",
      token: "legacy",
      trigger_id: `trig-${this.counter}`,
      actions: [
        {
          type: "button",
          block_id: "b",
          action_ts: "1",
          ...button,
          text: { type: "plain_text", text: "x" },
        },
      ],
      state: { values: options.state ?? {} },
    };
    if (options.view) {
      payload.container = { type: "view", view_id: "V1" };
      payload.view = { id: "V1", type: "home", blocks: [] };
    } else {
      payload.container = {
        type: "message",
        message_ts: "1.1",
        channel_id: options.channel ?? PANEL,
        is_ephemeral: false,
      };
      payload.channel = { id: options.channel ?? PANEL, name: "panel" };
      payload.message = { type: "message", ts: "1.1", text: "x", ...options.message };
      payload.response_url = responseUrl;
    }
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const res = await this.post(body, "application/x-www-form-urlencoded");
    return { status: res.status, responseUrl };
  }

  /** An Events API event (app_home_opened, message.im). */
  async event(event: Record<string, unknown>): Promise<number> {
    this.counter++;
    const body = JSON.stringify({
      token: "legacy",
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: `Ev${this.counter}`,
      event_time: Math.floor(Date.now() / 1000),
      event,
      authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    });
    const res = await this.post(body, "application/json");
    return res.status;
  }

  /** Waits (briefly) until a condition on the recorded calls holds: work continues after the ack. */
  async until<T>(read: () => T | undefined | false): Promise<T> {
    let value: T | undefined | false;
    await until(
      () => {
        value = read();
        return Boolean(value);
      },
      5000,
      "the Slack calls",
    );
    return value as T;
  }
}
