import { defineConfig } from "vitest/config";

// `npm test` runs every behaviour test; the long fuzz and property runs (tests/fuzz) run with
// `npm run test:fuzz`, which CI runs after it, so the suite people run every day stays quick.
const fuzz = process.env.VITEST_FUZZ === "1";

export default defineConfig({
  test: {
    include: fuzz ? ["tests/fuzz/**/*.test.ts"] : ["tests/**/*.test.ts"],
    exclude: fuzz ? [] : ["tests/fuzz/**", "**/node_modules/**"],
    // Server tests bind ephemeral ports; keep files isolated but not too parallel on 2 cores.
    pool: "forks",
    // Tests that start the assistant as a process run the build, as npm start does; and one
    // real PostgreSQL server on loopback for the run (each test makes its own database).
    globalSetup: ["tests/support/build-dist.ts", "tests/store/support/postgres-global-setup.ts"],
    testTimeout: 20_000,
  },
});
