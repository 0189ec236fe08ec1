import { describe, expect, it } from "vitest";
import { recognizeCommand } from "../../src/core/assistant/recognize-command.js";

describe("recognizeCommand", () => {
  it("knows the commands as typed, slips of a letter included", () => {
    const cases: [string, string][] = [
      ["help", "help"],
      ["hlep", "help"],
      ["Help!", "help"],
      ["mash", "mash"],
      ["masj", "mash"],
      ["MASH number", "mash"],
      ["mash numbr", "mash"],
      ["whats the mash phone number", "mash"],
      ["levels of need", "levels"],
      ["levls of need", "levels"],
      ["check levels of need", "levels"],
      ["hello", "hello"],
      ["ask a question", "ask"],
    ];
    for (const [typed, command] of cases) expect(recognizeCommand(typed), typed).toBe(command);
  });

  it("leaves questions and other words for the skills", () => {
    for (const typed of [
      "how do i refre a child to mash",
      "what does the mash do",
      "back",
      "what level of need is neglect",
      "",
    ]) {
      expect(recognizeCommand(typed), typed).toBeUndefined();
    }
  });
});
