import { editDistance } from "../knowledge/edit-distance.js";

/**
 * Recognises the assistant's own commands in typed text, slips included ("masj", "hlep",
 * "levls of need"). Anything that is not a command is left for the skills (a Levels of Need
 * answer, or a question for the knowledge base).
 */
export type Command = "help" | "mash" | "ask" | "hello" | "levels";

export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const PHRASES: Record<Command, string[]> = {
  help: [
    "help",
    "menu",
    "options",
    "commands",
    "what can you do",
    "what can you help with",
    "what do you do",
    "h",
  ],
  hello: ["hi", "hello", "hey", "good morning", "good afternoon", "start", "get started"],
  ask: ["ask", "ask a question", "question", "i have a question"],
  mash: [
    "mash",
    "emergency",
    "out of hours",
    "contact",
    "contacts",
    "emergency contacts",
    "emergency number",
    "out of hours number",
    "out of hours contacts",
    "who do i call",
    "who do i ring",
    "mash contacts",
    "mash contact",
    "mash number",
    "mash phone number",
    "mash details",
    "mash contact details",
  ],
  levels: [
    "levels",
    "levels of need",
    "level of need",
    "check levels of need",
    "check level of need",
    "check levels",
    "check the levels of need",
    "threshold check",
    "check thresholds",
    "check threshold",
  ],
};

// Words that, beside "MASH", mean the person wants to reach it rather than learn about it.
const CONTACT_WORDS = new Set(
  "contact contacts phone telephone tel number numbers call ring email hours open opening reach details speak talk".split(
    " ",
  ),
);

/** The words commands are made of, which a slip of one letter is corrected towards. */
const COMMAND_WORDS = [
  ...new Set([...Object.values(PHRASES).flat().join(" ").split(" "), ...CONTACT_WORDS]),
].filter((w) => w.length >= 4);

/** A slip of one letter (or two swapped) in a word of four letters or more. */
function fixWord(word: string): string {
  if (word.length < 4 || COMMAND_WORDS.includes(word)) return word;
  return COMMAND_WORDS.find((c) => editDistance(word, c, 1) <= 1) ?? word;
}

export function recognizeCommand(text: string): Command | undefined {
  const typed = normaliseText(text);
  if (typed === "") return undefined;
  const words = typed.split(" ");
  // Only short messages can be commands; a longer one is a question that mentions the MASH.
  if (words.length > 12) return undefined;
  const t = words.map(fixWord).join(" ");
  for (const command of Object.keys(PHRASES) as Command[]) {
    if (PHRASES[command].includes(t)) return command;
  }
  const fixed = t.split(" ");
  if (fixed.includes("mash") && fixed.some((w) => CONTACT_WORDS.has(w))) return "mash";
  return undefined;
}
