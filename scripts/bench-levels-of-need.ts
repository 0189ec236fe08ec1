/**
 * How long the Levels of Need check takes per turn, without any network: the pure engine, and a
 * whole turn through the assistant (typed-input resolution, skill, rendering). Prints figures;
 * run with `npx tsx scripts/bench-levels-of-need.ts`.
 */
import { performance } from "node:perf_hooks";
import { Assistant } from "../src/core/assistant/assistant.js";
import { newSession } from "../src/core/assistant/turn.js";
import { loadMashContacts } from "../src/core/contacts/mash-contacts.js";
import { loadMessages } from "../src/core/content/messages.js";
import { loadLevelsContent } from "../src/core/levels-of-need/content.js";
import { answer, start } from "../src/core/levels-of-need/engine.js";
import { LevelsConversation } from "../src/core/levels-of-need/levels-conversation.js";
import { createLevelsSkill } from "../src/core/levels-of-need/levels-skill.js";

const loadStarted = performance.now();
const content = loadLevelsContent();
const loadMs = performance.now() - loadStarted;
const mash = loadMashContacts();
const RUNS = 2000;
const answers = [
  ["no"],
  ["12-17"],
  ["missing", "offending"],
  ["stress"],
  ["domestic-abuse"],
  ["single"],
  ["no"],
];

let turns = 0;
let t = performance.now();
for (let i = 0; i < RUNS; i++) {
  const now = new Date(1_700_000_000_000 + i * 1000);
  let r = start(content, now);
  for (const values of answers) {
    const token = r.step.kind === "question" ? r.step.token : undefined;
    r = answer(content, structuredClone(r.state), { kind: "choose", values, token }, now);
    turns++;
  }
  if (r.step.kind !== "outcome") throw new Error("benchmark conversation did not finish");
}
const engineMs = (performance.now() - t) / turns;

const assistant = new Assistant({ messages: loadMessages(), mash }, [
  createLevelsSkill(new LevelsConversation(content, mash)),
]);
const typed = ["levels", "no", "12 to 17", "4, 6", "4", "5", "2", "3"];
turns = 0;
t = performance.now();
for (let i = 0; i < RUNS / 4; i++) {
  const now = new Date(1_700_000_000_000 + i * 1000);
  let session = newSession(now);
  for (const text of typed) {
    session = (await assistant.handleTurn({ text, data: {} }, session, now, "cli")).session;
    turns++;
  }
  if ((session.flows.levels as { step?: string } | undefined)?.step !== "outcome")
    throw new Error("typed benchmark conversation did not reach the outcome");
}
const assistantMs = (performance.now() - t) / turns;

console.log(`content file load + validation: ${loadMs.toFixed(1)} ms`);
console.log(`engine answer(), state cloned each turn: ${(engineMs * 1000).toFixed(1)} µs per turn`);
console.log(
  `assistant turn (typed input, skill, rendering): ${(assistantMs * 1000).toFixed(1)} µs per turn`,
);
