/**
 * `npm run check` (see scripts/check-cli.ts for what it does). Node keeps the compiled code of
 * the check's modules in its compile cache, as `astro` does, so that every check after the first
 * starts about a third of a second sooner; the check itself is loaded after that is switched on.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./check-cli.ts');
