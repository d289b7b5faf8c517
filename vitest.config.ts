/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets tests import .astro components and render them with Astro's container API.
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Dates in snapshots and messages must not depend on the machine.
    env: { TZ: 'Europe/Stockholm' },
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
