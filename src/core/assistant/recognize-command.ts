/**
 * Recognises the assistant's own commands in typed text. Anything that is not a command is left
 * for the skills (a Levels of Need answer, or a question for the knowledge base).
 */
export type Command = "help" | "mash" | "ask" | "hello";

/**
 * Text already in normal form: lower-case words of letters and digits, one space between. Most
 * typed answers are ("no", "12 to 17", "summary"), and one test of it is much cheaper than the
 * four passes below, which would give the text back unchanged (tests/core/normalise.test.ts).
 */
export const NORMAL_FORM = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

export function normaliseText(text: string): string {
  if (NORMAL_FORM.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const HELP = new Set([
  "help",
  "menu",
  "options",
  "commands",
  "what can you do",
  "what can you help with",
  "what do you do",
  "h",
]);
const HELLO = new Set([
  "hi",
  "hello",
  "hey",
  "good morning",
  "good afternoon",
  "start",
  "get started",
]);
const ASK = new Set(["ask", "ask a question", "question", "i have a question"]);

// Words that, beside "MASH", mean the person wants to reach it rather than learn about it.
const CONTACT_WORDS =
  /\b(contact|contacts|phone|telephone|tel|number|numbers|call|ring|email|e mail|hours|open|opening|reach|details|get hold|speak|talk)\b/;

export function recognizeCommand(text: string): Command | undefined {
  const t = normaliseText(text);
  if (t === "") return undefined;
  if (HELP.has(t)) return "help";
  if (HELLO.has(t)) return "hello";
  if (ASK.has(t)) return "ask";
  if (/\bmash\b/.test(t)) {
    if (t === "mash" || CONTACT_WORDS.test(t)) return "mash";
  }
  if (/^(emergency|out of hours|contacts?|who do i (call|ring))( number| contacts?)?$/.test(t)) {
    return "mash";
  }
  return undefined;
}
