import { FakeSlack } from "../channels/slack/fake-slack.js";

export type { ApiCall, PostBehaviour, StoredMessage } from "../channels/slack/fake-slack.js";

/**
 * The Slack Web API on loopback, for tests where the assistant runs in another process (nock
 * cannot reach there): the one Slack fake (tests/channels/slack/fake-slack.ts), listening. Point
 * SLACK_API_URL at `apiUrl`.
 */
export class SlackStandIn extends FakeSlack {
  static async start(options: { now?: () => Date } = {}): Promise<SlackStandIn> {
    const standIn = new SlackStandIn(options.now);
    await standIn.listen();
    return standIn;
  }
}
