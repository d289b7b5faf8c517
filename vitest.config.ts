/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets tests import .astro components and render them with Astro's container API.
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Dates in snapshots and messages must not depend on the machine.
    env: { TZ: 'Europe/Stockholm' },
    testTimeout: 20_000,
    // The test files share one module graph per worker: no test mocks modules, and re-importing
    // zod, yaml and d3 for every file was over half of the unit tests' time.
    isolate: false,
    hookTimeout: 240_000,
  },
});
