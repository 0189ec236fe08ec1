import { describe, expect, it } from "vitest";
import { Chat } from "./chat.js";

describe("the check in the terminal chat, by typed answers", () => {
  it("starts from the ways people ask for it, and from the menu button", async () => {
    for (const ask of ["check levels of need", "Levels of need", "levels", "threshold check"]) {
      const chat = new Chat();
      expect(await chat.say(ask), ask).toMatch(/immediate danger/i);
      expect(chat.state?.step).toBe("danger");
    }
    const chat = new Chat();
    const text = await chat.press("levels");
    expect(text).toMatch(/don't type names/);
    expect(text).toMatch(/immediate danger/i);
  });

  it("runs a whole check with numbers, labels and lists typed", async () => {
    const chat = new Chat();
    await chat.say("check levels of need");
    expect(await chat.say("no")).toMatch(/How old is the child/i);
    expect(await chat.say("12 to 17")).toMatch(/The child's development/i);
    // Numbers refer to the listed statements: several at once.
    const dev = await chat.say("1, 3");
    expect(dev).toMatch(/Parenting capacity/i);
    expect(chat.state?.answers.indicators).toEqual({ development: ["attendance", "minor-health"] });
    await chat.say("none");
    expect(await chat.say("5 and 6")).toMatch(/views, strengths and household/i); // domestic abuse, young carer
    expect(await chat.say("4")).toMatch(/What help is the child or family getting/i);
    const outcome = await chat.say("too early");
    expect(outcome).toMatch(/SUGGESTED LEVEL: 3, COMPLEX NEEDS/);
    expect(outcome).toMatch(/There is domestic abuse in the home/);
    expect(outcome).toMatch(/does not replace it/);
    const summary = await chat.say("summary");
    expect(summary).toMatch(/Summary to paste into the MARF/i);
    expect(summary).toMatch(
      /Family and environment: There is domestic abuse in the home; The child is a young carer/,
    );
  });

  it("a typed 'yes' to the danger question gives 999 and the MASH at once", async () => {
    const chat = new Chat();
    await chat.say("levels");
    const text = await chat.say("yes");
    expect(text).toMatch(/Call 999 now/);
    expect(text).toMatch(/01908 253169 or 01908 253170/);
    expect(text).toMatch(/01908 265545/);
    expect(chat.state).toBeUndefined();
  });

  it("understands back, start again and cancel typed at any step", async () => {
    const chat = new Chat();
    await chat.say("levels");
    await chat.say("2");
    await chat.say("1");
    expect(await chat.say("back")).toMatch(/How old is the child/i);
    expect(await chat.say("restart")).toMatch(/Starting again/);
    expect(chat.state?.step).toBe("danger");
    await chat.say("no");
    expect(await chat.say("Start again")).toMatch(/Starting again/);
    await chat.say("no");
    const cancelled = await chat.say("cancel");
    expect(cancelled).toMatch(/cancelled the Levels of Need check/);
    expect(chat.state).toBeUndefined();
  });

  it("answers 'mash' and 'help' mid-check, then carries on where the person was", async () => {
    const chat = new Chat();
    await chat.say("levels");
    await chat.say("no");
    await chat.say("5 to 11");
    const mash = await chat.say("mash");
    expect(mash).toMatch(/MASH CONTACT DETAILS/);
    expect(mash).toMatch(/Carrying on with your Levels of Need check/);
    expect(mash.indexOf("01908 253169")).toBeLessThan(mash.indexOf("Carrying on"));
    expect(mash).toMatch(/The child's development/i);
    // A number now answers the question shown again, not the MASH card's buttons.
    await chat.say("2");
    expect(chat.state?.answers.indicators).toEqual({ development: ["milestones"] });
    const help = await chat.say("help");
    expect(help).toMatch(/What I can do/i);
    expect(help).toMatch(/Parenting capacity/i);
  });

  it("something else mid-check gets the usual reply and the question again, losing nothing", async () => {
    const chat = new Chat();
    await chat.say("levels");
    await chat.say("no");
    const text = await chat.say("what does a CAF involve for a family?");
    expect(text).toMatch(/didn't understand/i);
    expect(text).toMatch(/How old is the child/i);
    expect(chat.state?.step).toBe("age");
  });

  it("says kindly when a typed answer fits no option, and asks again", async () => {
    const chat = new Chat();
    await chat.say("levels");
    await chat.say("no");
    await chat.say("2");
    const text = await chat.say("1, 42");
    expect(text).toMatch(/couldn't match that/);
    expect(text).toMatch(/The child's development/i);
    expect(chat.state?.answers.indicators).toEqual({});
  });

  it("a button from an old card says the question has passed and shows the current one", async () => {
    const chat = new Chat();
    await chat.say("levels");
    await chat.say("no");
    const ageButtons = chat.replies.flatMap((r) => r.buttons ?? []);
    await chat.say("5 to 11");
    const old = ageButtons.find((b) => b.label === "12 to 17")!;
    const text = await chat.press(old.action, old.data);
    expect(text).toMatch(/That question has passed/);
    expect(text).toMatch(/The child's development/i);
    expect(chat.state?.answers.age).toBe("5-11");
  });

  it("a button from a check that was cancelled or has expired says so, with a way to start", async () => {
    const chat = new Chat();
    await chat.say("levels");
    const noButton = chat.replies[0]!.buttons!.find((b) => b.label === "No")!;
    await chat.say("cancel");
    expect(await chat.press(noButton.action, noButton.data)).toMatch(/finished or been cleared/);

    const idle = new Chat();
    await idle.say("levels");
    await idle.say("no");
    const text = await idle.say("1", 31);
    expect(text).toMatch(/left for over 30 minutes/);
    expect(idle.state).toBeUndefined();
  });

  it("typed control words mean nothing to the check when none is running", async () => {
    const chat = new Chat();
    const text = await chat.say("back");
    expect(text).toMatch(/didn't understand/i);
    expect(chat.state).toBeUndefined();
  });
});

describe("typed words for answers", () => {
  it("accepts everyday words for the age band and the support in place", async () => {
    const chat = new Chat();
    await chat.say("levels");
    await chat.say("n");
    await chat.say("teenager");
    expect(chat.state?.answers.age).toBe("12-17");
    await chat.say("none");
    await chat.say("none");
    await chat.say("none");
    await chat.say("none");
    expect(await chat.say("social worker")).toMatch(/SUGGESTED LEVEL: 1/);
    expect(chat.state?.answers.support).toBe("social-care");
  });
});
