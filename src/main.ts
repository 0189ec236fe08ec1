import { createRequire } from "node:module";
import { unsupportedNodeMessage } from "./check-node-version.js";

// Only Node's own modules and the version check load before this line: everything else is
// imported after it, so an unsupported Node is told so instead of failing inside a library.
const { engines } = createRequire(import.meta.url)("../package.json") as {
  engines: { node: string };
};
const refusal = unsupportedNodeMessage(process.version, engines.node);
if (refusal) {
  process.stderr.write(`${refusal}\n`);
  process.exit(1);
}
await import("./run-service.js");
