/**
 * The Nu HTML Checker (vnu-jar, the W3C validator), run on built pages. It is a Java program:
 * vnu-jar finds a Java 11 or later on the machine, or fetches a Java runtime once into
 * node_modules/.cache when there is none (which needs the network).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Every error the checker finds in the files (warnings and information left out). */
export async function htmlErrors(files: readonly string[]): Promise<VnuMessage[]> {
  const { resolveJava } = require('vnu-jar/vnu-java-downloader.js') as { resolveJava: () => Promise<string> };
  const jar = String(require('vnu-jar'));
  const java = await resolveJava();
  // C1-only compilation starts the checker in a third of the time; it then needs a larger stack.
  const args = ['-Xss2m', '-XX:TieredStopAtLevel=1', '-jar', jar, '--errors-only', '--no-langdetect', '--format', 'json', ...files];
  const output = await new Promise<string>((resolve, reject) =>
    // The checker exits with 1 when it finds errors, and writes its report to stderr either way.
    execFile(java, args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => (stderr.trim().startsWith('{') ? resolve(stderr) : reject(error ?? new Error(stderr)))),
  );
  return (JSON.parse(output) as { messages: VnuMessage[] }).messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
}
