import { defineConfig } from "vitest/config";

// `npm test` runs every behaviour test; the long runs (fuzz and property tests in tests/fuzz, the
// larger evaluation sets in tests/long) run with `npm run test:fuzz`, which CI runs after it, so
// the suite people run every day stays quick.
const fuzz = process.env.VITEST_FUZZ === "1";

export default defineConfig({
  test: {
    include: fuzz ? ["tests/fuzz/**/*.test.ts", "tests/long/**/*.test.ts"] : ["tests/**/*.test.ts"],
    exclude: fuzz ? [] : ["tests/fuzz/**", "tests/long/**", "**/node_modules/**"],
    // Files share their worker's modules rather than importing the assistant afresh each: most
    // of the suite's time was imports. What a file changes globally is reset for the next
    // (nock, by the setup file; each test closes its servers and puts back timers it faked).
    pool: "forks",
    isolate: false,
    // Vitest's default is one worker fewer than the cores: one, here. Much of the suite waits on
    // child processes and sockets, so two workers on two cores finish in about half the time.
    maxWorkers: 2,
    setupFiles: ["tests/support/nock-per-file.ts"],
    // Tests that start the assistant as a process run the build, as npm start does; and one
    // real PostgreSQL server on loopback for the run (each test makes its own database).
    globalSetup: ["tests/support/build-dist.ts", "tests/store/support/postgres-global-setup.ts"],
    testTimeout: 20_000,
  },
});
