import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { captureLog } from "../../support/capture-log.js";
import {
  type Block,
  blockButtons,
  blocksText,
  PANEL,
  SlackTestClient,
} from "./slack-test-client.js";

const NOW = new Date("2026-12-18T10:00:00Z"); // a Friday, 10:00 in London

describe("/rapidreview in Slack", () => {
  let slack: SlackTestClient;
  let now: Date;
  let logged: ReturnType<typeof captureLog>;
  beforeEach(async () => {
    now = NOW;
    logged = captureLog("info");
    slack = await SlackTestClient.start({ now: () => now, log: logged.log });
  });
  afterEach(async () => {
    await slack.stop();
  });

  /** Runs a changing subcommand: acked empty at once, answered through the response_url. */
  async function change(text: string, user = "UPANEL1") {
    const res = await slack.command("/rapidreview", text, { user });
    expect(res.status).toBe(200);
    expect(res.ack).toBeUndefined();
    const [answer] = await slack.responseTo(res.responseUrl);
    expect(answer?.response_type).toBe("ephemeral");
    return { text: blocksText(answer?.blocks as Block[]), raw: JSON.stringify(answer) };
  }

  it("a panel member starts a review; its timeline goes to the panel channel with Mark done buttons", async () => {
    const answer = await change("start CR-2026-014 18/12/2026 child");
    expect(answer.text).toMatch(/CR-2026-014 \(RR-0001\) started/);
    expect(answer.raw).toContain(`<#${PANEL}>`);

    const [timeline] = slack.posted(PANEL);
    expect(timeline).toBeDefined();
    const text = blocksText(timeline!.blocks);
    expect(text).toContain("Rapid review CR-2026-014 (RR-0001)");
    // Day 1 is Friday 18 December; Christmas, the Boxing Day substitute (28th) and New Year's
    // Day are skipped, so Day 10 is Tuesday 5 January and Day 15 Tuesday 12 January.
    expect(text).toMatch(/Day 1\nDue \*Fri 18 Dec 2026\*/);
    expect(text).toMatch(/Day 5\nDue \*Thu 24 Dec 2026\*/);
    expect(text).toMatch(/Day 10\nDue \*Tue 5 Jan 2027\*/);
    expect(text).toMatch(/Day 15\nDue \*Tue 12 Jan 2027\*/);
    const buttons = blockButtons(timeline!.blocks);
    expect(buttons.length).toBeGreaterThanOrEqual(7);
    expect(buttons.every((b) => b.text === "Mark done")).toBe(true);
    expect(JSON.parse(buttons[0]!.value)).toEqual({ id: "RR-0001", milestone: "notify-panel" });
    // Panel membership was read from the channel.
    expect(slack.callsTo("conversations.members")[0]?.params.channel).toBe(PANEL);

    const list = await slack.command("/rapidreview", "list", { user: "USOMEONE" });
    const listed = blocksText(list.ack?.blocks as Block[]);
    expect(listed).toMatch(/RR-0001.*CR-2026-014/);
    expect(listed).toMatch(/Next: Tell the panel/);
  });

  it("refuses anyone who is not in the panel channel, and changes nothing", async () => {
    const refused = await change("start CR-2026-014 18/12/2026 child", "UOUTSIDER");
    expect(refused.text).toMatch(/Only members of the Case Review Panel channel/);
    expect(refused.raw).toContain(`<#${PANEL}>`);
    expect(slack.posted(PANEL)).toEqual([]);
    const list = await slack.command("/rapidreview", "list", { user: "UOUTSIDER" });
    expect(blocksText(list.ack?.blocks as Block[])).toMatch(/no open rapid reviews/i);

    await change("start CR-2026-014 18/12/2026 child");
    for (const cmd of [
      "done RR-0001 notify-panel",
      "close RR-0001",
      "publication RR-0001 01/09/2027",
    ]) {
      const r = await change(cmd, "UOUTSIDER");
      expect(r.text, cmd).toMatch(/Only members/);
    }
    // A Mark done button pressed by an outsider is refused too.
    const [timeline] = slack.posted(PANEL);
    const button = blockButtons(timeline!.blocks)[0]!;
    const press = await slack.press(button, {
      user: "UOUTSIDER",
      message: { blocks: timeline!.blocks },
    });
    const [answer] = await slack.responseTo(press.responseUrl);
    expect(blocksText(answer?.blocks as Block[])).toMatch(/Only members/);
    const show = await slack.command("/rapidreview", "show RR-0001");
    expect(blockButtons(show.ack?.blocks as Block[])).toHaveLength(
      blockButtons(timeline!.blocks).length,
    );
  });

  it("reads the panel's members page by page, caches them briefly, and changes nothing if Slack cannot say", async () => {
    slack.onNext("conversations.members", () => [
      200,
      { ok: true, members: ["UA", "UB"], response_metadata: { next_cursor: "page2" } },
    ]);
    slack.onNext("conversations.members", () => [
      200,
      { ok: true, members: ["UFAR"], response_metadata: { next_cursor: "" } },
    ]);
    const started = await change("start CR-2026-014 18/12/2026 adult", "UFAR");
    expect(started.text).toMatch(/started/);
    const calls = slack.callsTo("conversations.members");
    expect(calls).toHaveLength(2);
    expect(calls[1]?.params.cursor).toBe("page2");

    // Within the minute the list is reused: no new call.
    await change("done RR-0001 notify-panel", "UFAR");
    expect(slack.callsTo("conversations.members")).toHaveLength(2);

    // After it, Slack is asked again; if it cannot answer, nothing changes and the person is told.
    now = new Date(NOW.getTime() + 2 * 60_000);
    slack.onNext("conversations.members", () => [200, { ok: false, error: "not_in_channel" }]);
    const failed = await change("close RR-0001", "UFAR");
    expect(failed.text).toMatch(/couldn't check who is on the panel/);
    // The operator is told Slack's reason.
    expect(logged.records.filter((r) => r.event === "slack_panel_check_failed")).toEqual([
      expect.objectContaining({ code: "not_in_channel" }),
    ]);
    const list = await slack.command("/rapidreview", "list");
    expect(blocksText(list.ack?.blocks as Block[])).toMatch(/RR-0001/);
  });

  it("explains a bad date, a bad kind and a name-like case reference, with the right form", async () => {
    const badDate = await change("start CR-2026-014 31/02/2026 child");
    expect(badDate.text).toMatch(/isn.t a real date/);
    expect(badDate.text).toContain(
      "/rapidreview start <case-ref> <received-date> <child|adult|domestic-homicide>",
    );

    const badKind = await change("start CR-2026-014 18/12/2026 children");
    expect(badKind.text).toMatch(/"children" is not a kind of review/);
    expect(badKind.text).toContain("/rapidreview start <case-ref>");

    const name = await change("start Jane Smith 18/12/2026 child");
    expect(name.text).toMatch(/looks like it may contain a name/);
    expect(name.text).toMatch(/Never use a name/);

    const missing = await change("start CR-1");
    expect(missing.text).toMatch(/Something is missing/);
    expect(missing.text).toContain("/rapidreview start <case-ref>");

    const unknown = await slack.command("/rapidreview", "begin CR-1");
    expect(blocksText(unknown.ack?.blocks as Block[])).toMatch(
      /I don't know "\/rapidreview begin"/,
    );

    const help = await slack.command("/rapidreview", "help");
    const helpText = blocksText(help.ack?.blocks as Block[]);
    expect(helpText).toMatch(/short code/);
    expect(helpText).toMatch(/Never use a name/);

    expect(slack.posted(PANEL)).toEqual([]);
  });

  it("escapes mentions typed into a command, so they never ping anyone", async () => {
    const kind = await change("start CR-2026-014 18/12/2026 <!channel>");
    const date = await change("start CR-2026-014 <@U123> child");
    const ref = await change("start <!here> 18/12/2026 child");
    for (const r of [kind, date, ref]) {
      expect(r.raw).not.toMatch(/<!channel>|<!here>|<@U123>/);
    }
    expect(kind.raw).toContain("&lt;!channel&gt;");
    expect(date.raw).toContain("&lt;@U123&gt;");
  });

  it("marks steps done by command and by button; a second press is harmless; close stops it", async () => {
    await change("start CR-2026-014 18/12/2026 adult");
    const done = await change("done RR-0001 notify-panel");
    expect(done.text).toMatch(/marked done for CR-2026-014 by/);
    expect(done.raw).toContain("<@UPANEL1>");
    const again = await change("done RR-0001 notify-panel");
    expect(again.text).toMatch(/already marked done/);
    const wrong = await change("done RR-0001 national-thing");
    expect(wrong.text).toMatch(/isn't one of this review's steps/);
    expect(wrong.text).toContain("/rapidreview done <id> <milestone>");

    const [timeline] = slack.posted(PANEL);
    const meeting = blockButtons(timeline!.blocks).find(
      (b) => JSON.parse(b.value).milestone === "rapid-review-meeting",
    )!;
    const press = await slack.press(meeting, {
      user: "UPANEL2",
      message: { blocks: timeline!.blocks },
    });
    const [updated, told] = await slack.responseTo(press.responseUrl, 2);
    expect(updated?.replace_original).toBe(true);
    const updatedBlocks = updated?.blocks as Block[];
    expect(blocksText(updatedBlocks)).toMatch(/Done \(<@UPANEL2>\)/);
    expect(
      blockButtons(updatedBlocks).some(
        (b) => JSON.parse(b.value).milestone === "rapid-review-meeting",
      ),
    ).toBe(false);
    expect(blocksText(told?.blocks as Block[])).toMatch(/marked done/);

    // The same (stale) button pressed again: nothing breaks, and it says so.
    const stale = await slack.press(meeting, {
      user: "UPANEL1",
      message: { blocks: timeline!.blocks },
    });
    const staleAnswers = await slack.responseTo(stale.responseUrl, 2);
    expect(blocksText(staleAnswers.at(-1)?.blocks as Block[])).toMatch(/already marked done/);

    const closed = await change("close RR-0001");
    expect(closed.text).toMatch(/closed by <@UPANEL1>/);
    const closedAgain = await change("close RR-0001");
    expect(closedAgain.text).toMatch(/was closed on/);
    // A button on the old timeline after closing is answered kindly and changes nothing.
    const afterClose = await slack.press(blockButtons(timeline!.blocks)[2]!, {
      message: { blocks: timeline!.blocks },
    });
    const [late] = await slack.responseTo(afterClose.responseUrl);
    expect(blocksText(late?.blocks as Block[])).toMatch(/was closed on/);
    const list = await slack.command("/rapidreview", "list");
    expect(blocksText(list.ack?.blocks as Block[])).toMatch(/no open rapid reviews/i);
  });

  it("a publication date adds the national panel step for a children's case and reposts the timeline", async () => {
    await change("start CR-2026-014 18/12/2026 child");
    const set = await change("publication RR-0001 2027-09-01");
    expect(set.text).toMatch(/Publication date for CR-2026-014 set to Wed 1 Sept? 2027/);
    const posts = slack.posted(PANEL);
    expect(posts).toHaveLength(2);
    expect(blocksText(posts[1]!.blocks)).toMatch(/final-report-to-national-panel/);
  });

  it("the App Home lists open reviews, each one's next deadline, and what is overdue", async () => {
    await change("start CR-2026-014 18/12/2026 child");
    now = new Date("2027-01-11T10:00:00Z"); // Monday: Day 10 (Fri 8 Jan) has passed
    await change("done RR-0001 notify-panel");
    await slack.event({
      type: "app_home_opened",
      user: "UPANEL1",
      channel: "DHOME1",
      tab: "home",
      event_ts: "1",
    });
    const publish = await slack.until(() => slack.callsTo("views.publish")[0]);
    const view = JSON.parse(publish.params.view ?? "{}") as { blocks: Block[] };
    const text = blocksText(view.blocks);
    expect(text).toMatch(/\*CR-2026-014\* \(RR-0001\)/);
    // Next is the next deadline still to come; the late ones are listed as overdue.
    expect(text).toMatch(/Next: Scrutineer's decision, due \*Mon 11 Jan 2027\*/);
    expect(text).toMatch(/3 overdue/);
    expect(text).toMatch(/Overdue/);
    expect(text).toMatch(/RR-0001\): Hold the rapid review meeting \(due Tue 5 Jan 2027\)/);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });
});
