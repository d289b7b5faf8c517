/**
 * Chart PNGs by content: each image is rendered at most once per build, and kept between builds in
 * a folder of files named by a hash of everything that decides its pixels. Rendering an SVG with
 * text (librsvg, through sharp) costs tens of milliseconds of CPU per chart, which for a thousand
 * indicators was most of the build; between two builds usually only a few charts change.
 *
 * The key is the SVG's text, the width, the platform, the versions of every library in sharp's
 * rendering chain (librsvg, cairo, pango, harfbuzz, freetype, fontconfig, libpng, zlib …) and a
 * fingerprint of the installed fonts and font settings (the files under the usual font folders
 * and /etc/fonts, FONTCONFIG_FILE and FONTCONFIG_PATH). A file is only ever read back for exactly
 * that input, so an old or foreign cache can make a build faster but never different; a clean
 * build simply renders everything. Files are written whole (to a temporary name, then renamed)
 * and checked to be a complete PNG when read, so an interrupted build leaves nothing a later build
 * would trust.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { svgToPng } from '../lib/png.ts';

// libvips keeps the results of recent operations (up to 50 MB of rendered images) in case they
// are asked for again; each chart is rendered once, so that memory would only raise a build's peak.
sharp.cache(false);
// One libvips thread per picture: pictures render side by side (one per core), and every extra
// thread keeps memory of its own to the end of the build (a clean bench build's main process held
// about 50 MB less for the rest of the build, at about the same speed).
sharp.concurrency(1);

/** Bump when the way images are made changes in a way the other parts of the key do not show. */
const FORMAT = 1;

/** The download width of chart PNGs, in pixels. */
export const CHART_PNG_WIDTH = 1200;

export interface PngCache {
  /** The PNG of `svg`: from this build's memory, from the cache folder, or rendered. */
  png(svg: string): Promise<Uint8Array>;
  /**
   * Renders in the background the pictures the cache folder does not have, a few at a time (one
   * per CPU core but one), so that they are ready when the build asks for them. Each SVG is made
   * only when a renderer is free to take it; more can be added while earlier ones render.
   */
  prefetch(svgs: Iterable<() => string>): void;
  /**
   * From now on renders on every core: the pages are written, and the main thread only waits for
   * the pictures (a clean build's last phase). One picture per core, as before, holds memory.
   */
  renderOnAllCores(): void;
  /** What happened so far: images rendered, and images read from the cache folder. */
  stats(): { rendered: number; cached: number };
  /** Deletes the cached files that no `png` call asked for (after a build: they are out of date). */
  prune(): number;
}

export interface PngCacheOptions {
  /** The cache folder; null keeps images in memory only. */
  dir: string | null;
  /** Renders an SVG (default: svgToPng at CHART_PNG_WIDTH). Tests pass their own. */
  render?: (svg: string) => Promise<Uint8Array>;
  /** Everything besides the SVG that decides the pixels (default: rendererKey()). */
  key?: string;
  /**
   * How many pictures render at once (default: one less than the number of CPU cores, at least
   * one). 0 holds the background until `renderOnAllCores`; a picture asked for still renders.
   */
  parallel?: number;
  /** How many once `renderOnAllCores` is called (default: the number of CPU cores). */
  allCores?: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A PNG ends with an empty IEND chunk: length 0, type "IEND", its CRC. */
const PNG_END = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/** Whether `b` starts and ends like a PNG: a file cut short by an interrupted write does not. */
export function isCompletePng(b: Uint8Array): boolean {
  if (b.length < PNG_SIGNATURE.length + PNG_END.length) return false;
  return PNG_SIGNATURE.every((x, i) => b[i] === x) && PNG_END.every((x, i) => b[b.length - PNG_END.length + i] === x);
}

/** Where fontconfig (Linux), macOS and Windows keep fonts and font settings. */
function fontDirs(): string[] {
  const home = homedir();
  return [
    '/etc/fonts',
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(home, '.fonts'),
    join(home, '.local', 'share', 'fonts'),
    join(home, '.config', 'fontconfig'),
    '/Library/Fonts',
    '/System/Library/Fonts',
    join(home, 'Library', 'Fonts'),
    ...(process.env.WINDIR ? [join(process.env.WINDIR, 'Fonts')] : []),
  ];
}

/** Path, size and time of every file under the font folders: a font added or changed shows. */
function fontFingerprint(): string {
  const hash = createHash('sha256');
  for (const dir of fontDirs()) {
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        const s = statSync(join(dir, name));
        if (s.isFile()) hash.update(`${dir}/${name}\0${s.size}\0${s.mtimeMs}\n`);
      } catch {
        // Gone between listing and reading, or unreadable: it cannot be used for rendering either.
      }
    }
  }
  return hash.digest('hex');
}

let renderer: string | null = null;

/** Everything besides the SVG that decides the pixels of a chart PNG on this machine. */
export function rendererKey(): string {
  return (renderer ??= JSON.stringify({
    format: FORMAT,
    width: CHART_PNG_WIDTH,
    platform: `${process.platform}-${process.arch}`,
    libraries: sharp.versions,
    fonts: fontFingerprint(),
    fontconfig: { file: process.env.FONTCONFIG_FILE ?? null, path: process.env.FONTCONFIG_PATH ?? null },
  }));
}

export function pngCache(options: PngCacheOptions): PngCache {
  const { dir } = options;
  const render = options.render ?? ((svg: string) => svgToPng(svg, CHART_PNG_WIDTH));
  const key = options.key ?? rendererKey();
  // One core stays with the main thread, which renders every page; a build holds the background
  // (parallel 0) until the pages are written, then renderOnAllCores lets it use every core.
  let parallel = options.parallel ?? Math.max(1, availableParallelism() - 1);
  let rendered = 0;
  let cached = 0;
  let madeDir = false;

  const fileOf = (hash: string) => join(dir!, `${hash}.png`);

  // At most `parallel` renderings, whoever asked: more would not finish sooner, and each thread
  // that renders keeps its own memory. A page waiting for its image goes before the background.
  let rendering = 0;
  const waiting: (() => void)[] = [];
  async function withRenderer<T>(urgent: boolean, job: () => Promise<T>): Promise<T> {
    // A picture someone waits for always gets a renderer, even while the background is held.
    if (rendering < (urgent ? Math.max(1, parallel) : parallel)) rendering++;
    else await new Promise<void>((go) => (urgent ? waiting.unshift(go) : waiting.push(go)));
    try {
      return await job();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else rendering--;
    }
  }

  const hashOf = (svg: string) => createHash('sha256').update(key).update('\0').update(svg).digest('hex');

  /** The cached picture for `hash`, when there is a whole one. Read at once: it is small, and local. */
  function cachedFile(hash: string): Uint8Array | null {
    if (!dir) return null;
    try {
      const b = readFileSync(fileOf(hash));
      return isCompletePng(b) ? b : null;
    } catch {
      return null;
    }
  }

  async function renderAndKeep(hash: string, svg: string, urgent: boolean): Promise<Uint8Array> {
    const png = await withRenderer(urgent, () => render(svg));
    rendered++;
    if (dir) {
      try {
        if (!madeDir) {
          mkdirSync(dir, { recursive: true });
          madeDir = true;
        }
        const temp = `${fileOf(hash)}.${process.pid}.tmp`;
        writeFileSync(temp, png);
        renameSync(temp, fileOf(hash));
      } catch {
        // A cache that cannot be written only makes the next build slower.
      }
    }
    return png;
  }

  /**
   * By SVG (the chart files are made once per load, so the same string comes back): a picture
   * being rendered in the background that no one has asked for yet, or null once it was taken.
   * A build asks for each picture once, so it is let go then: a thousand PNGs held to the end of
   * the build would only add to its peak memory.
   */
  const images = new Map<string, Promise<Uint8Array> | null>();
  /** The hashes this build asked for or prefetched: what prune keeps. */
  const used = new Set<string>();

  // The background: SVGs waiting to be made, and how many are being rendered now. A picture that
  // is in the cache is left there until it is asked for; only the missing ones are rendered.
  const queue: (() => string)[] = [];
  let pulling = 0;
  const done = () => {
    pulling--;
    pump();
  };
  function pump(): void {
    while (pulling < parallel && queue.length > 0) {
      const make = queue.shift()!;
      let svg: string;
      try {
        svg = make();
      } catch {
        continue; // the page that asks for this picture makes the SVG again and reports the error there
      }
      if (images.has(svg)) continue;
      const hash = hashOf(svg);
      used.add(hash);
      if (dir && existsSync(fileOf(hash))) continue;
      const p = renderAndKeep(hash, svg, false);
      images.set(svg, p);
      pulling++;
      // A failed rendering is reported where the picture is asked for; here it only must not stop the queue.
      p.then(done, done);
    }
  }

  function png(svg: string): Promise<Uint8Array> {
    const p = images.get(svg);
    images.set(svg, null);
    if (p) return p;
    const hash = hashOf(svg);
    used.add(hash);
    const file = cachedFile(hash);
    if (file) {
      cached++;
      return Promise.resolve(file);
    }
    return renderAndKeep(hash, svg, true);
  }

  return {
    png,
    prefetch(svgs) {
      for (const svg of svgs) queue.push(svg);
      pump();
    },
    renderOnAllCores() {
      parallel = Math.max(parallel, options.allCores ?? availableParallelism());
      while (rendering < parallel && waiting.length > 0) {
        rendering++;
        waiting.shift()!();
      }
      pump();
    },
    stats: () => ({ rendered, cached }),
    prune() {
      if (!dir) return 0;
      const keep = new Set([...used].map((h) => `${h}.png`));
      let removed = 0;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return 0; // nothing was ever written
      }
      for (const name of names) {
        if (keep.has(name)) continue;
        rmSync(join(dir, name), { force: true });
        removed++;
      }
      return removed;
    },
  };
}
