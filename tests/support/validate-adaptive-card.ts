import { createRequire } from "node:module";

interface AdaptiveCardsModule {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: { message: string }[] };
  };
  SerializationContext: new () => {
    eventCount: number;
    getEventAt(i: number): { message: string };
  };
}

// In plain Node the minified bundle loads without a DOM (see STACK-NOTES).
const AC = createRequire(import.meta.url)(
  "adaptivecards/dist/adaptivecards.min.js",
) as AdaptiveCardsModule;

/** Parses a card with the official Adaptive Cards library; returns every problem it reports. */
export function validateAdaptiveCard(card: unknown): string[] {
  const problems: string[] = [];
  const ctx = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, ctx);
  for (let i = 0; i < ctx.eventCount; i++) problems.push(ctx.getEventAt(i).message);
  for (const e of parsed.validateProperties().validationEvents) problems.push(e.message);
  // The library accepts a TextBlock without text; Teams shows nothing for it, so catch it here.
  const walk = (el: unknown) => {
    if (!el || typeof el !== "object") return;
    const o = el as Record<string, unknown>;
    if (o.type === "TextBlock" && (typeof o.text !== "string" || o.text.trim() === "")) {
      problems.push("TextBlock without text");
    }
    for (const v of Object.values(o)) if (Array.isArray(v)) v.forEach(walk);
  };
  walk(card);
  return problems;
}
