import type { webApi } from "@slack/bolt";

/** How long a membership list is trusted: long enough for a burst of commands, short for removals. */
export const PANEL_CACHE_MS = 60_000;

export type PanelCheck = { ok: true; member: boolean } | { ok: false; error: string };

/**
 * Who is on the Case Review Panel: the members of the panel channel, read with
 * conversations.members (paginated) and cached briefly so a busy minute costs one call.
 */
export class PanelMembers {
  private cached: { at: number; members: Set<string> } | undefined;
  private pending: Promise<Set<string>> | undefined;

  constructor(
    private readonly client: Pick<webApi.WebClient, "conversations">,
    readonly channel: string,
    private readonly now: () => Date,
    private readonly ttlMs = PANEL_CACHE_MS,
  ) {}

  async isMember(userId: string): Promise<PanelCheck> {
    try {
      const members = await this.members();
      return { ok: true, member: members.has(userId) };
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error ?? (err as Error).message;
      return { ok: false, error: code };
    }
  }

  private async members(): Promise<Set<string>> {
    const t = this.now().getTime();
    if (this.cached && t - this.cached.at < this.ttlMs && t >= this.cached.at) {
      return this.cached.members;
    }
    // One request in flight at a time: simultaneous commands share it.
    this.pending ??= this.fetchAll().finally(() => {
      this.pending = undefined;
    });
    const members = await this.pending;
    this.cached = { at: t, members };
    return members;
  }

  private async fetchAll(): Promise<Set<string>> {
    const members = new Set<string>();
    let cursor: string | undefined;
    // A generous page limit keeps a runaway cursor from looping forever.
    for (let page = 0; page < 100; page++) {
      const res = await this.client.conversations.members({
        channel: this.channel,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      for (const m of res.members ?? []) members.add(m);
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return members;
  }
}
