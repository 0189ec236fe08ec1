import type { Milestone, MilestoneKey, ReviewKind } from "./types.js";

/**
 * What the rapid review commands need from the world, as ports the caller fills in: the register
 * (the store), and the panel (a chat channel: who is on it, and posting to it). The core decides;
 * a channel parses what was typed, fills these in and renders what comes back.
 */

export interface ReviewStamp {
  /** ISO instant. */
  at: string;
  /** The chat user id of who did it (never a name). */
  by: string;
}

/** A review as the commands read it (the store's record has more). */
export interface ReviewView {
  id: string;
  caseRef: string;
  kind: ReviewKind;
  received: string;
  publication?: string;
  done: Partial<Record<MilestoneKey, ReviewStamp>>;
  closed?: ReviewStamp;
}

/** A register answer: done, or a mistake of the person's with a sentence saying what it was. */
export type RegisterOutcome<T> = ({ ok: true } & T) | { ok: false; code: string; message: string };

/** The rapid review register. Changes are the store's transactions; a broken store throws. */
export interface ReviewRegisterPort {
  start(input: {
    caseRef: string;
    received: string;
    kind: string;
    by: string;
    now: Date;
  }): Promise<RegisterOutcome<{ review: ReviewView; timeline: Milestone[] }>>;
  markDone(
    id: string,
    milestone: string,
    by: string,
    now: Date,
  ): Promise<RegisterOutcome<{ review: ReviewView; milestone: Milestone; alreadyDone: boolean }>>;
  setPublication(
    id: string,
    date: string,
  ): Promise<RegisterOutcome<{ review: ReviewView; timeline: Milestone[] }>>;
  close(id: string, by: string, now: Date): Promise<RegisterOutcome<{ review: ReviewView }>>;
  get(id: string): Promise<RegisterOutcome<{ review: ReviewView; timeline: Milestone[] }>>;
  list(filter: { open?: boolean }): Promise<readonly ReviewView[]>;
  timeline(review: ReviewView): Milestone[];
}

/**
 * A sentence that names a person or the panel channel: the channel fills `{who}` (a mention of
 * `who`) and `{channel}` (a link to the panel channel) in its own form, and `vars` as plain text.
 */
export interface Said {
  template: string;
  vars: Record<string, string | number>;
  who?: string;
}

/** Something shown to the whole panel: a review's timeline (with its Mark done buttons) or a sentence. */
export type Announcement =
  | { kind: "timeline"; review: ReviewView; timeline: Milestone[] }
  | { kind: "said"; said: Said };

export type PanelCheck = { ok: true; member: boolean } | { ok: false };

/** The Case Review Panel, as a chat channel. */
export interface PanelPort {
  /** Whether the person is on the panel; `ok: false` when the chat could not say. */
  isMember(userId: string): Promise<PanelCheck>;
  /** Shows the panel something; resolves false when the chat refused (e.g. the app is not in it). */
  announce(what: Announcement): Promise<boolean>;
}
