/**
 * SVG → PNG with sharp (librsvg). Used for the downloadable chart images.
 */
import sharp from 'sharp';

/** Density (DPI) at which an SVG is read by default: 1 SVG px = 1 image px. */
const BASE_DENSITY = 72;

/**
 * The width the root `<svg>` element declares in pixels (`width="960"`), or null when it gives
 * none or another unit. Reading it from the text saves sharp a first parse of the whole SVG.
 */
function declaredWidth(svg: string): number | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const m = root && /\swidth\s*=\s*["']\s*(\d+(?:\.\d+)?)(?:px)?\s*["']/.exec(root);
  return m ? Number(m[1]) : null;
}

/**
 * Renders an SVG (preferably a standalone one from renderStandaloneSvg, with concrete colours and
 * explicit width/height) to a PNG `width` pixels wide, keeping the aspect ratio. The SVG is
 * rasterised at the density that gives that width directly, so text stays sharp instead of being
 * scaled up from a small bitmap.
 */
export async function svgToPng(svg: string, width = 1200): Promise<Buffer> {
  if (!Number.isInteger(width) || width <= 0) throw new RangeError(`svgToPng: width must be a positive integer, got ${width}`);
  const input = Buffer.from(svg, 'utf8');
  const naturalWidth = declaredWidth(svg) ?? (await sharp(input).metadata()).width;
  const scale = naturalWidth && naturalWidth > 0 ? width / naturalWidth : 1;
  // librsvg accepts densities from 1 to 100000 DPI.
  const density = Math.min(100_000, Math.max(1, BASE_DENSITY * scale));
  return sharp(input, { density }).resize(width).png().toBuffer();
}
