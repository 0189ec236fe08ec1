import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import path from "node:path";
import { until } from "./until.js";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * The real entry point as `npm start` runs it (`node dist/main.js`, built by the tests' global
 * setup when the sources are newer), in its own process.
 */
export class MainProcess {
  private out = "";
  readonly exit: Promise<number | null>;
  /** The signal that ended it, if one did. */
  signal: NodeJS.Signals | null = null;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on("data", (d) => {
      this.out += d;
    });
    child.stderr?.on("data", (d) => {
      this.out += d;
    });
    // "close", not "exit": it comes once stdout and stderr are read to the end, so what the
    // process wrote just before it ended (or was killed) is in output() when this resolves.
    this.exit = new Promise((resolve) =>
      child.on("close", (code, signal) => {
        this.signal = signal;
        resolve(code);
      }),
    );
  }

  static start(
    env: Record<string, string>,
    options: Pick<SpawnOptions, "uid" | "gid"> = {},
  ): MainProcess {
    return MainProcess.spawn(process.execPath, ["dist/main.js"], env, options);
  }

  /** As `npm start` runs it: npm builds dist/ if it is stale, then execs node dist/main.js. */
  static npmStart(env: Record<string, string>): MainProcess {
    return MainProcess.spawn("npm", ["start", "--silent"], env);
  }

  /** A clean environment (PATH and HOME from ours), logging at info, on a free port. */
  private static spawn(
    command: string,
    args: string[],
    env: Record<string, string>,
    options: Pick<SpawnOptions, "uid" | "gid"> = {},
  ): MainProcess {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "/tmp",
        LOG_LEVEL: "info",
        PORT: "0",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      ...options,
    });
    return new MainProcess(child);
  }

  /** Everything it wrote to stdout and stderr so far. */
  output(): string {
    return this.out;
  }

  /** JSON log lines it wrote so far. */
  logLines(): Record<string, unknown>[] {
    return this.out
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  /** Resolves with its base URL once it says it is listening; rejects if it exits first. */
  async listening(ms = 20_000): Promise<string> {
    let exited = false;
    void this.exit.then(() => {
      exited = true;
    });
    const url = () => /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(this.out)?.[1];
    await until(() => exited || url() !== undefined, ms, "the assistant to say it is listening");
    const found = url();
    if (!found) throw new Error(`exited before listening:\n${this.out}`);
    return found;
  }

  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<number | null> {
    this.child.kill(signal);
    return this.exit;
  }
}
