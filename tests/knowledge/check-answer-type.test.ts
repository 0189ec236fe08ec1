import { describe, expect, it } from "vitest";
import { asksForAnswerType, holdsAnswerType } from "../../src/core/knowledge/check-answer-type.js";

// An article that shares a question's words but cannot hold what it asks for is not an answer:
// these are the kinds of answer that show plainly in text.
describe("whether an answer can hold what the question asks for", () => {
  it("wants a phone number for 'what's the number' and an address for 'email'", () => {
    expect(holdsAnswerType("whats the mash number", "Ring the MASH on 01908 253169.")).toBe(true);
    expect(holdsAnswerType("whats the lado direct line", "The LADO oversees concerns.")).toBe(
      false,
    );
    expect(holdsAnswerType("mash email", "Email children@milton-keynes.gov.uk")).toBe(true);
  });

  it("wants a count of the thing asked about, not any number", () => {
    const timetable = "A rapid review is held within 15 working days of the notification.";
    expect(holdsAnswerType("how many rapid reviews did the panel do last year", timetable)).toBe(
      false,
    );
    expect(
      holdsAnswerType("how many levels are there", "Threshold documents describe four levels."),
    ).toBe(true);
    // "How many are there?" names nothing to count: any count answers it.
    expect(
      holdsAnswerType("what are the levels of need and how many are there", "There are four."),
    ).toBe(true);
    expect(holdsAnswerType("how many came to the conference", "270 people attended.")).toBe(true);
    expect(
      holdsAnswerType(
        "how many cases did the subgroup look at",
        "It considered nine cases in all.",
      ),
    ).toBe(true);
  });

  it("reads 'the number of children' as asking for a count, not a number to ring", () => {
    const figures = "At the end of March 2012, 190 children were on child protection plans.";
    expect(holdsAnswerType("number of children on a child protection plan", figures)).toBe(true);
  });

  it("reads 'a MARF or just ring?' as asking which way, not for a number", () => {
    const noNumber = "Talk to your designated safeguarding lead and use the MARF.";
    expect(holdsAnswerType("do i do a marf or just ring", noNumber)).toBe(true);
    expect(holdsAnswerType("who do i ring at the mash", noNumber)).toBe(false);
  });

  it("reads a count, a number or a time as a question of its own, not what to do", () => {
    expect(asksForAnswerType("how many levels are there in the mk levels of need")).toBe(true);
    expect(asksForAnswerType("whats the mash number")).toBe(true);
    expect(asksForAnswerType("what should i do about this level 2 family")).toBe(false);
  });

  it("wants who chairs a group, not a chair merely mentioned", () => {
    const mentioned = "The Chair may invite advisers or experts.";
    const said = "It is sponsored and chaired by the council.";
    expect(holdsAnswerType("who chairs the case review panel", mentioned)).toBe(false);
    expect(holdsAnswerType("who chairs the case review panel", said)).toBe(true);
    expect(holdsAnswerType("who is the chair", "Chair: the council Cabinet member.")).toBe(true);
  });

  it("wants how often a group meets, not any year in the article", () => {
    const yearly = "It reviews the use of restraint at Oakhill each year.";
    const meets = "It meets at least six times a year, virtually.";
    expect(holdsAnswerType("how often does the assurance board meet", yearly)).toBe(false);
    expect(holdsAnswerType("how often does the tasking board meet", meets)).toBe(true);
    expect(holdsAnswerType("how often did cdop meet", "It met every two months.")).toBe(true);
  });

  it("wants the months of meetings by name, and a quorum where one is asked for", () => {
    const months = "It meets four times a year (April, July, October and January).";
    expect(holdsAnswerType("which months does the partnership meet", months)).toBe(true);
    expect(holdsAnswerType("which months does it meet", "It meets four times a year.")).toBe(false);
    expect(holdsAnswerType("whats the quorum", "Members: MKCC, TVP and the ICB.")).toBe(false);
    expect(holdsAnswerType("whats the quorum", "Quorum: one each from the council and TVP.")).toBe(
      true,
    );
  });

  it("wants a number of hours or days where 'how many hours' is asked, not any number", () => {
    const noTimes = "The leaflet does not set out response times for each colour.";
    const allocation = "It has a three-year allocation of £100k to bid against.";
    const q = "if mash rate a referral red how many hours have they got to act on it";
    expect(holdsAnswerType(q, noTimes)).toBe(false);
    expect(holdsAnswerType("how many days before the meeting do papers go out", allocation)).toBe(
      false,
    );
    expect(
      holdsAnswerType("how many days has the panel got", "It decides within 15 working days."),
    ).toBe(true);
    // Not "every contact": a length of time or how often.
    expect(
      holdsAnswerType("how quickly are red contacts seen", "It works through every contact."),
    ).toBe(false);
  });

  it("wants a sum of money, a share, a date or how to join where one is asked for", () => {
    const body = "It commissions reviews and seeks best value when buying independent reviewers.";
    expect(
      holdsAnswerType("whats the budget for each cspr the review board commissions", body),
    ).toBe(false);
    expect(
      holdsAnswerType("how much money has the tasking board got", "An allocation of £100k."),
    ).toBe(true);
    expect(holdsAnswerType("what percentage of mash contacts get rated red", body)).toBe(false);
    expect(holdsAnswerType("what percentage were for neglect", "74.7% were for neglect.")).toBe(
      true,
    );
    expect(holdsAnswerType("whats the exact date of the july meeting", "It meets in July.")).toBe(
      false,
    );
    expect(holdsAnswerType("can i see the minutes from last months meeting", body)).toBe(false);
    expect(holdsAnswerType("how do i sign up to be a trainer in the pool", body)).toBe(false);
    // "Does it apply to me?" asks who a duty covers, not how to join.
    expect(holdsAnswerType("does safeguarding apply to me", body)).toBe(true);
  });

  it("wants the line for out of hours where one is asked for, not a daytime line", () => {
    const q = "whats the out of hours number for social care if its after 5 and i need advice";
    expect(holdsAnswerType(q, "The advice line is on 01908 253169, 9am to 5pm.")).toBe(false);
    expect(
      holdsAnswerType(
        q,
        "Evenings and weekends, the Emergency Social Work Team is on 01908 265545.",
      ),
    ).toBe(true);
  });

  it("wants where a meeting is held, not where a team works", () => {
    const q = "where do the tasking board meetings physically take place";
    expect(holdsAnswerType(q, "Staff from each agency work side by side at Saxon Court.")).toBe(
      false,
    );
    expect(holdsAnswerType(q, "It meets at least six times a year, virtually.")).toBe(true);
    expect(holdsAnswerType("where is the mash physically", "It is based at Saxon Court.")).toBe(
      true,
    );
  });

  it("wants whether a chair rotates where rotation is asked about", () => {
    const q = "how long does the lpa commander chair the risk board before it rotates";
    expect(
      holdsAnswerType(q, "It is chaired by the LPA Commander and meets six times a year."),
    ).toBe(false);
    expect(
      holdsAnswerType(q, "The sponsor will consider rotating the chair after 12 months."),
    ).toBe(true);
  });

  it("wants a score where one is asked for: the levels of need give none", () => {
    const levels = "Level 3 is complex: the child needs a targeted, multi-agency response.";
    const q = "what score out of 10 on the levels of need gets a family a social worker";
    expect(holdsAnswerType(q, levels)).toBe(false);
    expect(holdsAnswerType(q, "A DASH score of 14 or more goes to MARAC.")).toBe(true);
  });

  it("wants a count from a year on to name that year", () => {
    const types = "There are two kinds of review: rapid reviews and local practice reviews.";
    expect(holdsAnswerType("how many rapid reviews has the panel done since 2020", types)).toBe(
      false,
    );
    const old = "In 2011-12 the board completed two serious case reviews.";
    expect(holdsAnswerType("how many serious case reviews were there in 2012", old)).toBe(true);
  });

  it("lets anything else through", () => {
    expect(holdsAnswerType("what is a strategy meeting", "A meeting of agencies.")).toBe(true);
  });
});
