import { afterEach, describe, expect, it } from "vitest";
import { ConnectorStandIn, parseReply } from "../../../src/cli/bench/connector-stand-in.js";
import { httpRequest } from "../../support/http-request.js";

describe("parseReply", () => {
  const body = JSON.stringify({ type: "message", text: "hi" });

  it("reads a reply to an activity from the URL, as botbuilder sends it", () => {
    const r = parseReply("POST", "/v3/conversations/conv%3A1/activities/act-7", body);
    expect(r).toMatchObject({ conversationId: "conv:1", replyToId: "act-7" });
    expect(r?.activity.text).toBe("hi");
  });

  it("reads a send to the conversation by the body's replyToId", () => {
    const withReplyTo = JSON.stringify({ type: "message", replyToId: "act-8" });
    expect(parseReply("POST", "/v3/conversations/c/activities", withReplyTo)?.replyToId).toBe(
      "act-8",
    );
  });

  it("refuses what the connector would not accept as an activity", () => {
    expect(parseReply("GET", "/v3/conversations/c/activities/a", body)).toBeUndefined();
    expect(parseReply("POST", "/v3/other/c/activities/a", body)).toBeUndefined();
    expect(parseReply("POST", "/v3/conversations/c/activities/a", "{nope")).toBeUndefined();
    expect(parseReply("POST", "/v3/conversations/c/activities/a", "[]")).toBeUndefined();
    expect(parseReply("POST", "/v3/conversations/c/activities/a", '{"text":"x"}')).toBeUndefined();
    // A send with no activity to reply to cannot be matched to a turn.
    expect(parseReply("POST", "/v3/conversations/c/activities", body)).toBeUndefined();
  });
});

describe("ConnectorStandIn over HTTP", () => {
  let connector: ConnectorStandIn | undefined;
  afterEach(async () => {
    await connector?.close();
  });

  it("answers like the connector ({id}), counts replies per activity and forgets them once taken", async () => {
    connector = await ConnectorStandIn.start({ keep: (r) => r.replyToId === "a1" });
    const post = (path: string, activity: unknown) =>
      httpRequest(`${connector?.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity),
      });
    const first = await post("/v3/conversations/c1/activities/a1", { type: "message", text: "1" });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ id: expect.any(String) });
    await post("/v3/conversations/c1/activities/a1", { type: "message", text: "2" });
    await post("/v3/conversations/c1/activities/a2", { type: "message", text: "3" });

    expect(connector.take("a1")).toBe(2);
    expect(connector.take("a1")).toBe(0);
    expect(connector.take("a2")).toBe(1);
    expect(connector.drainKept().map((r) => r.activity.text)).toEqual(["1", "2"]);
    expect(connector.total).toBe(3);
  });

  it("refuses malformed calls with 400 and counts them", async () => {
    connector = await ConnectorStandIn.start();
    const res = await httpRequest(`${connector.url}/v3/conversations/c/activities/a`, {
      method: "POST",
      body: "not json",
    });
    expect(res.status).toBe(400);
    expect(connector.bad).toBe(1);
    expect(connector.take("a")).toBe(0);
  });
});
