import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // CLI tests spawn child processes; a slow, busy machine needs room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
