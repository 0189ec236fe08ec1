import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import path from "node:path";

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
    this.exit = new Promise((resolve) =>
      child.on("exit", (code, signal) => {
        this.signal = signal;
        resolve(code);
      }),
    );
  }

  static start(
    env: Record<string, string>,
    options: Pick<SpawnOptions, "uid" | "gid"> = {},
  ): MainProcess {
    const child = spawn(process.execPath, ["dist/main.js"], {
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
  listening(ms = 20_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const deadline = Date.now() + ms;
      const timer = setInterval(() => {
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(this.out);
        if (m?.[1]) {
          clearInterval(timer);
          resolve(m[1]);
        } else if (Date.now() > deadline) {
          clearInterval(timer);
          reject(new Error(`did not start in time:\n${this.out}`));
        }
      }, 25);
      void this.exit.then(() => {
        clearInterval(timer);
        reject(new Error(`exited before listening:\n${this.out}`));
      });
    });
  }

  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<number | null> {
    this.child.kill(signal);
    return this.exit;
  }
}
