/** A minimal static file server for dist/, for screenshots and browser tests (no dependencies). */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

/**
 * The headers that `_headers` (written by the build, see src/site/security.ts) gives every path,
 * so that pages here are served as on a host that reads the file: with the header policy too.
 */
function headersFor(dir: string): Record<string, string> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (m) headers[m[1]!.toLowerCase()] = m[2]!;
  }
  return headers;
}

export async function serveDist(dir: string): Promise<{ url: string; close: () => void }> {
  const common = headersFor(dir);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { ...common, 'content-type': TYPES['.html']! });
      createReadStream(join(dir, '404.html')).on('error', () => res.end('404')).pipe(res);
      return;
    }
    res.writeHead(200, { ...common, 'content-type': TYPES[extname(file)] ?? (file.endsWith('/dcat') ? 'application/rdf+xml' : 'application/octet-stream') });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
