import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { type RunningAssistant, startAssistant } from "../../src/app.js";
import type { Env } from "../../src/config.js";
import type { Logger } from "../../src/log.js";
import { httpRequest } from "./http-request.js";

/** A connector stand-in: the host our test activities name as serviceUrl, intercepted by nock. */
export const SERVICE_URL = "https://connector.test.invalid";

export interface CardAction {
  type: string;
  title: string;
  data?: Record<string, unknown>;
}

export interface SentActivity {
  /** The id the connector gave it (what a press on its card names as replyToId). */
  id?: string;
  type: string;
  text?: string;
  summary?: string;
  attachments?: { contentType: string; content: AdaptiveCardJson }[];
}

export interface AdaptiveCardJson {
  type: string;
  version: string;
  fallbackText?: string;
  body: Record<string, unknown>[];
  actions?: CardAction[];
}

/** Every text in a card's body, joined: what a person would read. */
export function cardText(activity: SentActivity): string {
  if (activity.text) return activity.text;
  const card = activity.attachments?.[0]?.content;
  if (!card) return "";
  const parts: string[] = [];
  const walk = (el: Record<string, unknown>) => {
    if (typeof el.text === "string") parts.push(el.text);
    if (Array.isArray(el.facts))
      for (const f of el.facts as { title: string; value: string }[])
        parts.push(`${f.title}: ${f.value}`);
    if (Array.isArray(el.choices))
      for (const c of el.choices as { title: string }[]) parts.push(c.title);
    for (const key of ["items", "columns", "body"]) {
      if (Array.isArray(el[key]))
        for (const child of el[key] as Record<string, unknown>[]) walk(child);
    }
  };
  for (const el of card.body) walk(el);
  // A tel: or mailto: link reads as its label; a non-breaking space reads as a space.
  return parts
    .join("\n")
    .replace(/\[([^\]]*)\]\((?:tel|mailto):[^)]*\)/g, "$1")
    .replace(/\u00a0/g, " ");
}

export function cardButtons(activity: SentActivity): string[] {
  return (activity.attachments?.[0]?.content.actions ?? []).map((a) => a.title);
}

/** The last card among the replies (the question a person would answer next). */
export function lastCard(replies: SentActivity[]): AdaptiveCardJson {
  const card = replies.at(-1)?.attachments?.[0]?.content;
  if (!card) throw new Error("no card in the replies");
  return card;
}

/** The card's button with this title, as Teams would submit it (its data plus any inputs). */
export function submitOf(
  card: AdaptiveCardJson,
  title: string,
  inputs: Record<string, string> = {},
): Record<string, unknown> {
  const action = card.actions?.find((a) => a.title === title);
  if (!action) throw new Error(`no "${title}" button: ${card.actions?.map((a) => a.title)}`);
  return { ...action.data, ...inputs };
}

/** The values of the card's choices whose titles start with these labels, as Teams submits them. */
export function choiceValues(card: AdaptiveCardJson, labels: string[]): string {
  const set = card.body.find((el) => el.type === "Input.ChoiceSet") as {
    choices: { title: string; value: string }[];
  };
  return labels
    .map((l) => {
      const c = set.choices.find((x) => x.title.startsWith(l));
      if (!c) throw new Error(`no choice "${l}"`);
      return c.value;
    })
    .join(",");
}

const conversationId = () => `conv-${Math.random().toString(36).slice(2)}`;

/**
 * For a describe block whose tests need nothing but a conversation of their own: one assistant
 * started for the whole block (start-up is the slow part), a new conversation before each test,
 * and the assistant closed after the block. `use` receives the client once it has started.
 */
export function shareOneAssistant(use: (client: BotFrameworkClient) => void): void {
  let client: BotFrameworkClient | undefined;
  beforeAll(async () => {
    client = await BotFrameworkClient.start();
    use(client);
  });
  beforeEach(() => client?.newConversation());
  afterAll(async () => {
    await client?.stop();
  });
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), "mk-assistant-test-"));
}

/**
 * Starts the real server on an ephemeral port and talks to it as the Bot Framework connector
 * would: POST activities to /api/messages, catch the bot's replies with nock at serviceUrl.
 */
export class BotFrameworkClient {
  private counter = 0;
  readonly sent: SentActivity[] = [];
  /** Activities the assistant changed after sending them (a card brought up to date). */
  readonly updated: SentActivity[] = [];

  /** Every instance this conversation has talked to; stop() closes them all. */
  private readonly instances = new Set<RunningAssistant>();

  private constructor(
    public running: RunningAssistant,
    public conversationId: string,
  ) {
    this.instances.add(running);
  }

  /**
   * A new conversation with the same assistant: a new conversation id (so a new session), and
   * no replies kept yet. Tests that need no other setting than a fresh conversation share one
   * start of the assistant this way (Teams sends each reply before its POST is answered, so no
   * reply of the last conversation can arrive in this one).
   */
  newConversation(): void {
    this.conversationId = conversationId();
    this.sent.length = 0;
    this.updated.length = 0;
  }

  /** Sends the rest of this conversation to another instance, as a load balancer may. */
  useInstance(other: RunningAssistant): void {
    this.instances.add(other);
    this.running = other;
  }

  static async start(env: Env = {}, now?: () => Date, log?: Logger): Promise<BotFrameworkClient> {
    const running = await startAssistant({
      env: { PORT: "0", DATA_DIR: tempDataDir(), LOG_LEVEL: "silent", ...env },
      now,
      log,
    });
    const client = new BotFrameworkClient(running, conversationId());
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    nock(SERVICE_URL)
      .persist()
      .post(/\/v3\/conversations\/.*\/activities.*/)
      // nock 15 hands reply callbacks a Fetch Request.
      .reply(200, async (req: unknown) => {
        const activity = (await (req as Request).json()) as SentActivity;
        const id = `reply-${client.sent.length + 1}`;
        if (activity && typeof activity === "object") client.sent.push({ ...activity, id });
        return { id };
      })
      // A card brought up to date after a press (PUT to the activity it replaces).
      .put(/\/v3\/conversations\/.*\/activities\/.*/)
      .reply(200, async (req: unknown) => {
        const url = (req as Request).url;
        const activity = (await (req as Request).json()) as SentActivity;
        client.updated.push({ ...activity, id: decodeURIComponent(url.split("/").at(-1) ?? "") });
        return { id: "updated" };
      });
    return client;
  }

  async stop(): Promise<void> {
    nock.cleanAll();
    for (const instance of this.instances) await instance.close();
  }

  private activity(extra: Record<string, unknown>) {
    this.counter++;
    return {
      channelId: "msteams",
      serviceUrl: SERVICE_URL,
      id: `act-${this.counter}`,
      timestamp: new Date().toISOString(),
      from: { id: "user-1", name: "Practitioner" },
      recipient: { id: "bot-1", name: "MK Safeguarding" },
      conversation: { id: this.conversationId },
      ...extra,
    };
  }

  /** POSTs a raw body; returns the HTTP status and the replies this activity produced. */
  async post(
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; replies: SentActivity[]; body: string }> {
    const before = this.sent.length;
    const res = await httpRequest(`${this.running.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: res.status, replies: this.sent.slice(before), body: res.body };
  }

  async say(text: string): Promise<SentActivity[]> {
    const r = await this.post(this.activity({ type: "message", text }));
    if (r.status >= 300) throw new Error(`POST /api/messages answered ${r.status}: ${r.body}`);
    return r.replies;
  }

  /** Presses a card's button; `from` is the card's activity, as Teams names it in replyToId. */
  async press(data: Record<string, unknown>, from?: SentActivity): Promise<SentActivity[]> {
    const r = await this.post(
      this.activity({ type: "message", value: data, ...(from?.id ? { replyToId: from.id } : {}) }),
    );
    if (r.status >= 300) throw new Error(`POST /api/messages answered ${r.status}: ${r.body}`);
    return r.replies;
  }

  async install(): Promise<SentActivity[]> {
    const r = await this.post(
      this.activity({
        type: "conversationUpdate",
        membersAdded: [{ id: "bot-1" }, { id: "user-1" }],
      }),
    );
    return r.replies;
  }
}
