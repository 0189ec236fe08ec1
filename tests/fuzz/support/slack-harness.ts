import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { App, webApi } from "@slack/bolt";
import fc from "fast-check";
import { pino } from "pino";
import { expect } from "vitest";
import { slackRapidReview } from "../../../src/channels/slack/rapid-review-command.js";
import { LIMITS, type SlackBlock } from "../../../src/channels/slack/render-blocks.js";
import { registerSlackHandlers } from "../../../src/channels/slack/slack-channel.js";
import { loadSlackMessages } from "../../../src/channels/slack/slack-messages.js";
import { loadMilestoneContent } from "../../../src/core/rapid-review/milestone-content.js";
import { REGISTER_FILE_NAME, ReviewRegister } from "../../../src/store/review-register.js";
import { reviewRegisterFileSchema } from "../../../src/store/review-register-schema.js";
import { MemorySessionStore } from "../../../src/store/session-store.js";
import { FakeSlack, quietSlackLogger, RESPONSE_HOST } from "../../channels/slack/fake-slack.js";
import { checkLimits, checkSlackMessage } from "../../support/check-slack-limits.js";
import { buildAssistant } from "./build-assistant.js";
import { allStrings, leaksIn } from "./check-output.js";

export { RESPONSE_HOST } from "../../channels/slack/fake-slack.js";
export const PANEL = "CPANEL";
export const PANEL_MEMBERS = ["UPANEL1", "UPANEL2"];
/** Inputs per entry point (see tests/fuzz/README.md). */
export const INPUTS = 10_000;
export const T0 = new Date("2026-12-18T10:00:00Z");

/** Who sends a command or presses: panel members most often, others, and junk ids. */
export const userId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("UPANEL1", "UPANEL2") },
  { weight: 2, arbitrary: fc.constantFrom("UOTHER", "W123ABC") },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
export const channelId = fc.oneof(
  fc.constantFrom("CWORK", PANEL, "DUSER1", "GPRIVATE"),
  fc.string({ maxLength: 20 }),
);

/** One message we sent to Slack, wherever it went. */
export interface Sent {
  where: "ack" | "response_url" | "chat.postMessage" | "views.publish" | string;
  body: Record<string, unknown>;
}

/**
 * The Slack channel in-process: the real handlers (registerSlackHandlers) on a Bolt App with a
 * do-nothing receiver, the real assistant with every feature, a real rapid review register in a
 * temporary folder, and the Slack Web API and response_urls answered in-process. Events go in
 * through app.processEvent, as both Bolt receivers deliver them; everything sent comes out in
 * `sent`, and every handler failure logged at error level in `errors`.
 */
export class SlackHarness {
  private constructor(
    readonly app: App,
    readonly register: ReviewRegister,
    readonly dataDir: string,
    readonly errors: Record<string, unknown>[],
    /** Every message sent to Slack (Web API calls, response_url posts, acks), in order. */
    readonly sent: Sent[],
  ) {}

  /** The clock moves a minute per input, so caches and session expiry are crossed. */
  private clock = { minute: 0 };

  static async start(): Promise<SlackHarness> {
    const clock = { minute: 0 };
    const now = () => new Date(T0.getTime() + clock.minute * 60_000);
    const built = await buildAssistant(now);
    const dataDir = built.ctx.dataDir;
    const errors: Record<string, unknown>[] = [];
    const log = pino(
      { level: "error" },
      new Writable({
        write(chunk, _enc, done) {
          for (const line of String(chunk).split("\n").filter(Boolean))
            errors.push(JSON.parse(line));
          done();
        },
      }),
    );
    const register = await ReviewRegister.open(dataDir);
    const messages = loadSlackMessages();
    const harness: { sent: Sent[] } = { sent: [] };
    // Slack's side, in-process: the SDK builds real requests (form-encoded Web API calls, JSON
    // to response_urls) and hands them to the one Slack fake's fetch instead of the network.
    // nock does the same over HTTP in the other tests; here it would cost about 7 ms a call, too
    // slow for 30,000. What was sent is noted here first, in order, with the acks.
    const slack = new FakeSlack(now);
    const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const req = new Request(input, init);
      const url = new URL(req.url);
      if (url.origin === RESPONSE_HOST) {
        harness.sent.push({
          where: "response_url",
          body: (await req.clone().json()) as Record<string, unknown>,
        });
      } else {
        const params = Object.fromEntries(new URLSearchParams(await req.clone().text()));
        const body: Record<string, unknown> = { ...params };
        for (const k of ["blocks", "view"]) if (params[k]) body[k] = JSON.parse(params[k]);
        harness.sent.push({ where: url.pathname.replace(/^\/api\//, ""), body });
      }
      return slack.fetch(req);
    };
    const clientOptions = { retryConfig: { retries: 0 }, fetch };
    const app = new App({
      token: "xoxb-fuzz",
      receiver: { init() {}, start: async () => undefined, stop: async () => undefined },
      botId: "BBOT",
      botUserId: "UBOT",
      tokenVerificationEnabled: false,
      clientOptions,
      logger: quietSlackLogger,
    });
    const api = new webApi.WebClient("xoxb-fuzz", { ...clientOptions, logger: quietSlackLogger });

    registerSlackHandlers(app, {
      assistant: () => built.assistant,
      sessions: new MemorySessionStore(),
      log,
      logMessageText: false,
      now,
      mash: built.ctx.mash,
      messages,
      rapid: slackRapidReview({
        register,
        api,
        panelChannel: PANEL,
        messages,
        content: loadMilestoneContent(),
        now,
        log,
      }),
    });
    const started = new SlackHarness(app, register, dataDir, errors, harness.sent);
    started.clock = clock;
    return started;
  }

  /**
   * Delivers one input and checks what came of it: no handler failed, everything sent to Slack
   * is a message Slack accepts (limits, a text fallback), and nothing leaks. Returns what was sent.
   */
  async run(body: Record<string, unknown>, input: string): Promise<Sent[]> {
    const before = this.sent.length;
    const errorsBefore = this.errors.length;
    this.clock.minute += 1;
    await this.deliver(body);
    const sent = this.sent.slice(before);
    expect(this.errors.slice(errorsBefore), "no handler failed").toEqual([]);
    for (const s of sent) {
      if (s.where === "views.publish") {
        const view = s.body.view as { blocks?: SlackBlock[] };
        expect(checkLimits(view.blocks ?? [], LIMITS.homeBlocks), s.where).toEqual([]);
      } else if (s.where !== "conversations.members" && s.where !== "conversations.open") {
        expect(
          checkSlackMessage(s.body),
          `${s.where}: ${JSON.stringify(s.body).slice(0, 300)}`,
        ).toEqual([]);
      }
    }
    expect(leaksIn(allStrings(sent.map((s) => s.body)).join("\n"), input)).toEqual([]);
    return sent;
  }

  /** The register file still parses against its schema. */
  checkStore(): void {
    const file = path.join(this.dataDir, REGISTER_FILE_NAME);
    if (!existsSync(file)) return;
    const parsed = reviewRegisterFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    expect(parsed.success, parsed.error?.message).toBe(true);
  }

  /** Delivers one request body as Bolt would; what the ack carried is recorded as sent. */
  async deliver(body: Record<string, unknown>): Promise<void> {
    await this.app.processEvent({
      body,
      ack: async (response) => {
        if (response && typeof response === "object")
          this.sent.push({ where: "ack", body: response as Record<string, unknown> });
      },
    });
  }
}
