import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Server tests bind ephemeral ports; keep files isolated but not too parallel on 2 cores.
    pool: "forks",
    testTimeout: 20_000,
  },
});
