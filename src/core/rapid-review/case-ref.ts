import { fillTemplate, loadRegisterMessages, type RegisterMessages } from "./register-messages.js";

export type CaseRefResult = { ok: true; caseRef: string } | { ok: false; message: string };

export const CASE_REF_MIN = 2;
export const CASE_REF_MAX = 20;

/**
 * Case references are short codes, never names: the register must hold nothing that identifies a
 * child or family. A code has letters, digits, "-" and "/", at least one digit, no spaces.
 * "Jane Smith" (spaces, no digit) and "JaneSmith" (no digit) are both refused.
 */
export function validateCaseRef(
  text: string,
  messages: RegisterMessages = loadRegisterMessages(),
): CaseRefResult {
  const m = messages.caseRef;
  const t = text.trim();
  if (!t) return { ok: false, message: m.empty };
  // Several words read like a person's name.
  if (/\s/.test(t)) return { ok: false, message: m.looksLikeName };
  if (!/^[A-Za-z0-9/-]+$/.test(t)) return { ok: false, message: m.badCharacters };
  if (t.length < CASE_REF_MIN || t.length > CASE_REF_MAX) {
    return { ok: false, message: fillTemplate(m.length, { min: CASE_REF_MIN, max: CASE_REF_MAX }) };
  }
  if (!/\d/.test(t)) return { ok: false, message: m.noDigit };
  // Codes use short abbreviations (CR, SAR, CSPR). A capitalised word ("Smith-2026") or a long run
  // of letters ("johnsmith1") reads like a name. Short lower-case names cannot be told from codes;
  // the help text, not this check, is the main guard.
  if (/[A-Z][a-z]{2,}/.test(t) || /[A-Za-z]{6,}/.test(t)) {
    return { ok: false, message: m.looksLikeName };
  }
  return { ok: true, caseRef: t.toUpperCase() };
}
