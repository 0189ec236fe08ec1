/**
 * `npm run train:likeness [-- --check]`: fits knowledge/search/danger-likeness.json and
 * decline-likeness.json, how much a message reads like the emergencies, and like the questions
 * to decline, among the example messages in tests/knowledge/*.jsonl (a line whose `expect` is
 * "danger" is an emergency; one whose `expect` is "decline", or null, is to be declined), and
 * writes answered-before.json, each example message with the entry that answers it. Run it
 * after adding example messages; commit the files it writes.
 *
 * `--check` writes nothing: it holds out a fifth of the sets at a time, fits on the rest and
 * prints how the held-out messages fare at each threshold, alone and beside the rules and the
 * search. That, with the rules' and the search's first-run figures, is how the thresholds in
 * thresholds.ts (LEARNED) were chosen.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadMashContacts } from "../core/contacts/mash-contacts.js";
import { KNOWLEDGE_DIR } from "../core/content/load-data-file.js";
import { answerQuestion } from "../core/knowledge/answer-question.js";
import {
  buildKnowledgeIndex,
  type KnowledgeIndex,
} from "../core/knowledge/build-knowledge-index.js";
import { fitLikeness } from "../core/knowledge/fit-likeness.js";
import {
  answeredExamples,
  type LikenessExample,
  readLikenessExamples,
} from "../core/knowledge/likeness-examples.js";
import { DEFAULT_KNOWLEDGE_PATHS, loadKnowledge } from "../core/knowledge/load-knowledge.js";
import { LEARNED } from "../core/knowledge/thresholds.js";
import { readDangerSign } from "../core/knowledge/understand-message.js";
import { weighLikeness } from "../core/knowledge/weigh-likeness.js";
import { londonDate } from "../core/london-time.js";

interface Kind {
  file: string;
  name: string;
  /** Whether an example is of the kind. */
  like: (expect: string | null) => boolean;
  threshold: number;
  /** What the rules or the search do with a message, for --check: true if they take it as of
   * the kind (an alarm; a decline). */
  already: (index: KnowledgeIndex, text: string) => boolean;
}

const KINDS: Kind[] = [
  {
    file: "danger-likeness.json",
    name: "reads like the example emergencies",
    like: (expect) => expect === "danger",
    threshold: LEARNED.dangerLikeness,
    already: (index, text) => readDangerSign(index, text) !== undefined,
  },
  {
    file: "decline-likeness.json",
    name: "reads like the example questions to decline",
    like: (expect) => expect === "decline" || expect === null,
    threshold: LEARNED.declineLikeness,
    already: (index, text) => answerQuestion(index, text).kind === "none",
  },
];

const asExamples = (kind: Kind, examples: readonly LikenessExample[]) =>
  examples.map((e) => ({ features: e.features, like: kind.like(e.expect) }));

function check(kind: Kind, examples: readonly LikenessExample[]): void {
  const sets = [...new Set(examples.map((e) => e.set))];
  const fold = (set: string) => sets.indexOf(set) % 5;
  const held: { like: boolean; weight: number; already: boolean }[] = [];
  const index = buildKnowledgeIndex(content);
  for (let k = 0; k < 5; k++) {
    const fitted = fitLikeness(
      asExamples(
        kind,
        examples.filter((e) => fold(e.set) !== k),
      ),
    );
    for (const e of examples.filter((x) => fold(x.set) === k)) {
      const weight = weighLikeness(fitted, e.text);
      held.push({ like: kind.like(e.expect), weight, already: kind.already(index, e.text) });
    }
  }
  const like = held.filter((h) => h.like).length;
  console.log(`\n${kind.file}: held out by set, ${like} of the kind, ${held.length - like} not.`);
  console.log("(The rules and search were tuned on these sets: their figures here flatter them.)");
  const show = (label: string, taken: (h: (typeof held)[number]) => boolean) => {
    const right = held.filter((h) => h.like && taken(h)).length;
    const wrong = held.filter((h) => !h.like && taken(h)).length;
    console.log(
      `  ${label}: ${right} of the kind (${((100 * right) / like).toFixed(1)}%), ${wrong} not`,
    );
  };
  show("rules or search alone", (h) => h.already);
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    show(`likeness alone from ${t}`, (h) => h.weight >= t);
    show(`either, likeness from ${t}`, (h) => h.already || h.weight >= t);
  }
}

// Read without the earlier answers, which this command writes (and which may be out of date).
const content = loadKnowledge({ ...DEFAULT_KNOWLEDGE_PATHS, answeredBeforeFile: "" });
const examples = readLikenessExamples(content);
for (const kind of KINDS) {
  if (process.argv.includes("--check")) {
    check(kind, examples);
    continue;
  }
  const { bias, weights } = fitLikeness(asExamples(kind, examples));
  const round = (n: number) => Math.round(n * 10000) / 10000;
  const file = {
    name: kind.name,
    trained: londonDate(new Date()),
    examples: {
      messages: examples.length,
      like: examples.filter((e) => kind.like(e.expect)).length,
      sets: new Set(examples.map((e) => e.set)).size,
    },
    threshold: kind.threshold,
    bias: round(bias),
    weights: Object.fromEntries(
      [...weights].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, x]) => [f, round(x)]),
    ),
  };
  const out = path.join(KNOWLEDGE_DIR, "search", kind.file);
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(
    `${path.relative(process.cwd(), out)}: ${weights.size} weights from ${examples.length} messages (${file.examples.like} of the kind) in ${file.examples.sets} sets`,
  );
}

if (!process.argv.includes("--check")) {
  // Worked out without earlier answers, so none feed on themselves.
  const index = buildKnowledgeIndex(content);
  const { read, answered } = answeredExamples(index, loadMashContacts());
  const file = {
    name: "the entries that answered the example messages",
    trained: londonDate(new Date()),
    examples: {
      read,
      messages: answered.length,
      sets: new Set(answered.map((e) => e.set)).size,
    },
    neighbours: LEARNED.earlierNeighbours,
    threshold: LEARNED.earlierShare,
    asked: answered.map((e) => [e.entry, e.terms.join(" ")]),
  };
  const out = path.join(KNOWLEDGE_DIR, "search", "answered-before.json");
  // One example a line, so a refit reads as a diff of the examples that changed.
  const { asked, ...head } = file;
  const lines = asked.map((a) => `    ${JSON.stringify(a)}`).join(",\n");
  const opening = JSON.stringify(head, null, 2).replace(/\n}$/, "");
  writeFileSync(out, `${opening},\n  "asked": [\n${lines}\n  ]\n}\n`);
  console.log(
    `${path.relative(process.cwd(), out)}: ${answered.length} example messages with the entry that answers each`,
  );
}
