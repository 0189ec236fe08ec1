import { describe, expect, it } from "vitest";
import { leaksIn, teamsActivityProblems } from "./support/check-output.js";

// The fuzzers are only as good as their checks: these show the checks can fail.
describe("the fuzzers' output checks", () => {
  it("find stack frames, server paths and error names, unless the person typed them", () => {
    expect(leaksIn("Sorry.\n    at handle (/srv/app/src/x.ts:10:5)")).not.toEqual([]);
    expect(leaksIn("at file:///srv/app/x.js:3:1")).not.toEqual([]);
    expect(leaksIn("see /work/wt/data/rapid-reviews.json")).not.toEqual([]);
    expect(leaksIn("TypeError: cannot read")).not.toEqual([]);
    expect(leaksIn('I don\'t know "Error:"', "Error:")).toEqual([]);
    expect(leaksIn("Call 999 now. MASH: 01908 253169.")).toEqual([]);
  });

  it("refuse an activity that is not a message, has no content, or carries an invalid card", () => {
    expect(teamsActivityProblems({ type: "typing" })).not.toEqual([]);
    expect(teamsActivityProblems({ type: "message", text: " " })).not.toEqual([]);
    const card = (body: unknown[]) => ({
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: { type: "AdaptiveCard", version: "1.5", body },
        },
      ],
    });
    expect(teamsActivityProblems(card([{ type: "TextBlock", text: "" }]))).not.toEqual([]);
    expect(
      teamsActivityProblems(card([{ type: "TextBlock", text: "x".repeat(40_000) }])),
    ).not.toEqual([]);
    expect(teamsActivityProblems(card([{ type: "TextBlock", text: "Hello" }]))).toEqual([]);
  });
});
