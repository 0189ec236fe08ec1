import type http from "node:http";
import type { Json } from "./render-activity.js";

/** JSON in and out of the terminal's connector endpoint, where the bot sends its replies. */

const MAX_BODY_BYTES = 1024 * 1024;

export function readJson(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  handle: (body: unknown) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  req.on("data", (c: Buffer) => {
    size += c.length;
    if (size > MAX_BODY_BYTES) tooBig = true;
    else chunks.push(c);
  });
  req.on("end", () => {
    if (tooBig) {
      sendJson(res, 413, { error: { code: "TooLarge", message: "Activity too large." } });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      sendJson(res, 400, { error: { code: "BadArgument", message: "Body is not JSON." } });
      return;
    }
    handle(body);
  });
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

export function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
