import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderAdaptiveCard } from "../../src/channels/teams/render-adaptive-card.js";
import { findButton, pickOptions, splitPressArgs } from "../../src/cli/chat/read-press-args.js";
import { renderActivity, wrapLine } from "../../src/cli/chat/render-activity.js";
import { promptOf, resolveTypedInput } from "../../src/core/assistant/resolve-typed-input.js";
import type { Reply } from "../../src/core/reply.js";

// Cards exactly as the bot sent them over the wire (captured from the running assistant).
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
const helpActivity = fixture("help-card-activity.json");
const mashActivity = fixture("mash-card-activity.json");

/** A card as the Teams channel renders it today, so these tests follow the real renderer. */
const asActivity = (reply: Reply) => ({
  type: "message",
  attachments: [renderAdaptiveCard(reply)],
});

const concernsReply: Reply = {
  blocks: [
    { kind: "heading", text: "The child's development" },
    { kind: "text", text: "Which of these describe the situation? Choose all that apply." },
    {
      kind: "choices",
      id: "indicators",
      multi: true,
      options: [
        { value: "dev-1", label: "Missing health appointments" },
        { value: "dev-2", label: "Often late or absent from school" },
        { value: "dev-3", label: "Speech or language delay" },
        { value: "dev-4", label: "None of these" },
      ],
    },
  ],
  buttons: [
    { label: "Next", action: "lon-next", data: { step: "s3" } },
    { label: "Back", action: "lon-back", data: { step: "s3" } },
    { label: "Cancel", action: "lon-cancel", data: { step: "s3" } },
  ],
};

describe("rendering the bot's cards as terminal text", () => {
  it("shows the help card with an upper-case heading, aligned facts and numbered buttons", () => {
    const r = renderActivity(helpActivity);
    const lines = r.text.split("\n");
    expect(lines[0]).toBe("WHAT I CAN DO");
    const facts = lines.filter((l) => /^(MASH contacts|Check levels of need|Help):/.test(l));
    expect(facts).toHaveLength(3);
    // Every value starts in the same column.
    const columns = new Set(facts.map((l) => l.length - l.replace(/^[^:]+:\s+/, "").length));
    expect(columns.size).toBe(1);
    expect(lines.at(-1)).toBe(
      "[1] MASH contacts  [2] Check levels of need  [3] Ask a question  [4] Help",
    );
    expect(r.numbered).toBe("buttons");
    expect(r.buttons.map((b) => b.kind)).toEqual(["submit", "submit", "submit", "submit"]);
    expect(r.text).not.toContain("\u001b[");
  });

  it("shows every MASH contact detail a practitioner needs", () => {
    const text = renderActivity(mashActivity).text;
    expect(text).toMatch(/^MASH CONTACT DETAILS$/m);
    expect(text).toMatch(/^Phone:\s+01908 253169 or 01908 253170$/m);
    expect(text).toMatch(/^Email:\s+children@milton-keynes\.gov\.uk$/m);
    expect(text).toMatch(/^Out of hours:\s+Emergency Social Work Team: 01908 265545/m);
    expect(text).toContain("call 999");
    expect(text).toMatch(/\[1\] Check levels of need {2}\[2\] Help$/);
  });

  it("numbers the options, not the buttons, on a card with choices", () => {
    const r = renderActivity(asActivity(concernsReply));
    expect(r.numbered).toBe("choices");
    expect(r.text).toContain("  1. [ ] Missing health appointments");
    expect(r.text).toContain("  4. [ ] None of these");
    expect(r.text.split("\n").at(-1)).toBe("[Next]  [Back]  [Cancel]");
    expect(r.choiceSets).toEqual([
      expect.objectContaining({ id: "indicators", multi: true, options: expect.any(Array) }),
    ]);
  });

  it("marks single-choice options with ( ) and multi-choice with [ ]", () => {
    const single: Reply = {
      blocks: [
        {
          kind: "choices",
          id: "age",
          multi: false,
          options: [
            { value: "0-4", label: "Under 5" },
            { value: "5-11", label: "5 to 11" },
          ],
        },
      ],
      buttons: [{ label: "Next", action: "lon-next" }],
    };
    const text = renderActivity(asActivity(single)).text;
    expect(text).toContain("  1. ( ) Under 5");
    expect(text).toContain("  2. ( ) 5 to 11");
  });

  it("numbers things the same way the bot resolves typed numbers", () => {
    // On a card with choices, typed "1, 3" must tick the options shown as 1 and 3.
    const shown = renderActivity(asActivity(concernsReply));
    const typed = resolveTypedInput({ text: "1, 3", data: {} }, promptOf(concernsReply));
    // Read the numbers off the screen, as a person would.
    const labelShownAs = (n: number) =>
      new RegExp(`^\\s*${n}\\. \\[ \\] (.+)$`, "m").exec(shown.text)?.[1];
    const optionValue = (label: string | undefined) =>
      concernsReply.blocks
        .flatMap((b) => (b.kind === "choices" ? b.options : []))
        .find((o) => o.label === label)?.value;
    expect(typed.data.indicators).toBe(
      `${optionValue(labelShownAs(1))},${optionValue(labelShownAs(3))}`,
    );
    expect(typed.action).toBe("lon-next");

    // On a card without choices, typed "2" must press the button shown as [2].
    const help: Reply = {
      blocks: [{ kind: "text", text: "Menu" }],
      buttons: [
        { label: "MASH contacts", action: "mash" },
        { label: "Help", action: "help" },
      ],
    };
    const helpShown = renderActivity(asActivity(help));
    const shownAsTwo = /\[2\] (.+?)(?: {2}|$)/m.exec(helpShown.text)?.[1];
    const pressed = resolveTypedInput({ text: "2", data: {} }, promptOf(help));
    expect(help.buttons?.find((b) => b.label === shownAsTwo)?.action).toBe(pressed.action);
    expect(pressed.action).toBe("help");
  });

  it("walks containers, column sets and action sets, and keeps every kind of button", () => {
    const card = {
      type: "AdaptiveCard",
      version: "1.5",
      body: [
        {
          type: "Container",
          items: [
            { type: "TextBlock", text: "Rapid review RR-26-004", style: "heading" },
            {
              type: "ColumnSet",
              columns: [
                { type: "Column", items: [{ type: "TextBlock", text: "Left column" }] },
                { type: "Column", items: [{ type: "TextBlock", text: "Right column" }] },
              ],
            },
          ],
        },
        { type: "TextBlock", text: "Hidden", isVisible: false },
        { type: "Input.Text", id: "note", label: "Optional note", value: "draft" },
        { type: "Input.Toggle", id: "agree", title: "I have read this", value: "true" },
        { type: "Image", url: "https://example.invalid/x.png", altText: "MK Together logo" },
        { type: "FutureThing", fallback: { type: "TextBlock", text: "Shown instead" } },
        {
          type: "ActionSet",
          actions: [{ type: "Action.Execute", title: "Mark done", verb: "done", data: { m: 1 } }],
        },
        {
          type: "TextBlock",
          text: "See [the procedures](https://mkscp.example/procedures) or https://x.example.",
        },
      ],
      actions: [
        { type: "Action.OpenUrl", title: "Procedures", url: "https://mkscp.example/procedures" },
        {
          type: "Action.ShowCard",
          title: "More",
          card: { type: "AdaptiveCard", body: [{ type: "TextBlock", text: "Inner" }] },
        },
        { type: "Action.ToggleVisibility", title: "Toggle" },
        { type: "Action.Submit", title: "Off", isEnabled: false },
      ],
    };
    const r = renderActivity({
      type: "message",
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }],
    });
    expect(r.text.split("\n")).toEqual([
      "RAPID REVIEW RR-26-004",
      "Left column",
      "Right column",
      "[Optional note: draft]",
      "[x] I have read this",
      "[image: MK Together logo]",
      "Shown instead",
      "See the procedures (https://mkscp.example/procedures) or https://x.example.",
      "",
      "[1] Mark done  [2] Procedures  [3] More",
    ]);
    expect(r.buttons.map((b) => b.kind)).toEqual(["execute", "openUrl", "showCard"]);
    expect(r.inputs).toEqual({ note: "draft", agree: "true" });
  });

  it("uses the card's fallback text when nothing in its body can be shown", () => {
    const r = renderActivity({
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: { type: "AdaptiveCard", body: [{ type: "Mystery" }], fallbackText: "Plain" },
        },
      ],
    });
    expect(r.text).toBe("Plain");
  });

  it("renders plain text, hero cards and suggested actions", () => {
    const r = renderActivity({
      type: "message",
      text: "Hello **there**",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.hero",
          content: {
            title: "Hero",
            text: "Body",
            buttons: [{ type: "imBack", title: "Say hi", value: "hi" }],
          },
        },
      ],
      suggestedActions: { actions: [{ type: "messageBack", title: "Menu", text: "help" }] },
    });
    expect(r.text).toBe("Hello there\n\nHERO\nBody\n\n[1] Say hi  [2] Menu");
    expect(r.buttons).toEqual([
      { kind: "message", label: "Say hi", text: "hi" },
      { kind: "message", label: "Menu", text: "help", value: undefined },
    ]);
  });

  it("shows nothing for typing indicators and says when the conversation ended", () => {
    expect(renderActivity({ type: "typing" }).text).toBe("");
    expect(renderActivity({ type: "endOfConversation" }).text).toMatch(/ended/);
  });

  it("uses bold and dim styling instead of capitals when colours are on", () => {
    const text = renderActivity(helpActivity, { color: true }).text;
    expect(text).toContain("\u001b[1mWhat I can do\u001b[22m");
    expect(text).not.toContain("WHAT I CAN DO");
    expect(text).toContain("\u001b[2mIf a child is in immediate danger, call 999.\u001b[22m");
  });

  it("wraps long lines at the given width, keeping a list item's hanging indent", () => {
    expect(wrapLine("- one two three four five six seven eight nine ten", 20)).toEqual([
      "- one two three four",
      "  five six seven",
      "  eight nine ten",
    ]);
    const r = renderActivity(mashActivity, { width: 60 });
    for (const line of r.text.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    // A long fact value wraps under itself, keeping the titles' column clear.
    expect(r.text).toContain(
      "Out of hours:       Emergency Social Work Team: 01908 265545\n" +
        "                    (evenings, weekends and bank holidays)",
    );
  });

  it("never throws, whatever JSON arrives", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, content) => {
        renderActivity(a);
        renderActivity({
          type: "message",
          attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content }],
        });
        renderActivity({
          type: "message",
          attachments: [
            {
              contentType: "application/vnd.microsoft.card.adaptive",
              content: { type: "AdaptiveCard", body: [content], actions: [content] },
            },
          ],
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("choosing what /press means", () => {
  const concerns = renderActivity(asActivity(concernsReply));

  it("finds buttons by number or by label, and lists the buttons when it cannot", () => {
    expect(findButton(concerns, "2").label).toBe("Back");
    expect(findButton(concerns, "next").label).toBe("Next");
    expect(findButton(concerns, "canc").label).toBe("Cancel");
    expect(() => findButton(concerns, "7")).toThrow(/no button 7.*\[1\] Next {2}\[2\] Back/);
    expect(() => findButton(concerns, "Finish")).toThrow(/No button called "Finish"/);
  });

  it("splits the button from the options to tick", () => {
    expect(splitPressArgs(concerns, "Next 1, 3")).toEqual({ ref: "Next", selection: "1, 3" });
    expect(splitPressArgs(concerns, "1 2 and 4")).toEqual({ ref: "1", selection: "2 and 4" });
    expect(splitPressArgs(concerns, "back")).toEqual({ ref: "Back", selection: undefined });
    const help = renderActivity(helpActivity);
    expect(splitPressArgs(help, "Check levels of need")).toEqual({
      ref: "Check levels of need",
      selection: undefined,
    });
  });

  it("reads a selection as the bot reads typed answers", () => {
    const set = concerns.choiceSets[0]!;
    expect(pickOptions("1, 3", set)).toEqual(["dev-1", "dev-3"]);
    expect(pickOptions("2 and 4", set)).toEqual(["dev-2", "dev-4"]);
    expect(pickOptions("None of these", set)).toEqual(["dev-4"]);
    expect(() => pickOptions("1, 9", set)).toThrow(/"9" is not one of the options \(1 to 4\)/);
    expect(() => pickOptions("1, 2", { ...set, multi: false })).toThrow(/Only one/);
  });
});
