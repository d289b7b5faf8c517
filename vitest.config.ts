import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Dates in snapshots and messages must not depend on the machine.
    env: { TZ: 'Europe/Stockholm' },
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
