import { it } from "vitest";
import { SlackTestClient } from "./slack-test-client.js";

const FORM = "application/x-www-form-urlencoded";
it("probe", async () => {
  const slack = await SlackTestClient.start();
  const form = (p: unknown) => new URLSearchParams({ payload: JSON.stringify(p) }).toString();
  const cases: [string, string, string][] = [
    [
      "event string",
      JSON.stringify({ type: "event_callback", team_id: "T1", event_id: "Ev1", event: "hello" }),
      "application/json",
    ],
    [
      "event null",
      JSON.stringify({ type: "event_callback", team_id: "T1", event_id: "Ev2", event: null }),
      "application/json",
    ],
    [
      "event no type",
      JSON.stringify({ type: "event_callback", team_id: "T1", event_id: "Ev3", event: {} }),
      "application/json",
    ],
    [
      "event array",
      JSON.stringify({ type: "event_callback", team_id: "T1", event_id: "Ev4", event: [1] }),
      "application/json",
    ],
    [
      "event message no user",
      JSON.stringify({
        type: "event_callback",
        team_id: "T1",
        event_id: "Ev5",
        event: { type: "message", channel_type: "im", channel: "D1" },
      }),
      "application/json",
    ],
    [
      "event home no user",
      JSON.stringify({
        type: "event_callback",
        team_id: "T1",
        event_id: "Ev6",
        event: { type: "app_home_opened", tab: "home" },
      }),
      "application/json",
    ],
    ["body array", JSON.stringify([1, 2]), "application/json"],
    ["body string", JSON.stringify("x"), "application/json"],
    ["body null", "null", "application/json"],
    [
      "actions object",
      form({ type: "block_actions", team: { id: "T1" }, user: { id: "U1" }, actions: { a: 1 } }),
      FORM,
    ],
    [
      "actions empty",
      form({ type: "block_actions", team: { id: "T1" }, user: { id: "U1" }, actions: [] }),
      FORM,
    ],
    [
      "actions [null]",
      form({ type: "block_actions", team: { id: "T1" }, user: { id: "U1" }, actions: [null] }),
      FORM,
    ],
    [
      "actions string",
      form({ type: "block_actions", team: { id: "T1" }, user: { id: "U1" }, actions: "x" }),
      FORM,
    ],
    [
      "block_actions no user",
      form({
        type: "block_actions",
        team: { id: "T1" },
        actions: [{ action_id: "rr-done:0", value: "{}" }],
      }),
      FORM,
    ],
    [
      "block_actions user string",
      form({
        type: "block_actions",
        team: { id: "T1" },
        user: "U1",
        actions: [{ action_id: "rr-done:0", value: "{}" }],
      }),
      FORM,
    ],
    [
      "btn user null",
      form({
        type: "block_actions",
        team: { id: "T1" },
        user: null,
        actions: [{ action_id: "btn:0:0", value: "{}" }],
      }),
      FORM,
    ],
    [
      "view null",
      form({ type: "view_submission", team: { id: "T1" }, user: { id: "U1" }, view: null }),
      FORM,
    ],
    [
      "view string",
      form({ type: "view_submission", team: { id: "T1" }, user: { id: "U1" }, view: "x" }),
      FORM,
    ],
    [
      "view_closed null",
      form({ type: "view_closed", team: { id: "T1" }, user: { id: "U1" }, view: null }),
      FORM,
    ],
    ["payload not json", "payload=%7Bnope", FORM],
    ["payload array", form([1]), FORM],
    ["payload null", form(null), FORM],
    [
      "team null",
      form({
        type: "block_actions",
        team: null,
        user: { id: "U1" },
        actions: [{ action_id: "btn:0:0" }],
      }),
      FORM,
    ],
    [
      "shortcut",
      form({ type: "shortcut", team: { id: "T1" }, user: { id: "U1" }, callback_id: "x" }),
      FORM,
    ],
    [
      "message_action",
      form({
        type: "message_action",
        team: { id: "T1" },
        user: { id: "U1" },
        callback_id: "x",
        channel: null,
      }),
      FORM,
    ],
    [
      "command no text",
      new URLSearchParams({
        command: "/rapidreview",
        team_id: "T1",
        user_id: "U1",
        channel_id: "C1",
      }).toString(),
      FORM,
    ],
    [
      "command no user",
      new URLSearchParams({
        command: "/rapidreview",
        text: "start CR-1 today child",
        team_id: "T1",
        channel_id: "C1",
      }).toString(),
      FORM,
    ],
    [
      "block_suggestion",
      form({ type: "block_suggestion", team: { id: "T1" }, user: { id: "U1" }, action_id: "x" }),
      FORM,
    ],
    [
      "interactive_message",
      form({
        type: "interactive_message",
        team: { id: "T1" },
        user: { id: "U1" },
        actions: {},
        callback_id: "x",
      }),
      FORM,
    ],
  ];
  for (const [name, body, type] of cases) {
    const t = Date.now();
    const res = await slack.post(body, type);
    console.log(name.padEnd(28), res.status, Date.now() - t, "ms", res.body.slice(0, 60));
  }
  await slack.stop();
}, 120_000);
