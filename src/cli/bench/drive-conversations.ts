import http from "node:http";
import { performance } from "node:perf_hooks";
import type { ConnectorStandIn } from "./connector-stand-in.js";

/** One message a practitioner sends: typed text, or a card button press (its submit data). */
export interface ScriptStep {
  /** What the step stands for in the mix ("question", "mash", "levels-start", ...). */
  kind: string;
  text?: string;
  value?: Record<string, string>;
}

export interface DriveOptions {
  /** The bot's Bot Framework endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  messagesUrl: string;
  connector: ConnectorStandIn;
  /** Conversations in flight at once; each waits for its turn's replies before the next. */
  conversations: number;
  /** Stop after this many turns in all (whichever limit comes first). */
  maxTurns: number;
  /** Each conversation stops after this many turns. A whole number of passes through `script`
   * makes the turns measured exactly the script's mix; with only `maxTurns`, conversations stop
   * wherever the total runs out, mostly early in the script. */
  turnsPerConversation?: number;
  maxMs: number;
  /** Each conversation works through these steps in order, then starts again. */
  script: readonly ScriptStep[];
  /** Keep-alive agent with at least `conversations` sockets. */
  agent: http.Agent;
  /** Makes ids unique across runs against the same bot (sessions are per conversation). */
  runId: string;
}

export interface DriveResult {
  /** Milliseconds per completed turn, in completion order. */
  latencies: number[];
  turns: number;
  errors: number;
  /** Error counts by kind: "http_500", "no_reply", "ECONNRESET", ... */
  errorKinds: Record<string, number>;
  elapsedMs: number;
  turnsPerSecond: number;
  /** Turns by script step kind. */
  byKind: Record<string, number>;
  /** The slowest completed turn: its milliseconds, its step's kind, and when it started
   * (milliseconds into the run), so a long tail can be traced to a kind and a moment. */
  slowest?: { ms: number; kind: string; startedAtMs: number };
}

/** A Teams-shaped message activity from a practitioner in a personal chat with the bot. */
export function messageActivity(
  step: ScriptStep,
  ids: { activityId: string; conversationId: string; userId: string; serviceUrl: string },
): Record<string, unknown> {
  return {
    type: "message",
    channelId: "msteams",
    serviceUrl: ids.serviceUrl,
    id: ids.activityId,
    timestamp: new Date().toISOString(),
    locale: "en-GB",
    from: { id: ids.userId, name: "Practitioner" },
    recipient: { id: "bot-bench", name: "MK Safeguarding" },
    conversation: { id: ids.conversationId, conversationType: "personal" },
    ...(step.text !== undefined ? { text: step.text } : {}),
    ...(step.value !== undefined ? { value: step.value } : {}),
  };
}

/**
 * Closed-loop load: `conversations` practitioners each send a message, wait until the bot has
 * answered it, and send the next. A turn's latency runs from the start of the POST to
 * /api/messages until its HTTP response has fully arrived; the bot answers that POST only after
 * every reply of the turn was accepted by the connector (botbuilder awaits each send), and the
 * stand-in's count of replies to the activity is checked then: a turn with no reply is an error.
 */
export async function driveConversations(options: DriveOptions): Promise<DriveResult> {
  const { script, connector } = options;
  if (script.length === 0) throw new Error("the script has no steps");
  const latencies: number[] = [];
  let slowest: DriveResult["slowest"];
  const errorKinds: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  let started = 0;
  let errors = 0;
  const begin = performance.now();
  const deadline = begin + options.maxMs;
  const url = new URL(options.messagesUrl);

  const fail = (kind: string) => {
    errors++;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };

  const post = (body: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = http.request(
        {
          hostname: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          agent: options.agent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });

  const conversation = async (c: number) => {
    const conversationId = `${options.runId}-conv-${c}`;
    const turns = options.turnsPerConversation ?? Number.POSITIVE_INFINITY;
    for (let n = 0; n < turns; n++) {
      if (started >= options.maxTurns || performance.now() >= deadline) return;
      started++;
      const step = script[n % script.length] as ScriptStep;
      const activityId = `${conversationId}-a${n}`;
      const body = JSON.stringify(
        messageActivity(step, {
          activityId,
          conversationId,
          userId: `${options.runId}-user-${c}`,
          serviceUrl: connector.url,
        }),
      );
      const t0 = performance.now();
      try {
        const status = await post(body);
        const ms = performance.now() - t0;
        const replies = connector.take(activityId);
        if (status < 200 || status > 299) fail(`http_${status}`);
        else if (replies === 0) fail("no_reply");
        else {
          latencies.push(ms);
          byKind[step.kind] = (byKind[step.kind] ?? 0) + 1;
          if (ms > (slowest?.ms ?? 0)) slowest = { ms, kind: step.kind, startedAtMs: t0 - begin };
        }
      } catch (err) {
        connector.take(activityId);
        fail((err as NodeJS.ErrnoException).code ?? "network");
      }
    }
  };

  await Promise.all(Array.from({ length: options.conversations }, (_, c) => conversation(c)));
  const elapsedMs = performance.now() - begin;
  return {
    latencies,
    turns: latencies.length,
    errors,
    errorKinds,
    elapsedMs,
    turnsPerSecond: (latencies.length / elapsedMs) * 1000,
    byKind,
    slowest,
  };
}
