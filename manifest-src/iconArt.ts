// Draws the app's mark procedurally: a speech bubble with a person in it, answered by a smaller bubble.
//
// Shapes are signed distance functions in a unit square; each pixel is supersampled, so every size
// (16 px ribbon to 192 px Teams tile) is drawn from the same geometry with clean anti-aliased edges.
import { manifestSource } from "../scripts/manifestSource";
import type { RgbaImage } from "./png";

/** How the mark is painted. */
export type IconStyle =
  /** Brand bubble on a transparent background: Outlook ribbon and add-in list icons. */
  | "mark"
  /** White mark on a full-bleed brand tile: the Teams/Microsoft 365 colour icon. */
  | "tile"
  /** White on transparent only: the Teams outline icon. */
  | "outline";

type Point = readonly [number, number];
type Sdf = (x: number, y: number) => number;
type Rgb = readonly [number, number, number];

const WHITE: Rgb = [255, 255, 255];

function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function roundRect(x0: number, y0: number, x1: number, y1: number, r: number): Sdf {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function circle(cx: number, cy: number, r: number): Sdf {
  return (x, y) => Math.hypot(x - cx, y - cy) - r;
}

/** Inside test for an ellipse expressed as a (non-exact) distance: fine for filling, not for dilating. */
function ellipse(cx: number, cy: number, rx: number, ry: number): Sdf {
  const r = Math.min(rx, ry);
  return (x, y) => (Math.hypot((x - cx) / rx, (y - cy) / ry) - 1) * r;
}

/** Exact signed distance to a triangle (negative inside). */
function triangle(a: Point, b: Point, c: Point): Sdf {
  const edges: [Point, Point][] = [
    [a, b],
    [b, c],
    [c, a],
  ];
  // Sign of the triangle's area: a point is inside when it is on that side of every edge.
  const orientation = Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  return (x, y) => {
    let minDist = Infinity;
    let inside = 1;
    for (const [p, q] of edges) {
      const ex = q[0] - p[0];
      const ey = q[1] - p[1];
      const vx = x - p[0];
      const vy = y - p[1];
      const t = Math.max(0, Math.min(1, (vx * ex + vy * ey) / (ex * ex + ey * ey)));
      minDist = Math.min(minDist, Math.hypot(vx - ex * t, vy - ey * t));
      if (orientation * (ex * vy - ey * vx) < 0) inside = -1;
    }
    return inside === 1 ? -minDist : minDist;
  };
}

const union =
  (...shapes: Sdf[]): Sdf =>
  (x, y) => {
    let d = Infinity;
    for (const shape of shapes) d = Math.min(d, shape(x, y));
    return d;
  };

const clipBelow =
  (shape: Sdf, maxY: number): Sdf =>
  (x, y) =>
    Math.max(shape(x, y), y - maxY);

// The geometry, in a unit square (y grows downwards).
const bigBubble = union(
  roundRect(0.04, 0.08, 0.76, 0.68, 0.17),
  triangle([0.12, 0.6], [0.34, 0.64], [0.06, 0.88]),
);
const head = circle(0.4, 0.3, 0.1);
const shoulders = clipBelow(ellipse(0.4, 0.64, 0.2, 0.16), 0.58);
const smallBubble = union(
  roundRect(0.5, 0.46, 0.96, 0.82, 0.13),
  triangle([0.76, 0.78], [0.92, 0.74], [0.95, 0.97]),
);
const dots = union(circle(0.62, 0.64, 0.035), circle(0.73, 0.64, 0.035), circle(0.84, 0.64, 0.035));
/** Space kept clear around the small bubble so the two bubbles read as separate voices. */
const GAP = 0.05;

type Layer = { shape: Sdf; paint: Rgb | "erase"; grow?: number };

function layersFor(style: IconStyle, pixelSize: number): Layer[] {
  const brand = hexToRgb(manifestSource.brandColor);
  const accent = hexToRgb(manifestSource.accentColor);
  // Below ~48 px the dots turn to mush; the two bubbles alone carry the idea.
  const withDots = pixelSize >= 48;
  switch (style) {
    case "mark":
      return [
        { shape: bigBubble, paint: brand },
        { shape: head, paint: WHITE },
        { shape: shoulders, paint: WHITE },
        { shape: smallBubble, paint: "erase", grow: GAP },
        { shape: smallBubble, paint: accent },
        ...(withDots ? [{ shape: dots, paint: brand } as Layer] : []),
      ];
    case "tile":
      return [
        { shape: bigBubble, paint: WHITE },
        { shape: head, paint: brand },
        { shape: shoulders, paint: brand },
        { shape: smallBubble, paint: brand, grow: GAP },
        { shape: smallBubble, paint: accent },
        ...(withDots ? [{ shape: dots, paint: brand } as Layer] : []),
      ];
    case "outline":
      return [
        { shape: bigBubble, paint: WHITE },
        { shape: head, paint: "erase" },
        { shape: shoulders, paint: "erase" },
        { shape: smallBubble, paint: "erase", grow: GAP },
        { shape: smallBubble, paint: WHITE },
        ...(withDots ? [{ shape: dots, paint: "erase" } as Layer] : []),
      ];
  }
}

/** Renders the mark at `size` × `size` pixels in the given style. Deterministic. */
export function renderIcon(size: number, style: IconStyle): RgbaImage {
  // The tile keeps the mark inside Teams' safe area (the tile corners are rounded by the host).
  const margin = style === "tile" ? 0.17 : 0.02;
  const glyphSize = size * (1 - 2 * margin);
  const layers = layersFor(style, glyphSize);
  const samples = size <= 32 ? 8 : 4;
  // Premultiplied RGBA in floats while compositing.
  const acc = new Float64Array(size * size * 4);
  if (style === "tile") {
    const brand = hexToRgb(manifestSource.brandColor);
    for (let i = 0; i < size * size; i++) acc.set([brand[0], brand[1], brand[2], 1], i * 4);
  }

  const toGlyph = (pixel: number) => (pixel / size - margin) / (1 - 2 * margin);
  // A pixel whose centre is further than half its diagonal from an edge is wholly in or out:
  // only edge pixels are supersampled (the distances are exact or underestimates, so this is safe).
  const halfDiagonal = Math.SQRT1_2 / glyphSize;
  for (const layer of layers) {
    const grow = layer.grow ?? 0;
    for (let py = 0; py < size; py++) {
      for (let px = 0; px < size; px++) {
        const centre = layer.shape(toGlyph(px + 0.5), toGlyph(py + 0.5)) - grow;
        let a: number;
        if (centre > halfDiagonal) continue;
        if (centre < -halfDiagonal) a = 1;
        else {
          let inside = 0;
          for (let sy = 0; sy < samples; sy++) {
            for (let sx = 0; sx < samples; sx++) {
              const d = layer.shape(
                toGlyph(px + (sx + 0.5) / samples),
                toGlyph(py + (sy + 0.5) / samples),
              );
              if (d <= grow) inside++;
            }
          }
          if (inside === 0) continue;
          a = inside / (samples * samples);
        }
        const i = (py * size + px) * 4;
        const keep = 1 - a;
        if (layer.paint === "erase") {
          for (let k = 0; k < 4; k++) acc[i + k] = (acc[i + k] ?? 0) * keep;
        } else {
          const [r, g, b] = layer.paint;
          acc[i] = r * a + (acc[i] ?? 0) * keep;
          acc[i + 1] = g * a + (acc[i + 1] ?? 0) * keep;
          acc[i + 2] = b * a + (acc[i + 2] ?? 0) * keep;
          acc[i + 3] = a + (acc[i + 3] ?? 0) * keep;
        }
      }
    }
  }

  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const alpha = acc[i * 4 + 3] ?? 0;
    if (alpha <= 0) continue;
    for (let k = 0; k < 3; k++) {
      pixels[i * 4 + k] = Math.round(Math.min(255, (acc[i * 4 + k] ?? 0) / alpha));
    }
    pixels[i * 4 + 3] = Math.round(alpha * 255);
  }
  return { width: size, height: size, pixels };
}
