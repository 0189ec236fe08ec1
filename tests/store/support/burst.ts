import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type RunningAssistant, startAssistant } from "../../../src/app.js";
import { computeTimeline } from "../../../src/core/rapid-review/compute-timeline.js";
import { signSlackRequest } from "../../channels/slack/sign-slack-request.js";
import { httpRequest } from "../../support/http-request.js";
import type { SlackStandIn } from "../../support/slack-stand-in.js";
import { until } from "../../support/until.js";

/**
 * Bursts of concurrent /rapidreview commands through the real Slack endpoint (signed requests
 * to /slack/events), against one or more running assistants, counting what the panel members
 * were told (at each command's response_url) against what the register kept.
 */

export const SECRET = "burst-signing-secret";

export const PANEL = "C0PANEL1";

export interface Instance {
  running: RunningAssistant;
  url: string;
}

export async function startInstance(
  slack: SlackStandIn,
  env: Record<string, string>,
): Promise<Instance> {
  const running = await startAssistant({
    env: {
      PORT: "0",
      LOG_LEVEL: "silent",
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_PANEL_CHANNEL: PANEL,
      SLACK_API_URL: slack.apiUrl,
      // The reminder hour never comes during the test: only the commands touch the register.
      REMINDER_TIME: "23:59",
      ...env,
    },
  });
  return { running, url: running.url };
}

let counter = 0;

/** One signed /rapidreview command; resolves with the text it was answered with. */
async function command(instance: Instance, slack: SlackStandIn, text: string): Promise<string> {
  counter++;
  const where = `/respond/${counter}`;
  const body = new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    team_domain: "mk",
    channel_id: "CWORK",
    channel_name: "work",
    user_id: counter % 2 ? "UPANEL1" : "UPANEL2",
    user_name: "someone",
    command: "/rapidreview",
    text,
    api_app_id: "A1",
    response_url: slack.responseUrl(where),
    trigger_id: `burst-${counter}-${Date.now()}`,
  }).toString();
  const res = await httpRequest(`${instance.url}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...signSlackRequest(body, SECRET),
    },
    body,
  });
  if (res.status !== 200) return `HTTP ${res.status}`;
  if (res.body) return res.body;
  const answer = () => slack.responses.find((r) => r.path === where)?.body;
  return until(() => answer() !== undefined, 15_000).then(
    () => JSON.stringify(answer()),
    () => "no answer",
  );
}

/** Runs `texts` with at most `inFlight` at once, round-robin over the instances. */
export async function burst(
  instances: Instance[],
  slack: SlackStandIn,
  texts: string[],
  inFlight: number,
): Promise<string[]> {
  const answers: string[] = new Array(texts.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      for (;;) {
        const i = next++;
        if (i >= texts.length) return;
        answers[i] = await command(
          instances[i % instances.length] as Instance,
          slack,
          texts[i] as string,
        );
      }
    }),
  );
  return answers;
}

export const today = (): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());

/** The milestone keys a child review has (to mark each done once). */
export function childMilestones(received: string): string[] {
  return computeTimeline({ received, kind: "child" }).map((m) => m.key);
}

export interface BurstFigures {
  startsTold: number;
  startsKept: number;
  distinctIdsTold: number;
  doneTold: number;
  doneKept: number;
}

/**
 * The two bursts: 40 starts with 8 in flight, then 60 done marks on 10 of the reviews
 * with 6 in flight. `read` returns the register's reviews as stored.
 */
export async function runBursts(
  instances: Instance[],
  slack: SlackStandIn,
  read: () => Promise<{ id: string; caseRef: string; done: Record<string, unknown> }[]>,
  tag: string,
): Promise<BurstFigures> {
  const received = today();
  const starts = Array.from(
    { length: 40 },
    (_, i) => `start ${tag}-${String(i).padStart(2, "0")} ${received} child`,
  );
  const started = await burst(instances, slack, starts, 8);
  const told = started
    .map((a) => /started/.test(a) && /\((RR-\d{4,})\)/.exec(a)?.[1])
    .filter((id): id is string => Boolean(id));
  const afterStarts = await read();
  const ids = afterStarts.filter((r) => r.caseRef.startsWith(`${tag}-`)).map((r) => r.id);
  const steps = childMilestones(received).slice(0, 6);
  const marks = ids.slice(0, 10).flatMap((id) => steps.map((step) => `done ${id} ${step}`));
  const done = await burst(instances, slack, marks, 6);
  const doneTold = done.filter((a) => /marked done/.test(a)).length;
  const afterDone = await read();
  const doneKept = afterDone
    .filter((r) => ids.slice(0, 10).includes(r.id))
    .reduce((n, r) => n + Object.keys(r.done).filter((k) => steps.includes(k)).length, 0);
  return {
    startsTold: told.length,
    startsKept: ids.length,
    distinctIdsTold: new Set(told).size,
    doneTold,
    doneKept,
  };
}

/** A fresh data folder (not the Bot Framework client's helper: that module turns nock on). */
export function freshDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), "mk-burst-"));
}
