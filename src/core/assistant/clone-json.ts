/**
 * A deep copy of JSON-shaped data (plain objects, arrays, strings, numbers, booleans, null).
 * Sessions and flow states are JSON-safe by design and are copied on every turn, so that a turn
 * that fails half way leaves the stored one as it was; structuredClone did that through V8's
 * serializer at several times the cost, which showed in every turn's latency. Anything that is
 * not plain JSON data (a Date, a Map) is still copied faithfully, by structuredClone.
 */
export function cloneJson<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i]);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = copy((value as Record<string, unknown>)[key]);
    // A "__proto__" key (possible in data sent by a client) must stay a plain property.
    if (key === "__proto__") {
      Object.defineProperty(out, key, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else out[key] = v;
  }
  return out;
}
