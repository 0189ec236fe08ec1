import { describe, expect, it } from "vitest";
import { validateCaseRef } from "../../../src/core/rapid-review/case-ref.js";

describe("case references are short codes, never names", () => {
  it.each([
    ["CR-2026-014", "CR-2026-014"],
    ["cr/26/14", "CR/26/14"],
    ["CSPR-27-3", "CSPR-27-3"],
    ["X1", "X1"],
    [" dhr-2026-2 ", "DHR-2026-2"],
  ])("%s is accepted as %s", (text, caseRef) => {
    expect(validateCaseRef(text)).toEqual({ ok: true, caseRef });
  });

  it.each([
    ["Jane Smith", /name/],
    ["Baby J 2026", /name/],
    ["Smith-2026", /name/],
    ["johnsmith1", /name/],
    ["JaneSmith", /number/],
    ["<!channel>", /letters, numbers/],
    ["CR_2026", /letters, numbers/],
    ["1", /between 2 and 20/],
    ["CR-2026-0000000000001", /between 2 and 20/],
    ["", /short code/],
  ])("%s is refused", (text, why) => {
    const r = validateCaseRef(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(why);
      // Every refusal shows the right form.
      expect(r.message).toMatch(/CR-2026-014/);
    }
  });
});
