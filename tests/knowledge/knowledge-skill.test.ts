import { describe, expect, it } from "vitest";
import { newSession, type Turn } from "../../src/core/assistant/turn.js";
import { loadMashContacts } from "../../src/core/contacts/mash-contacts.js";
import {
  createKnowledgeSkill,
  type KnowledgeEvents,
} from "../../src/core/knowledge/knowledge-skill.js";
import { type Reply, replyToText } from "../../src/core/reply.js";
import { fixtureIndex } from "./fixture-knowledge.js";

const NOW = new Date("2026-03-02T10:00:00Z");

function setup() {
  const votes: { id: string; helpful: boolean }[] = [];
  const unanswered: (string | undefined)[] = [];
  const events: KnowledgeEvents = {
    vote: async (id, helpful) => {
      votes.push({ id, helpful });
    },
    unanswered: async (q) => {
      unanswered.push(q);
    },
  };
  const skill = createKnowledgeSkill({ index: fixtureIndex(), mash: loadMashContacts(), events });
  let session = newSession(NOW);
  let last: Turn | undefined;
  const send = async (text: string, action?: string, data: Record<string, string> = {}) => {
    const turn: Turn = {
      input: { text, action, data },
      session: structuredClone(session),
      now: NOW,
      channel: "cli",
    };
    const replies = await skill.handle(turn);
    session = turn.session;
    last = turn;
    return replies;
  };
  return { send, votes, unanswered, lastTurn: () => last };
}

const text = (replies: Reply[] | undefined) => (replies ?? []).map(replyToText).join("\n");

describe("the knowledge skill", () => {
  it("answers with title, answer, source, reviewed date, related and feedback buttons", async () => {
    const { send } = setup();
    const replies = await send("how often does the review panel meet?");
    const reply = replies?.[0];
    expect(reply?.blocks[0]).toEqual({ kind: "heading", text: "How often the review panel meets" });
    expect(text(replies)).toContain("The review panel meets six times a year.");
    expect(text(replies)).toContain("Source: Fixture source C, section 3 · Reviewed 2025-12-01");
    expect(text(replies)).toContain("Was this helpful?");
    // "Was this helpful?" is the last line, with its Yes and No straight after it.
    expect(reply?.blocks.at(-1)).toEqual({ kind: "text", text: "Was this helpful?" });
    expect(reply?.buttons).toEqual([
      {
        label: "Yes",
        action: "kb:feedback",
        data: { id: "panel-meetings", helpful: "yes" },
        style: "positive",
      },
      { label: "No", action: "kb:feedback", data: { id: "panel-meetings", helpful: "no" } },
      {
        label: "Referring a child to the MASH",
        action: "kb:article",
        data: { id: "refer-a-child" },
      },
    ]);
    // Not a referral answer: no MASH line.
    expect(text(replies)).not.toContain("01908 253169");
  });

  it("answers both questions of a message that asks two, each with its source", async () => {
    const { send, lastTurn } = setup();
    const replies = await send(
      "Im new on the panel. How often does the review panel meet? And whats the MASH phone number?",
    );
    const shown = text(replies);
    expect(shown).toContain("The review panel meets six times a year.");
    expect(shown).toMatch(/You also asked: Hub phone numbers/i);
    expect(shown).toContain("Ring the hub on 01908 000000.");
    expect(shown).toContain("Source: Fixture source C, section 3");
    expect(shown).toContain("Source: Fixture source B, section 2");
    // Voting on it keeps both answers on the card.
    const yes = replies?.[0]?.buttons?.find((b) => b.label === "Yes");
    await send("", yes?.action, yes?.data);
    expect(replyToText(lastTurn()?.updateCard as Reply)).toMatch(/You also asked: Hub phone/i);
  });

  it("adds the MASH contacts to an answer that leads to a referral", async () => {
    const { send } = setup();
    const replies = await send("where do i send a referral form");
    expect(text(replies)).toContain("01908 253169");
    expect(text(replies)).toContain("01908 265545");
    // Once each: the numbers in one line, and one MASH button.
    expect(text(replies).split("01908 253169")).toHaveLength(2);
    expect(replies?.[0]?.buttons?.filter((b) => b.action === "mash")).toHaveLength(1);
  });

  it("opens a related article from its button, and is kind about an id that no longer exists", async () => {
    const { send } = setup();
    expect(text(await send("", "kb:article", { id: "mash-phone" }))).toContain("01908 000000");
    expect(text(await send("", "kb:article", { id: "gone-article" }))).toMatch(
      /no longer in my knowledge base/,
    );
    expect(text(await send("", "kb:feedback", { id: "gone-article", helpful: "yes" }))).toMatch(
      /no longer/,
    );
  });

  it("records a helpful or unhelpful vote once per answer per conversation", async () => {
    const { send, votes } = setup();
    expect(text(await send("", "kb:feedback", { id: "mash-phone", helpful: "no" }))).toMatch(
      /editors will review/,
    );
    expect(text(await send("", "kb:feedback", { id: "mash-phone", helpful: "no" }))).toMatch(
      /already/,
    );
    await send("", "kb:feedback", { id: "panel-meetings", helpful: "yes" });
    expect(votes).toEqual([
      { id: "mash-phone", helpful: false },
      { id: "panel-meetings", helpful: true },
    ]);
  });

  it("says plainly it does not know, with MASH contacts and the online procedures, and counts it", async () => {
    const { send, unanswered } = setup();
    const replies = await send("how do I reset my password");
    const said = text(replies);
    expect(said).toMatch(/I don't know that one/i);
    expect(said).toContain("01908 253169");
    expect(said).toMatch(/online .*procedures.* authority/i);
    expect(unanswered).toEqual(["how do I reset my password"]);
  });

  it("offers candidates as buttons, and 'None of these' counts as unanswered", async () => {
    const { send, unanswered } = setup();
    const replies = await send("safeguarding training");
    const buttons = replies?.[0]?.buttons ?? [];
    expect(
      buttons
        .slice(0, -1)
        .map((b) => b.data?.id)
        .sort(),
    ).toEqual(["training-for-health-staff", "training-for-school-staff"]);
    expect(buttons.at(-1)).toEqual({ label: "None of these", action: "kb:none" });
    expect(text(await send("", "kb:none"))).toMatch(/I don't know that one/i);
    expect(unanswered).toEqual([undefined]);
  });

  it("answers thanks politely without counting it as unanswered, and leaves other buttons alone", async () => {
    const { send, unanswered } = setup();
    expect(text(await send("Thanks!"))).toMatch(/welcome/);
    expect(unanswered).toEqual([]);
    expect(await send("", "levels:answer", {})).toBeUndefined();
  });
});
