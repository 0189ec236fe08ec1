import { existsSync } from "node:fs";
import { startAssistant } from "./app.js";
import { ConfigError } from "./config.js";
import { ContentError } from "./core/content/load-data-file.js";
import { StoreError } from "./store/json-store.js";

/** The operator's messages go straight to stderr: once running, console.error is the log's. */
const say = (text: string) => process.stderr.write(`${text}\n`);

// A local .env is read if present, so `npm start` works with or without one.
if (existsSync(".env")) process.loadEnvFile(".env");

try {
  const running = await startAssistant({ env: process.env });
  // Ready to stop cleanly before anyone is told we are listening (a test stops us at once).
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.log.info({ event: "stopping", signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await running.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  watchParent(() => void stop("parent-exited"));
  say(
    `\nMilton Keynes safeguarding assistant is listening on ${running.url}\n` +
      `  Bot Framework endpoint: ${running.url}/api/messages\n` +
      `  Health:                 ${running.url}/healthz\n` +
      (running.config.localMode
        ? `  Local mode: no Microsoft credentials, loopback only. Try it with: npm run chat\n`
        : ""),
  );
} catch (err) {
  if (err instanceof ConfigError || err instanceof ContentError || err instanceof StoreError) {
    say(err.message);
  } else if ((err as NodeJS.ErrnoException).code === "EADDRINUSE") {
    const { port, address } = err as { port?: number; address?: string };
    say(
      `Port ${port ?? "(unknown)"} on ${address ?? "this machine"} is already in use (another copy of the assistant?). Stop the other process or set PORT to a free port.`,
    );
  } else {
    say(`The assistant could not start: ${(err as Error).message}`);
  }
  process.exit(1);
}

/**
 * Started by `npm start`, the assistant is npm's child. npm passes SIGINT and SIGTERM on, but if
 * npm itself is killed outright the assistant would be left holding the port with nobody to stop
 * it: when the process that started us goes (our parent changes), we stop too.
 */
function watchParent(onGone: () => void): void {
  if (!process.env.npm_lifecycle_event) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onGone();
    }
  }, 1000);
  timer.unref();
}
