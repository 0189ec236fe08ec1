import { createLevelsOfNeedSkill } from "../../dialogs/levels-of-need/skill.js";
import { Assistant } from "../../src/core/assistant/assistant.js";
import { newSession, type Session } from "../../src/core/assistant/turn.js";
import { loadMessages } from "../../src/core/content/messages.js";
import { type Reply, replyToText } from "../../src/core/reply.js";
import { at, content, mash } from "./play.js";

/** The assistant as the terminal chat drives it: typed text, the session carried between turns. */
export class Chat {
  readonly assistant = new Assistant({ messages: loadMessages(), mash }, [
    createLevelsOfNeedSkill(content, mash),
  ]);
  session: Session = newSession(at(0));
  minute = 0;
  replies: Reply[] = [];

  async say(text: string, minutesLater = 1): Promise<string> {
    return this.turn({ text, data: {} }, minutesLater);
  }

  async press(action: string, data: Record<string, string> = {}, minutesLater = 1) {
    return this.turn({ text: "", action, data }, minutesLater);
  }

  /** Presses the button of the last reply that has this label, with its data. */
  async pressButton(label: string, extra: Record<string, string> = {}) {
    const button = this.replies
      .flatMap((r) => r.buttons ?? [])
      .reverse()
      .find((b) => b.label === label);
    if (!button) throw new Error(`no button "${label}" in the last replies`);
    return this.press(button.action, { ...button.data, ...extra });
  }

  private async turn(
    input: { text: string; action?: string; data: Record<string, string> },
    m: number,
  ) {
    this.minute += m;
    const result = await this.assistant.handleTurn(
      input,
      structuredClone(this.session),
      at(this.minute),
      "cli",
    );
    this.session = result.session;
    this.replies = result.replies;
    return result.replies.map((r) => replyToText(r)).join("\n---\n");
  }

  get state() {
    return this.session.flows.levels as
      | { step: string; answers: Record<string, unknown> }
      | undefined;
  }
}
