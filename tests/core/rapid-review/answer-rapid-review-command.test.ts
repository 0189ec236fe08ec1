import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import {
  answerRapidReviewCommand,
  markStepDone,
  type RapidReviewAnswer,
  type RapidReviewDeps,
} from "../../../src/core/rapid-review/answer-rapid-review-command.js";
import { loadCommandMessages } from "../../../src/core/rapid-review/command-messages.js";
import type {
  Announcement,
  PanelCheck,
} from "../../../src/core/rapid-review/rapid-review-ports.js";
import { ReviewRegister } from "../../../src/store/review-register.js";

/**
 * The rapid review commands with no chat at all: the core answers, a real register on disk keeps
 * the reviews, and the panel is a plain list of members and of what it was shown. This is what a
 * second channel (Teams) would drive; Slack's own tests go through signed requests.
 */
const messages = loadCommandMessages();
const NOW = new Date("2026-12-18T10:00:00Z");

/** What a person would read: the text of a reply, or a sentence with its blanks filled plainly. */
function read(answer: RapidReviewAnswer): string {
  if (answer.kind === "timeline") return `timeline of ${answer.review.id}`;
  if (answer.kind === "said") {
    return answer.said.template.replace(/\{(\w+)\}/g, (_, name: string) =>
      name === "who"
        ? `@${answer.said.who}`
        : name === "channel"
          ? "#panel"
          : String(answer.said.vars[name]),
    );
  }
  return answer.reply.blocks
    .map((b) => ("text" in b ? b.text : "items" in b ? b.items.join("\n") : ""))
    .join("\n");
}

describe("rapid review commands answered by the core, whatever the chat", () => {
  let deps: RapidReviewDeps;
  let shown: Announcement[];
  let members: Set<string>;
  let membership: () => PanelCheck;
  let accepts: boolean;
  beforeEach(async () => {
    shown = [];
    members = new Set(["U-PANEL"]);
    membership = () => ({ ok: true, member: false });
    accepts = true;
    const register = await ReviewRegister.open(mkdtempSync(path.join(tmpdir(), "mk-core-rr-")));
    deps = {
      register,
      messages,
      now: () => NOW,
      panel: {
        isMember: async (user) => (members.has(user) ? { ok: true, member: true } : membership()),
        announce: async (what) => {
          if (accepts) shown.push(what);
          return accepts;
        },
      },
    };
  });
  const run = async (text: string, user = "U-PANEL") =>
    read(await answerRapidReviewCommand(text, user, deps));

  it("a panel member starts a review: told it started, the panel is shown its timeline, list shows it", async () => {
    expect(await run("start CR-2026-014 18/12/2026 child")).toBe(
      "Rapid review CR-2026-014 (RR-0001) started. I've posted its timeline in #panel.",
    );
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ kind: "timeline", review: { id: "RR-0001" } });
    expect(await run("list", "U-ANYONE")).toMatch(/\*\*RR-0001\*\* CR-2026-014 \(child\)/);
    expect(await run("show RR-0001", "U-ANYONE")).toBe("timeline of RR-0001");
  });

  it("the panel decides who may change the register; when it cannot say, nothing changes", async () => {
    expect(await run("start CR-2026-014 18/12/2026 child", "U-OUTSIDER")).toMatch(
      /^Only members of the Case Review Panel channel/,
    );
    membership = () => ({ ok: false });
    expect(await run("start CR-2026-014 18/12/2026 child", "U-OUTSIDER")).toMatch(
      /couldn't check who is on the panel/,
    );
    deps = { ...deps, panel: undefined };
    expect(await run("start CR-2026-014 18/12/2026 child")).toMatch(/not set up here yet/);
    expect(shown).toEqual([]);
    expect(await run("list")).toBe(messages.noneOpen);
  });

  it("a review whose timeline the panel could not be shown still starts, and says how to see it", async () => {
    accepts = false;
    expect(await run("start CR-2026-014 18/12/2026 adult")).toMatch(
      /started, but I couldn't post its timeline in #panel/,
    );
    expect(await run("list")).toMatch(/RR-0001/);
  });

  it("done by command or by button: said once to the panel, the second time 'already done'; closed stops it", async () => {
    await run("start CR-2026-014 18/12/2026 adult");
    expect(await run("done RR-0001 notify-panel")).toBe(
      "Tell the panel and start the rapid review marked done for CR-2026-014 by @U-PANEL.",
    );
    expect(shown.map((s) => s.kind)).toEqual(["timeline", "said"]);
    const press = await markStepDone(
      { id: "RR-0001", milestone: "notify-panel", userId: "U-PANEL" },
      deps,
    );
    expect(press.done && read(press.answer)).toMatch(/was already marked done/);
    expect(await run("close RR-0001")).toMatch(/closed by @U-PANEL\. Its reminders have stopped/);
    const late = await markStepDone(
      { id: "RR-0001", milestone: "rapid-review-meeting", userId: "U-PANEL" },
      deps,
    );
    expect(late.done).toBe(false);
    expect(read(late.answer)).toMatch(/was closed on/);
    const outsider = await markStepDone(
      { id: "RR-0001", milestone: "rapid-review-meeting", userId: "U-OUTSIDER" },
      deps,
    );
    expect(read(outsider.answer)).toMatch(/^Only members/);
  });

  it("mistakes say what was wrong and show the right form, and change nothing", async () => {
    expect(await run("start CR-1")).toMatch(
      /Something is missing\.\nWrite it like this: `\/rapidreview start/,
    );
    expect(await run("done RR-0009 notify-panel")).toMatch(/RR-0009/);
    expect(await run("begin")).toMatch(/^I don't know "\/rapidreview begin"/);
    expect(shown).toEqual([]);
  });
});
