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

/**
 * The shapes fitted to a box: longitude and latitude drawn flat, with longitude shrunk by the
 * cosine of the middle latitude (an equirectangular projection, which for a council or for England
 * is indistinguishable from Mercator at screen size). Being planar, it draws rings whatever their
 * winding, which files from different tools disagree on. The height follows the shapes' shape,
 * up to `maxHeight`.
 */
export function project(shapes: readonly Shape[], width: number, maxHeight: number, pad = 4): Drawing {
  if (shapes.length === 0 || width <= 0) return { width, height: 0, shapes: [] };
  const collection = { type: 'FeatureCollection' as const, features: shapes.map((s) => ({ type: 'Feature' as const, properties: null, geometry: s.geometry })) };
  const flat = (k: number, s: number, tx: number, ty: number) =>
    geoTransform({
      point(this: { stream: GeoStream }, lon: number, lat: number) {
        this.stream.point(lon * k * s + tx, -lat * s + ty);
      },
    });
  const [[, lat0], [, lat1]] = geoPath(flat(1, 1, 0, 0)).bounds(collection).map(([x, y]) => [x, -y]) as [[number, number], [number, number]];
  const k = Math.cos((((lat0 + lat1) / 2) * Math.PI) / 180);
  const [[x0, y0], [x1, y1]] = geoPath(flat(k, 1, 0, 0)).bounds(collection);
  const w = Math.max(x1 - x0, 1e-9);
  const h = Math.max(y1 - y0, 1e-9);
  const inner = width - pad * 2;
  const scale = Math.min(inner / w, (maxHeight - pad * 2) / h);
  const height = Math.ceil(h * scale + pad * 2);
  const tx = pad + (inner - w * scale) / 2 - x0 * scale;
  const ty = pad - y0 * scale;
  const path = geoPath(flat(k, scale, tx, ty)).digits(1);
  return {
    width,
    height,
    shapes: shapes.map((s) => {
      const [x, y] = path.centroid(s.geometry);
      return { id: s.id, d: path(s.geometry) ?? '', x, y, area: path.area(s.geometry) };
    }),
  };
}
