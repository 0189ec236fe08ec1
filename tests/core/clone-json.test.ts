import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cloneJson } from "../../src/core/assistant/clone-json.js";

describe("cloneJson", () => {
  it("copies deeply: changing the copy leaves the original as it was", () => {
    const session = {
      v: 1,
      flows: { levels: { answers: { indicators: { health: ["a", "b"] } }, seq: 3 } },
      lastPrompt: { buttons: [{ label: "Next", action: "levels:next", data: { t: "x.1" } }] },
    };
    const copy = cloneJson(session);
    expect(copy).toEqual(session);
    copy.flows.levels.answers.indicators.health.push("c");
    copy.lastPrompt.buttons[0]!.data.t = "changed";
    expect(session.flows.levels.answers.indicators.health).toEqual(["a", "b"]);
    expect(session.lastPrompt.buttons[0]!.data.t).toBe("x.1");
  });

  it("gives the same result as structuredClone for any JSON data", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(cloneJson(value)).toEqual(structuredClone(value));
      }),
    );
  });

  it("keeps a __proto__ key from client data as a plain property", () => {
    const value = JSON.parse('{"data":{"__proto__":{"polluted":true}}}');
    const copy = cloneJson(value);
    expect(Object.getPrototypeOf(copy.data)).toBe(Object.prototype);
    expect(Object.keys(copy.data)).toEqual(["__proto__"]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("still copies what is not plain JSON (a Date, a Map) faithfully", () => {
    const value = { at: new Date(0), seen: new Map([["k", 1]]) };
    const copy = cloneJson(value);
    expect(copy.at).toBeInstanceOf(Date);
    expect(copy.at).not.toBe(value.at);
    expect(copy.seen.get("k")).toBe(1);
  });
});
