import { describe, expect, it } from "vitest";
import { promptOf, resolveTypedInput } from "../../src/core/assistant/resolve-typed-input.js";
import type { Reply } from "../../src/core/reply.js";

const menu: Reply = {
  blocks: [{ kind: "text", text: "Menu" }],
  buttons: [
    { label: "MASH contacts", action: "mash" },
    { label: "Help", action: "help" },
  ],
};
const multi: Reply = {
  blocks: [
    {
      kind: "choices",
      id: "ind",
      multi: true,
      options: [
        { value: "late", label: "Often late to school" },
        { value: "hungry", label: "Often hungry" },
        { value: "bruise", label: "Unexplained bruising" },
      ],
    },
  ],
  buttons: [
    { label: "Next", action: "lon:next", data: { token: "7" } },
    { label: "Back", action: "lon:back" },
  ],
};

const typed = (text: string) => ({ text, data: {} });

describe("typed answers stand for button presses", () => {
  it("maps a button's number or label (any case, stray punctuation) to its action", () => {
    expect(resolveTypedInput(typed("1"), promptOf(menu)).action).toBe("mash");
    expect(resolveTypedInput(typed("help!"), promptOf(menu)).action).toBe("help");
    expect(resolveTypedInput(typed("mash contacts"), promptOf(menu)).action).toBe("mash");
  });

  it("leaves other text alone", () => {
    expect(resolveTypedInput(typed("3"), promptOf(menu)).action).toBeUndefined();
    expect(resolveTypedInput(typed("how do I refer"), promptOf(menu)).action).toBeUndefined();
    expect(resolveTypedInput(typed("1"), undefined).action).toBeUndefined();
  });

  it("turns '1, 3' into a multi-select submission with the submit button's data", () => {
    const r = resolveTypedInput(typed("1, 3"), promptOf(multi));
    expect(r).toMatchObject({ action: "lon:next", data: { token: "7", ind: "late,bruise" } });
    expect(resolveTypedInput(typed("2 and 3"), promptOf(multi)).data.ind).toBe("hungry,bruise");
    expect(resolveTypedInput(typed("often hungry"), promptOf(multi)).data.ind).toBe("hungry");
    expect(resolveTypedInput(typed("back"), promptOf(multi)).action).toBe("lon:back");
    expect(resolveTypedInput(typed("1, 9"), promptOf(multi)).action).toBeUndefined();
  });
});
