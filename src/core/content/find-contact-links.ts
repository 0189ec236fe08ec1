/**
 * Phone numbers and email addresses in what the assistant says, found so each channel can make
 * them tappable (a `tel:` or `mailto:` link) and keep them whole on a narrow screen. A number is
 * always shown in full, area code and all, with a non-breaking space between its groups, so
 * "01908 253169" never wraps as "01908 / 253169".
 */

export type TextPart =
  | { kind: "text"; text: string }
  /** `text` is how to show it (no break inside), `href` the link to open. */
  | { kind: "phone" | "email"; text: string; href: string };

const NBSP = "\u00a0";

// UK numbers as the content writes them (01908 253169, 0300 123 4567, 01908253169), and 999 on
// its own. Emails: the plain shape, enough for the addresses our content holds.
const CONTACT =
  /(?<![\w@.+-])(?:(0\d{4} ?\d{6}|0\d{3} ?\d{3} ?\d{4}|0\d{2} ?\d{4} ?\d{4})|(999)|([\w.+-]+@[\w-]+(?:\.[\w-]+)+))(?![\w@])/g;

/** Splits text into plain parts and contact parts; text without contacts is one plain part. */
export function findContactLinks(text: string): TextPart[] {
  // Every number and address has a digit or an @: most of what the assistant says has neither.
  if (!/[\d@]/.test(text)) return text === "" ? [] : [{ kind: "text", text }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(CONTACT)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ kind: "text", text: text.slice(last, at) });
    const [whole, phone, emergency, email] = m;
    if (phone) parts.push(phonePart(phone));
    else if (emergency) parts.push({ kind: "phone", text: "999", href: "tel:999" });
    else if (email) parts.push({ kind: "email", text: email, href: `mailto:${email}` });
    last = at + whole.length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** A UK number kept whole: its groups joined by non-breaking spaces, its link digits only. */
function phonePart(number: string): TextPart {
  const digits = number.replace(/\s/g, "");
  const groups =
    digits.length === 11 && digits.startsWith("03")
      ? [digits.slice(0, 4), digits.slice(4, 7), digits.slice(7)]
      : [digits.slice(0, 5), digits.slice(5)];
  return { kind: "phone", text: groups.join(NBSP), href: `tel:${digits}` };
}

/** The text with every number kept whole (no links): for places that cannot hold links. */
export function keepNumbersWhole(text: string): string {
  return findContactLinks(text)
    .map((p) => p.text)
    .join("");
}
