import { geoPath, geoTransform, type GeoStream } from 'd3-geo';
import type { Shape } from './shapes.js';

/** One shape as drawn: its SVG path, where its label and keyboard focus sit, and its size on screen. */
export interface Drawn {
  id: string;
  d: string;
  /** The centroid, in pixels. */
  x: number;
  y: number;
  /** Area in square pixels, so bigger areas get their labels first. */
  area: number;
}

export interface Drawing {
  width: number;
  height: number;
  shapes: Drawn[];
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A path context for d3-geo that writes the SVG path (to a tenth of a pixel) and, in the same
 * pass, works out the area and centroid of its rings by the shoelace formula, so that a map of
 * 153 councils is walked once rather than three times (path, centroid, area).
 */
class PathSink {
  parts: string[] = [];
  #a = 0;
  #cx = 0;
  #cy = 0;
  #x0 = 0;
  #y0 = 0;
  #px = 0;
  #py = 0;

  reset(): void {
    this.parts = [];
    this.#a = this.#cx = this.#cy = 0;
  }

  beginPath(): void {
    // Each shape's rings are collected in one path, started by reset().
  }

  moveTo(x: number, y: number): void {
    this.#x0 = this.#px = x;
    this.#y0 = this.#py = y;
    this.parts.push(`M${round(x)},${round(y)}`);
  }

  lineTo(x: number, y: number): void {
    this.#edge(x, y);
    this.parts.push(`L${round(x)},${round(y)}`);
  }

  closePath(): void {
    this.#edge(this.#x0, this.#y0);
    this.parts.push('Z');
  }

  arc(): void {
    // Points are drawn as nothing: a map of areas has none.
  }

  #edge(x: number, y: number): void {
    const cross = this.#px * y - x * this.#py;
    this.#a += cross;
    this.#cx += (this.#px + x) * cross;
    this.#cy += (this.#py + y) * cross;
    this.#px = x;
    this.#py = y;
  }

  /** Area (unsigned) and centroid of what was drawn; holes, wound the other way, take themselves off. */
  result(): { d: string; area: number; x: number; y: number } {
    const a = this.#a / 2;
    return { d: this.parts.join(''), area: Math.abs(a), x: a ? this.#cx / (6 * a) : this.#x0, y: a ? this.#cy / (6 * a) : this.#y0 };
  }
}

/**
 * The shapes fitted to a box: longitude and latitude drawn flat, with longitude shrunk by the
 * cosine of the middle latitude (an equirectangular projection, which for a council or for England
 * is indistinguishable from Mercator at screen size). Being planar, it draws rings whatever their
 * winding, which files from different tools disagree on. The height follows the shapes' shape,
 * up to `maxHeight`.
 */
export function project(shapes: readonly Shape[], width: number, maxHeight: number, pad = 4): Drawing {
  if (shapes.length === 0 || width <= 0) return { width, height: 0, shapes: [] };
  const collection = {
    type: 'FeatureCollection' as const,
    features: shapes.map((s) => ({ type: 'Feature' as const, properties: null, geometry: s.geometry })),
  };
  const flat = (k: number, s: number, tx: number, ty: number) =>
    geoTransform({
      point(this: { stream: GeoStream }, lon: number, lat: number) {
        this.stream.point(lon * k * s + tx, -lat * s + ty);
      },
    });
  // Bounds in plain degrees (y is minus the latitude); shrinking x by k scales its bounds by k.
  const [[lon0, y0], [lon1, y1]] = geoPath(flat(1, 1, 0, 0)).bounds(collection);
  const k = Math.cos((((-y0 - y1) / 2) * Math.PI) / 180);
  const x0 = lon0 * k;
  const w = Math.max((lon1 - lon0) * k, 1e-9);
  const h = Math.max(y1 - y0, 1e-9);
  const inner = width - pad * 2;
  const scale = Math.min(inner / w, (maxHeight - pad * 2) / h);
  const height = Math.ceil(h * scale + pad * 2);
  const tx = pad + (inner - w * scale) / 2 - x0 * scale;
  const ty = pad - y0 * scale;
  const sink = new PathSink();
  const path = geoPath(flat(k, scale, tx, ty), sink);
  return {
    width,
    height,
    shapes: shapes.map((s) => {
      sink.reset();
      path(s.geometry);
      return { id: s.id, ...sink.result() };
    }),
  };
}
