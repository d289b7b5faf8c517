/**
 * Chart PNGs rendered in a child process, for a build. Rendering with sharp leaves its threads'
 * memory with the process that rendered, to the end of the build: in the main process a clean
 * build of a thousand indicators then kept 100-150 MB more than a build with the cache while it
 * read the site back and indexed it, and went over 1 GB. A child's memory goes when it ends.
 *
 * The child starts with the first picture and ends on `close` (or when this process ends); if it
 * dies, every picture it had is refused with the reason, so the build stops with a message
 * instead of waiting.
 */
import { fork, type ChildProcess } from 'node:child_process';

export interface PngProcess {
  render(svg: string): Promise<Uint8Array>;
  /** Ends the child; a later `render` starts another. */
  close(): void;
  /** The running child's process id, or null (for tests). */
  pid(): number | null;
}

interface Child {
  process: ChildProcess;
  /** The pictures this child was asked for and has not answered, by id. */
  pending: Map<number, { resolve: (png: Uint8Array) => void; reject: (e: Error) => void }>;
}

export function pngProcess(width: number): PngProcess {
  let child: Child | null = null;
  let nextId = 0;

  function start(): Child {
    const c: Child = {
      process: fork(new URL('./png-process-child.ts', import.meta.url), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
      pending: new Map(),
    };
    c.process.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
      const p = c.pending.get(m.id);
      if (!p) return;
      c.pending.delete(m.id);
      if (m.png) p.resolve(new Uint8Array(m.png.buffer, m.png.byteOffset, m.png.byteLength));
      else p.reject(new Error(`Diagrambilden kunde inte ritas: ${m.error}`));
      // Nothing left to wait for: an idle child must not keep the build's process alive.
      if (c.pending.size === 0) c.process.channel?.unref();
    });
    const fail = (why: string) => {
      if (child === c) child = null;
      for (const p of c.pending.values()) p.reject(new Error(`Diagrambilderna kunde inte ritas: ${why}`));
      c.pending.clear();
    };
    c.process.on('error', (e) => fail(e.message));
    c.process.on('exit', (code, signal) => fail(`ritprocessen avslutades (${signal ?? `kod ${code}`})`));
    // The channel closes as soon as the child dies or is let go, and it is what keeps this process
    // alive while pictures are awaited: without this, a build could end (with exit code 0) before
    // 'exit' told anyone, its downloads half written.
    c.process.on('disconnect', () => fail('ritprocessen kopplades bort'));
    c.process.unref();
    return c;
  }

  return {
    render(svg) {
      const c = (child ??= start());
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        c.pending.set(id, { resolve, reject });
        // While a picture is awaited, the channel keeps this process alive to receive it.
        c.process.channel?.ref();
        c.process.send({ id, svg, width }, (e) => {
          if (!e) return;
          c.pending.delete(id);
          reject(new Error(`Diagrambilden kunde inte skickas till ritprocessen: ${e.message}`));
        });
      });
    },
    pid: () => child?.process.pid ?? null,
    close() {
      const c = child;
      child = null;
      if (c?.process.connected) c.process.disconnect();
    },
  };
}
