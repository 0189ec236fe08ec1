import { quoteTyped } from "./quote-typed.js";

/**
 * Fills {name} placeholders in a sentence from knowledge/. An unknown placeholder is left visible
 * so an editor notices it. Values may be what someone typed (a date, an id), so they cannot form
 * a link (quoteTyped).
 */
export function fillTemplate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? quoteTyped(String(vars[name])) : whole,
  );
}
