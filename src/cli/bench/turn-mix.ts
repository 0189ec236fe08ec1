import type { ScriptStep } from "./drive-conversations.js";

/**
 * What one practitioner's conversation sends, over and over: free-text questions (answered by
 * the knowledge base when it is there, by the "not sure" reply before), the MASH contacts, and a
 * whole Levels of Need check: started by its menu button, answered by typing numbers and words as
 * people do in Teams, through to the suggested level. 13 turns: 3 questions, 1 MASH, 9 Levels.
 */
export const TURN_MIX: readonly ScriptStep[] = [
  { kind: "question", text: "how do i make a refferal to social care" },
  { kind: "mash", text: "mash" },
  { kind: "levels-start", value: { action: "levels" } },
  { kind: "levels-answer", text: "no" },
  { kind: "levels-answer", text: "12 to 17" },
  { kind: "levels-answer", text: "4, 6" },
  { kind: "levels-answer", text: "4" },
  { kind: "levels-answer", text: "5" },
  { kind: "levels-answer", text: "2" },
  { kind: "levels-outcome", text: "3" },
  { kind: "question", text: "what is a rapid review for" },
  { kind: "levels-answer", text: "summary" },
  { kind: "question", text: "who chairs child death reviews" },
];
