import { randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { isObject, readJson, sendJson } from "./connector-json.js";
import {
  AssistantHttpError,
  AssistantUnreachableError,
  describeNetworkError,
} from "./describe-assistant-errors.js";
import { findButton, PressError, pickOptions } from "./read-press-args.js";
import {
  ADAPTIVE_CARD,
  type ChatButton,
  type Json,
  type RenderedActivity,
  type RenderOptions,
  renderActivity,
} from "./render-activity.js";

/**
 * A Bot Framework channel in the terminal. It plays the part Teams and the Bot Connector play:
 * POSTs activities to the assistant's /api/messages, and runs its own small connector endpoint on
 * loopback (given to the bot as serviceUrl) where the bot's replies arrive. It speaks only the
 * protocol and imports nothing of the bot, so what works here works for the same reasons in Teams.
 * It uses node:http rather than fetch: tests load nock, and on Node 20 a fetch POST to a host nock
 * lets through fails.
 */

export interface ChatClientOptions {
  /** The assistant's base URL, e.g. http://127.0.0.1:3978 (activities go to /api/messages). */
  assistantUrl: string;
  channelId?: "msteams" | "emulator";
  render?: RenderOptions;
  /** Called for every activity the bot sends, as it arrives (also for proactive messages). */
  onActivity?: (received: ReceivedActivity) => void;
  /** How long to wait for the assistant to answer one POST. */
  timeoutMs?: number;
}

export interface ReceivedActivity {
  /** new: a message; update: the bot replaced an earlier one; delete: it removed one; notice: said by this client. */
  kind: "new" | "update" | "delete" | "notice";
  activity: Json;
  rendered: RenderedActivity;
}

const BOT = { id: "mk-safeguarding-assistant", name: "MK safeguarding assistant" };

export class ChatClient {
  readonly user = { id: `cli-user-${randomUUID().slice(0, 8)}`, name: "You" };
  /** Everything the bot has sent in this conversation, in order. */
  readonly transcript: ReceivedActivity[] = [];
  private conversationId = newConversationId();
  private counter = 0;
  private lastActionable: ReceivedActivity | undefined;

  private constructor(
    private readonly options: ChatClientOptions,
    private readonly server: http.Server,
    readonly serviceUrl: string,
  ) {}

  /** Starts the loopback connector endpoint on an ephemeral port. */
  static async start(options: ChatClientOptions): Promise<ChatClient> {
    const holder: { client?: ChatClient } = {};
    const server = http.createServer((req, res) => {
      if (holder.client) holder.client.handleConnector(req, res);
      else sendJson(res, 503, { error: { code: "NotReady", message: "starting" } });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    holder.client = new ChatClient(options, server, `http://127.0.0.1:${port}`);
    return holder.client;
  }

  get assistantUrl(): string {
    return this.options.assistantUrl.replace(/\/+$/, "");
  }

  get conversation(): string {
    return this.conversationId;
  }

  /** The last card that offered buttons or choices: what /press and typed numbers refer to. */
  get lastPrompt(): ReceivedActivity | undefined {
    return this.lastActionable;
  }

  /** The assistant's /healthz report, or undefined if it has none. Throws if it is unreachable. */
  async health(): Promise<Json | undefined> {
    const res = await this.request("GET", `${this.assistantUrl}/healthz`);
    try {
      const body = JSON.parse(res.body);
      return typeof body === "object" && body !== null ? body : undefined;
    } catch {
      return undefined;
    }
  }

  /** Joins the conversation as Teams does on install: the bot sees a member added and welcomes. */
  async join(): Promise<ReceivedActivity[]> {
    return this.send({
      type: "conversationUpdate",
      membersAdded: [{ id: BOT.id, name: BOT.name }, { ...this.user }],
    });
  }

  /** Starts a fresh conversation (new id, so the bot keeps no state from the old one). */
  async restart(): Promise<ReceivedActivity[]> {
    this.conversationId = newConversationId();
    this.lastActionable = undefined;
    return this.join();
  }

  /** Sends typed text, exactly as a person typing in Teams would. */
  async say(text: string): Promise<ReceivedActivity[]> {
    return this.send({ type: "message", text, textFormat: "plain" });
  }

  /**
   * Presses a button on the last card that had any, by number (its order on the card) or by
   * label. `selection` ticks choices first ("1, 3" or labels), as a person would on the card.
   */
  async press(ref: string, selection?: string): Promise<ReceivedActivity[]> {
    const prompt = this.lastActionable;
    if (!prompt || prompt.rendered.buttons.length === 0) {
      throw new PressError("There is no card with buttons to press yet.");
    }
    const button = findButton(prompt.rendered, ref);
    const values = { ...prompt.rendered.inputs };
    if (selection !== undefined && selection.trim() !== "") {
      const choiceSet = prompt.rendered.choiceSets[0];
      if (!choiceSet) throw new PressError("The last card has no options to select.");
      values[choiceSet.id] = pickOptions(selection, choiceSet).join(",");
    }

    switch (button.kind) {
      case "submit": {
        // Teams' imBack buttons on Adaptive Cards send their value as if it were typed.
        const teams = isObject(button.data) ? button.data.msteams : undefined;
        if (isObject(teams) && teams.type === "imBack" && typeof teams.value === "string") {
          return this.say(teams.value);
        }
        // Adaptive Cards merge the card's input values into the button's data.
        return this.send({ type: "message", value: mergeInputs(button.data, values) });
      }
      case "execute":
        return this.invokeExecute(button, values);
      case "message":
        return this.send({
          type: "message",
          text: button.text,
          ...(button.value !== undefined ? { value: button.value } : {}),
        });
      case "openUrl":
        return [this.notice(`"${button.label}" opens ${button.url} in a web browser.`)];
      case "showCard": {
        const shown = this.notice(`${button.label}:`, {
          type: "message",
          attachments: [{ contentType: ADAPTIVE_CARD, content: button.card }],
        });
        // The shown card's buttons submit the parent card's inputs too, as in a card host.
        shown.rendered.inputs = { ...values, ...shown.rendered.inputs };
        if (shown.rendered.buttons.length > 0) this.lastActionable = shown;
        return [shown];
      }
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Action.Execute arrives at the bot as an adaptiveCard/action invoke, answered in the HTTP body. */
  private async invokeExecute(
    button: Extract<ChatButton, { kind: "execute" }>,
    values: Record<string, string>,
  ): Promise<ReceivedActivity[]> {
    const data = mergeInputs(button.data, values);
    const { replies, body } = await this.post({
      type: "invoke",
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb: button.verb, data }, trigger: "manual" },
    });
    let response: Json | undefined;
    try {
      response = JSON.parse(body);
    } catch {
      response = undefined;
    }
    if (response?.type === ADAPTIVE_CARD && typeof response.value === "object") {
      // The bot answered with a card that replaces the one pressed.
      const updated = this.record("update", {
        type: "message",
        attachments: [{ contentType: ADAPTIVE_CARD, content: response.value }],
      });
      return [...replies, updated];
    }
    return replies;
  }

  private async send(extra: Json): Promise<ReceivedActivity[]> {
    return (await this.post(extra)).replies;
  }

  /** POSTs one activity; every reply the bot sends while handling it arrives before it answers. */
  private async post(extra: Json): Promise<{ replies: ReceivedActivity[]; body: string }> {
    this.counter++;
    const now = new Date();
    const activity = {
      id: `${this.conversationId}-${this.counter}`,
      timestamp: now.toISOString(),
      localTimestamp: now.toISOString(),
      locale: "en-GB",
      channelId: this.options.channelId ?? "msteams",
      serviceUrl: this.serviceUrl,
      from: { ...this.user },
      recipient: { ...BOT },
      conversation: { id: this.conversationId, conversationType: "personal" },
      ...extra,
    };
    const before = this.transcript.length;
    const res = await this.request(
      "POST",
      `${this.assistantUrl}/api/messages`,
      JSON.stringify(activity),
    );
    if (res.status < 200 || res.status >= 300) throw new AssistantHttpError(res.status, res.body);
    return { replies: this.transcript.slice(before), body: res.body };
  }

  private request(
    method: string,
    url: string,
    body?: string,
  ): Promise<{ status: number; body: string }> {
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    return new Promise((resolve, reject) => {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        reject(new AssistantUnreachableError(url, "that is not a valid URL"));
        return;
      }
      const lib = target.protocol === "https:" ? https : http;
      const req = lib.request(
        target,
        {
          method,
          headers: body
            ? {
                "content-type": "application/json",
                "content-length": Buffer.byteLength(body),
              }
            : {},
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
          );
          res.on("error", (err) => reject(new AssistantUnreachableError(url, err.message)));
        },
      );
      req.on("timeout", () => {
        req.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} seconds`));
      });
      req.on("error", (err: NodeJS.ErrnoException) =>
        reject(new AssistantUnreachableError(this.assistantUrl, describeNetworkError(err))),
      );
      if (body) req.write(body);
      req.end();
    });
  }

  /** The connector side: where the bot sends (and updates, and deletes) its messages. */
  private handleConnector(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", this.serviceUrl);
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    // v3 / conversations / :conversationId / activities [/ :activityId]
    if (parts[0] !== "v3" || parts[1] !== "conversations") {
      sendJson(res, 404, { error: { code: "NotFound", message: "Unknown connector route." } });
      return;
    }
    if (parts.length === 2 && req.method === "POST") {
      // createConversation (proactive messages): the terminal has one conversation, so reuse it.
      readJson(req, res, (body) => {
        const activity = isObject(body) && isObject(body.activity) ? body.activity : undefined;
        const id = activity ? this.record("new", activity).activity.id : undefined;
        sendJson(res, 200, { id: this.conversationId, activityId: id });
      });
      return;
    }
    if (parts[2] !== this.conversationId) {
      sendJson(res, 404, { error: { code: "ConversationNotFound", message: "No such chat." } });
      return;
    }
    if (parts[3] === "members") {
      const member = { ...this.user, userPrincipalName: "you@localhost" };
      sendJson(res, 200, parts[4] ? member : [member]);
      return;
    }
    if (parts[3] !== "activities") {
      sendJson(res, 404, { error: { code: "NotFound", message: "Unknown connector route." } });
      return;
    }
    const activityId = parts[4];
    if (req.method === "POST") {
      readJson(req, res, (body) => {
        if (!isObject(body)) {
          sendJson(res, 400, { error: { code: "BadArgument", message: "Expected an activity." } });
          return;
        }
        sendJson(res, 200, { id: this.record("new", body).activity.id });
      });
    } else if (req.method === "PUT" && activityId) {
      readJson(req, res, (body) => {
        if (!isObject(body)) {
          sendJson(res, 400, { error: { code: "BadArgument", message: "Expected an activity." } });
          return;
        }
        this.record("update", { ...body, id: activityId });
        sendJson(res, 200, { id: activityId });
      });
    } else if (req.method === "DELETE" && activityId) {
      req.resume();
      this.record("delete", { type: "message", id: activityId });
      sendJson(res, 200, {});
    } else {
      req.resume();
      sendJson(res, 405, { error: { code: "MethodNotAllowed", message: "Not supported." } });
    }
  }

  private record(kind: ReceivedActivity["kind"], activity: Json): ReceivedActivity {
    const id =
      typeof activity.id === "string" ? activity.id : `reply-${this.transcript.length + 1}`;
    const withId = { ...activity, id };
    const rendered =
      kind === "delete"
        ? renderActivity({ type: "message", text: "(The assistant removed a message.)" })
        : renderActivity(withId, this.options.render);
    const received: ReceivedActivity = { kind, activity: withId, rendered };
    this.transcript.push(received);
    if (rendered.buttons.length > 0 || rendered.choiceSets.length > 0) {
      this.lastActionable = received;
    }
    this.options.onActivity?.(received);
    return received;
  }

  /** Something the client itself says (e.g. where a link goes); not sent by the bot. */
  private notice(text: string, activity?: Json): ReceivedActivity {
    const rendered = renderActivity(activity ?? { type: "message", text }, this.options.render);
    if (activity) rendered.text = `${text}\n${rendered.text}`;
    return { kind: "notice", activity: activity ?? { type: "message", text }, rendered };
  }
}

function mergeInputs(data: unknown, inputs: Record<string, string>): unknown {
  if (data === undefined || data === null) return { ...inputs };
  // A string or array as data is sent as it is, the way Adaptive Card hosts do.
  if (typeof data !== "object" || Array.isArray(data)) return data;
  return { ...(data as Json), ...inputs };
}

function newConversationId(): string {
  return `cli-${randomUUID()}`;
}
