/**
 * A local stand-in for Kolada's API on 127.0.0.1: each request path (with its query) answers with
 * its scripted answers in turn, the last one again for every later request, and 404 for any other
 * path. Answers are the recorded ones in tests/fixtures/kolada/, with `{{base}}` replaced by the
 * server's address. No test reaches the internet.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const RECORDED = join(import.meta.dirname, '..', 'fixtures', 'kolada');

/** A recorded answer's text. */
export const recorded = (name: string) => readFileSync(join(RECORDED, name), 'utf8');

export interface Answer {
  status?: number;
  /** A recorded file's name (`data-page-1.json`) or a text. */
  file?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Milliseconds before the answer is sent (for timeouts). */
  delayMs?: number;
}

export interface KoladaServer {
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  close: () => Promise<void>;
}

/** The usual answers for N15428 in the valid fixture: the key figure, and its data on two pages. */
export const N15428_ROUTES: Record<string, Answer | Answer[]> = {
  '/v3/kpi/N15428': { file: 'kpi-N15428.json' },
  '/v3/data/kpi/N15428/municipality/0999,0000,0006': { file: 'data-page-1.json' },
  '/v3/data/kpi/N15428/municipality/0999,0000,0006?page=2&per_page=4': { file: 'data-page-2.json' },
};

export async function koladaServer(routes: Record<string, Answer | Answer[]>): Promise<KoladaServer> {
  const requests: string[] = [];
  const asked = new Map<string, number>();
  let base = '';
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const scripted = routes[path];
    const list = scripted === undefined ? [{ status: 404, body: '{"error":"not found"}' }] : Array.isArray(scripted) ? scripted : [scripted];
    const n = asked.get(path) ?? 0;
    asked.set(path, n + 1);
    const answer = list[Math.min(n, list.length - 1)]!;
    const body = (answer.file ? recorded(answer.file) : (answer.body ?? '')).replaceAll('{{base}}', base);
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
      res.end(body);
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
