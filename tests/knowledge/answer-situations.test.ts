import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { buildKnowledgeIndex } from "../../src/core/knowledge/build-knowledge-index.js";
import { loadKnowledge } from "../../src/core/knowledge/load-knowledge.js";

const index = buildKnowledgeIndex(loadKnowledge());
const articleFor = (text: string) => {
  const a = answerQuestion(index, text);
  return a.kind === "answer" ? a.article.id : a.kind;
};
/** The answer and the second answer given beside it. */
const both = (text: string) => {
  const a = answerQuestion(index, text);
  return a.kind === "answer" ? [a.article.id, a.also?.id] : [a.kind];
};

describe("what a practitioner describing a child is given", () => {
  it("gets what to do now for a description that nothing else answers, not 'I don't know'", () => {
    expect(
      articleFor(
        "one of my boys comes in hungry most days, same uniform all week, always tired, mum seems low",
      ),
    ).toBe("worried-about-a-child");
    // ...or asks what to do at the end of a sentence with no question mark, after a full stop.
    expect(
      articleFor(
        "i run a chip shop and a lad of about 12 is in every night till close. he said his dad throws things at home. im not a social worker haha what do i do",
      ),
    ).toBe("worried-about-a-child");
    // ...whatever everyday matter it was told during, or mentions along the way.
    expect(
      articleFor(
        "church youth group. our youth pastor has been giving one 14yo lad lifts home on his own, buying him vapes and takeaway and messaging him late at night. the lads mum thinks its lovely. nothing has been said but it feels off",
      ),
    ).toBe("lado-guidance");
    // "when asked he said..." tells what he said; it asks nothing.
    expect(
      articleFor(
        "ward sister on paeds at MKUH. one of the porters was seen taking photos of kids in their beds on his personal phone, when asked he said it was for his 'collection'. hes been sent off the ward",
      ),
    ).toBe("worried-about-a-child");
    expect(
      articleFor(
        "during our fire drill a 4yo said daddy sets fires in the garden and burns mummys stuff when hes angry. shes fine and nan is collecting today as usual. what should i do with that",
      ),
    ).toBe("worried-about-a-child");
  });

  it("gets the answer to the question asked alongside a worry, when the search is sure of it", () => {
    expect(
      articleFor(
        "GP here, worried about a family on my list. Am I allowed to share information without the parents' consent?",
      ),
    ).toBe("information-sharing");
  });

  it("is not sent to an article by a short question that says too little", () => {
    expect(
      articleFor(
        "GP. mum has stopped her meds, very up and down, 2 under 5s at home, dad works away. where does this sit?",
      ),
    ).toBe("worried-about-a-child");
  });

  it("gets what to do only when what it asks is what to do, not a clinical or legal question", () => {
    const told = "mum has been giving her 3 year old paracetamol every 4 hours for a week";
    expect(articleFor(`${told}. what should I do?`)).toBe("worried-about-a-child");
    expect(articleFor(`${told}. what is the maximum dose for her age?`)).toBe("none");
  });

  it("gets the answer to a question of its own at the end, not what to do", () => {
    expect(
      articleFor(
        "A parent at our school asked me whether the partnership publishes how well MK is doing at keeping kids safe, she's on the PTA and quite switched on. Is the MK safeguarding annual report something parents can read or is it internal",
      ),
    ).toBe("annual-safeguarding-report");
  });

  it("gets the out-of-hours number when the MASH is closed and it cannot wait", () => {
    const a = answerQuestion(
      index,
      "its 8pm, lad is safe at his aunts tonight but says he cant go home tomorrow. mash will be shut, who do i ring",
    );
    expect(a.kind === "answer" ? a.article.text : a.kind).toMatch(/265545/);
  });

  it("gets what to do first, and the board beside it, when it asks both", () => {
    // The question after "and" asks what to do, with no question mark of its own.
    expect(
      both(
        "health visitor, mum told me at a home visit her partner has been hitting her, baby is 6 weeks, he's away till friday. I know there's a MARAC - who oversees it? and what do i do now",
      ),
    ).toEqual(["responding-to-a-disclosure", "marac"]);
    // ...or in the same sentence as the question of its own.
    expect(
      both(
        "yr 11 boy keeps getting picked up by older lads in a car after school and has cash he cant explain, says hes 'doing jobs' for them. hes in school today. which MK Together board looks at exploitation and who do i tell?",
      ),
    ).toContain("child-exploitation");
  });

  it("gets the number it asks for beside a worry, which what to do does not hold", () => {
    const a = answerQuestion(
      index,
      "mash shut? its 7pm on a friday, worried about a lad whos fine at his grans till monday but i dont want it to wait. whats the out of hours number",
    );
    expect(a.kind === "answer" && a.article.text).toContain("01908 265545");
  });

  it("goes to whistleblowing where a manager stopped a referral", () => {
    expect(
      articleFor(
        "my manager told me not to make a referral about a pupil because the parents are on the governing body. i think the child is being neglected. what do i do",
      ),
    ).toBe("whistleblowing");
  });

  it("gets what to do when it asks whether to tell the DSL or ring the MASH", () => {
    expect(
      articleFor(
        "kid in yr 4 said 'im gonna kill you' to another kid at lunch over football, both were laughing after. should i ring mash or just tell the dsl?",
      ),
    ).toBe("worried-about-a-child");
    // A child's "my own breakfast" is not the practitioner's own family.
    expect(
      articleFor(
        "reception kid (5) said 'mummy sleeps all day and i make my own breakfast' - shes fine in class, should i report it",
      ),
    ).toBe("worried-about-a-child");
  });

  it("is told to notify a serious incident when a child has died and neglect was suspected", () => {
    expect(
      articleFor(
        "a baby on our books died at the weekend and there were concerns about neglect, how quickly do we need to tell someone",
      ),
    ).toBe("notifying-a-serious-incident");
    // ...however it asks what to do.
    expect(
      articleFor(
        "a 3yo on a child protection plan died on the ward last night and we suspect abuse. what do we need to do re the case review",
      ),
    ).toBe("notifying-a-serious-incident");
  });

  it("is sent to LADO or exploitation, not refused, when a detail sounds like a job or a name", () => {
    expect(
      articleFor(
        "scout leader posted pics of the cubs on his personal insta with their first names and school. told him to take them down but he laughed it off",
      ),
    ).toBe("lado-guidance");
    expect(
      articleFor(
        "youth worker in Wolverton. one of the lads said his older cousin 'runs a line' and asked if he wanted to earn some easy money. he said no and hes fine but im worried he's being groomed",
      ),
    ).toBe("child-exploitation");
    // "My manager says leave it" is not the writer's leave.
    expect(
      articleFor(
        "nursery colleague grabbed a 3yo by the arm yesterday hard enough to leave a mark. my manager says leave it. I think it needs reporting somewhere, where?",
      ),
    ).toBe("lado-guidance");
  });

  it("answers how often the CSP meets, though the message names a DHR", () => {
    expect(
      articleFor(
        "community safety officer at the council, new in post. trying to get my head round how Safer MK fits with the safeguarding partnership. Do DHRs get reported to the CSP and how often does the CSP actually meet? my manager just said 'it's all MK Together' which didn't help",
      ),
    ).toBe("community-safety-partnership");
  });

  it("answers how the partnership works, not what to do about exploitation, for a board's money", () => {
    const a = answerQuestion(
      index,
      "We're a small community group in Wolverton wanting to run a joint project with the police on exploitation awareness for parents. Does the MK Together Tasking Board have any money for this kind of thing and roughly how much is in the pot?",
    );
    expect(a.kind === "answer" && a.article.text).toContain("£100k");
  });

  it("is never offered the fallback for a short question the knowledge base cannot answer", () => {
    expect(articleFor("what's the weather like in milton keynes today")).not.toBe(
      "worried-about-a-child",
    );
  });
});

describe("a question with words around it", () => {
  it("is answered by the part that asks, when the whole message finds nothing", () => {
    expect(
      articleFor("whats the email for mk mash again, cant find it anywhere on the intranet"),
    ).toBe("mash-contacts");
    // ...a question passed on, with no punctuation to mark it.
    expect(
      articleFor(
        "doing safeguarding training for our governors in shenley and they asked who the statutory safeguarding partners actually are in milton keynes",
      ),
    ).toBe("safeguarding-partners");
  });
});

// The twenty-fifth session's fresh sets, in other words: what was told once read as something
// else (a seat number as a number asked for, "earning" as pay, a crash as a computer's).
describe("what people outside schools and health are given", () => {
  it("is told what to do about a child, not declined for a booking or a contract in the story", () => {
    for (const q of [
      "school photographer. booked on a job at a primary last week and a boy of 7 had finger mark bruises on his neck when i sat him down. what do i do",
      "cleaner on an agency contract at a nursery. a 3yo keeps telling me her dad shuts her in the shed. my contract just says report concerns. who do i tell",
    ]) {
      expect(articleFor(q), q).toBe("worried-about-a-child");
    }
  });
  it("sends a worker's conduct to the LADO whatever the role is called", () => {
    for (const q of [
      "another PT at my gym is seeing a 16 year old he trains, theyve been kissing in the car park",
      "another guard on my team chats to year 10 girls at the gate and got one girls number, i saw messages with kisses",
      // An allegation against the writer's own DSL is not a question about the writer's people.
      "a parent has made an allegation against our deputy head who is also our DSL. who do we take it to",
    ]) {
      expect(articleFor(q), q).toBe("lado-guidance");
    }
  });
  it("answers what was told, not the words of what the writer has to pass on", () => {
    for (const q of [
      "steward at the match yesterday, a dad kept hitting his little boy round the head. ive got his seat number. is it worth passing on",
      "taxi marshal. most weekends a 13yo hangs round the rank at 2am getting into cars with older lads, says hes earning. who do i tell",
      // A driver's fare, and a boyfriend who is 24: the person named, not a booking or a question.
      "private hire. a man books me every saturday to take two 14yo girls to a flat in CMK and tips me to keep quiet. who do i tell",
      "a 14yo at our book club has an online boyfriend who is 24 and theyre meeting up next month, he sends her gift cards",
    ]) {
      expect(articleFor(q), q).toBe("worried-about-a-child");
    }
    expect(
      articleFor(
        "a girl from our dance school died in a crash in the summer. does anyone in MK look at child deaths to see if anything could be done differently",
      ),
    ).toBe("child-death-group");
  });
  it("sends a manager who stops a report to whistleblowing, and a call from the MASH to sharing", () => {
    for (const q of [
      "my manager told me not to report what i saw with a kid, can i go over her head",
      "my bosses keep ignoring safeguarding stuff i report. what should i do",
      "im worried that safeguarding concerns arent being taken seriously where i work. where does someone go in MK if raising it internally isnt working?",
    ]) {
      expect(articleFor(q), q).toBe("whistleblowing");
    }
    expect(["mash-supporting", "information-sharing"]).toContain(
      articleFor("if the mash rings me about a boy in my class am i allowed to tell them stuff"),
    );
  });
  it("reads 'after I ring the MASH' as what comes of the call, not a number asked for", () => {
    expect(
      articleFor("what happens after i ring the mash, will the family get a social worker"),
    ).toBe("mash-outcomes");
  });
  it("asks what a claim says when 'is that right?' follows it, and reads past 'the hell'", () => {
    expect(
      articleFor(
        "our head says we must do a CAF before we can refer to MASH, is that right? im at a primary",
      ),
    ).toBe("caf-part-2-of-marf");
    expect(articleFor("what the hell is a MARF, my manager keeps going on about it")).toBe(
      "marf-form",
    );
  });
  it("answers a death, a referral gone quiet and a young carer, whatever words they are told in", () => {
    expect(
      articleFor(
        "a toddler on our caseload died unexpectedly last night, police are at the hospital. what's the process for this",
      ),
    ).toBe("child-death-group");
    expect(
      articleFor(
        "a boy from our club died last week and there were worries about home before. how quickly does the partnership have to be told",
      ),
    ).toBe("notifying-a-serious-incident");
    expect(
      articleFor(
        "I rang the MASH a month ago about a girl who comes into our cafe hungry, nothing has changed. what can i do if im not happy",
      ),
    ).toBe("after-you-refer");
    expect(
      articleFor(
        "a 12 year old came in with his dad to translate, hes doing everything for him and misses school. is there help for young carers",
      ),
    ).not.toBe("none");
  });
  it("answers a newcomer from another area asking MK's own way in", () => {
    expect(["mash-contacts", "mash-vs-referral-route"]).toContain(
      articleFor(
        "youth worker from bedford, just started in MK. is the front door here the same as bedford or different? who do i ring here?",
      ),
    );
  });
  it("declines another area's version of a form, and booking the writer counselling", () => {
    for (const q of [
      "what is Buckinghamshire's equivalent of the MK MARF called and where do i send it, the family live over the border",
      "not about a kid really, since i saw a boy get hurt outside the shop i keep crying at work. can you book me some counselling",
    ]) {
      expect(articleFor(q), q).toBe("none");
    }
  });
  it("declines what the writer's own organisation's policy says, and a timescale the MASH does not set", () => {
    for (const q of [
      "what does our leisure centre's safeguarding policy say about parents filming at galas",
      "what does our trust's lone working policy say about home visits after dark",
      "how long does the MASH take to give a decision on an amber referral",
    ]) {
      expect(articleFor(q), q).toBe("none");
    }
    // ...but answers what the partnership's own policy says, and how the colours are given.
    expect(
      articleFor(
        "What does our local policy say is usually behind failings in safeguarding systems",
      ),
    ).not.toBe("none");
    expect(articleFor("are there response times for red, amber and green contacts")).toBe(
      "mash-rag-rating",
    );
  });
});
