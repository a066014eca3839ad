import type { Geometry, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Shape } from './shapes.js';

/** One shape as drawn: its SVG path, where its label and keyboard focus sit, and its size on screen. */
export interface Drawn {
  id: string;
  /** In tenths of a pixel, as whole numbers: drawn scaled by a tenth. */
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

/** A ring as a flat run of longitudes and latitudes, [lon, lat, lon, lat, …], its last point its first. */
type Ring = ArrayLike<number>;

/** The rings of a GeoJSON geometry: each polygon's outline and holes, of one polygon or many. */
function rings(g: Geometry): Ring[] {
  if (g.type === 'Polygon') return g.coordinates.map(flat);
  if (g.type === 'MultiPolygon') return g.coordinates.flat().map(flat);
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(rings);
  return [];
}

function flat(ring: Position[]): Ring {
  const out = new Float64Array(ring.length * 2);
  for (let i = 0; i < ring.length; i++) {
    out[2 * i] = ring[i]![0]!;
    out[2 * i + 1] = ring[i]![1]!;
  }
  return out;
}

/** Each topology's arcs in longitude and latitude, decoded when a shape first uses them. */
const decoded = new WeakMap<Topology, Map<number, Float64Array>>();

/** An arc's points in longitude and latitude: TopoJSON's quantized steps added up and scaled, as topojson-client does. */
function arc(topology: Topology, i: number): Float64Array {
  let arcs = decoded.get(topology);
  if (!arcs) decoded.set(topology, (arcs = new Map()));
  let out = arcs.get(i);
  if (out) return out;
  const points = topology.arcs[i]!;
  out = new Float64Array(points.length * 2);
  const t = topology.transform;
  let x = 0;
  let y = 0;
  for (let j = 0; j < points.length; j++) {
    const p = points[j]!;
    if (t) {
      x += p[0]!;
      y += p[1]!;
      out[2 * j] = x * t.scale[0] + t.translate[0];
      out[2 * j + 1] = y * t.scale[1] + t.translate[1];
    } else {
      out[2 * j] = p[0]!;
      out[2 * j + 1] = p[1]!;
    }
  }
  arcs.set(i, out);
  return out;
}

/**
 * A TopoJSON ring, from the arcs it names (~i for arc i backwards), each after the first without
 * its first point (the last of the arc before), as topojson-client joins them.
 */
function topoRing(topology: Topology, ids: readonly number[]): Ring {
  let n = 0;
  for (const id of ids) n += arc(topology, id < 0 ? ~id : id).length / 2 - (n ? 1 : 0);
  // A ring of fewer than four points gets its first point again, as topojson-client gives it.
  const out = new Float64Array((n < 4 ? n + 1 : n) * 2);
  let o = 0;
  for (const id of ids) {
    const a = arc(topology, id < 0 ? ~id : id);
    const last = a.length / 2 - 1;
    const skip = o ? 1 : 0;
    if (id >= 0)
      for (let j = skip; j <= last; j++) {
        out[o++] = a[2 * j]!;
        out[o++] = a[2 * j + 1]!;
      }
    else
      for (let j = last - skip; j >= 0; j--) {
        out[o++] = a[2 * j]!;
        out[o++] = a[2 * j + 1]!;
      }
  }
  if (o < out.length) {
    out[o] = out[0]!;
    out[o + 1] = out[1]!;
  }
  return out;
}

/** The rings of a TopoJSON geometry object. */
function topoRings(topology: Topology, g: GeometryObject): Ring[] {
  if (g.type === 'Polygon') return g.arcs.map((r) => topoRing(topology, r));
  if (g.type === 'MultiPolygon') return g.arcs.flat().map((r) => topoRing(topology, r));
  if (g.type === 'GeometryCollection') return g.geometries.flatMap((x) => topoRings(topology, x));
  return [];
}

/** A shape's rings: from its topology's arcs when it has them, else from its GeoJSON. */
function ringsOf(s: Shape): Ring[] {
  return s.topo ? topoRings(s.topo.topology, s.topo.object) : rings(s.geometry);
}

/** Longitude and latitude to pixels: x = lon × k × scale + tx, y = −lat × scale + ty. */
interface Fit {
  k: number;
  scale: number;
  tx: number;
  ty: number;
}

/**
 * One shape's SVG path, in whole tenths of a pixel (the map draws its paths scaled by a tenth),
 * with its area and centroid in pixels by the shoelace formula, in one walk of its points. A
 * ring's last point repeats its first: the path closes it. Each ring starts at its first point and
 * goes on by relative steps between the rounded points, so no rounding error adds up, a point
 * rounding to the one before is left out, and the path is short to write and for the browser to
 * read. Whole numbers, because a page's first paint runs this once, before the engine has compiled
 * it, and there JavaScript writes whole numbers several times faster than fractions.
 */
function draw(shapeRings: readonly Ring[], f: Fit): Omit<Drawn, 'id'> {
  // Everything in tenths of a pixel until the end.
  const kx = f.k * f.scale * 10;
  const ky = -f.scale * 10;
  const tx = f.tx * 10;
  const ty = f.ty * 10;
  let d = '';
  let a = 0;
  let cx = 0;
  let cy = 0;
  let x0 = 0;
  let y0 = 0;
  for (const ring of shapeRings) {
    const n = ring.length / 2 - 1;
    if (n < 1) continue;
    x0 = ring[0]! * kx + tx;
    y0 = ring[1]! * ky + ty;
    const sx = Math.round(x0);
    const sy = Math.round(y0);
    let rx = sx;
    let ry = sy;
    let steps = '';
    let x1 = x0;
    let y1 = y0;
    for (let i = 1; i <= n; i++) {
      const x = i === n ? x0 : ring[2 * i]! * kx + tx;
      const y = i === n ? y0 : ring[2 * i + 1]! * ky + ty;
      const cross = x1 * y - x * y1;
      a += cross;
      cx += (x1 + x) * cross;
      cy += (y1 + y) * cross;
      x1 = x;
      y1 = y;
      if (i === n) continue;
      const ux = Math.round(x);
      const uy = Math.round(y);
      if (ux === rx && uy === ry) continue;
      steps += ' ' + (ux - rx) + ',' + (uy - ry);
      rx = ux;
      ry = uy;
    }
    // A ring of one point has no "l", which with no step after it would end the path there.
    d += 'M' + sx + ',' + sy + (steps && 'l' + steps.slice(1)) + 'z';
  }
  a /= 2;
  return { d, area: Math.abs(a) / 100, x: (a ? cx / (6 * a) : x0) / 10, y: (a ? cy / (6 * a) : y0) / 10 };
}

/**
 * The shapes fitted to a box: longitude and latitude drawn flat, with longitude shrunk by the
 * cosine of the middle latitude (an equirectangular projection, which for a council or for England
 * is indistinguishable from Mercator at screen size). Being planar, it draws rings whatever their
 * winding, which files from different tools disagree on. The height follows the shapes' shape,
 * up to `maxHeight`.
 *
 * Written as two plain walks of the points (bounds, then paths) rather than with d3-geo: its
 * projections, spherical clipping and streams are not needed for a flat projection, and cost the
 * map's pages 2.3 KB gzipped and a fifth more time for the same paths (a test compares them).
 * TopoJSON shapes are read from their arcs, each decoded once, rather than through
 * topojson-client's `feature`, whose array for every point of every shape took a 153-council
 * map's first paint as long again as drawing them (the same test compares the points).
 */
export function project(shapes: readonly Shape[], width: number, maxHeight: number, pad = 4): Drawing {
  if (shapes.length === 0 || width <= 0) return { width, height: 0, shapes: [] };
  const all = shapes.map(ringsOf);
  let lon0 = Infinity;
  let lon1 = -Infinity;
  let lat0 = Infinity;
  let lat1 = -Infinity;
  // Indexed loops, not destructuring: a page's first paint runs this once, before the engine has
  // compiled it, and iterating each point as an array costs several times as much there.
  for (const shapeRings of all)
    for (const ring of shapeRings)
      for (let i = 0; i < ring.length; i += 2) {
        const lon = ring[i]!;
        const lat = ring[i + 1]!;
        if (lon < lon0) lon0 = lon;
        if (lon > lon1) lon1 = lon;
        if (lat < lat0) lat0 = lat;
        if (lat > lat1) lat1 = lat;
      }
  if (lon0 > lon1) return { width, height: 0, shapes: shapes.map((s) => ({ id: s.id, d: '', area: 0, x: 0, y: 0 })) };
  // y is minus the latitude, so the map's top is the northernmost latitude.
  const k = Math.cos((((lat0 + lat1) / 2) * Math.PI) / 180);
  const w = Math.max((lon1 - lon0) * k, 1e-9);
  const h = Math.max(lat1 - lat0, 1e-9);
  const inner = width - pad * 2;
  const scale = Math.min(inner / w, (maxHeight - pad * 2) / h);
  const height = Math.ceil(h * scale + pad * 2);
  const tx = pad + (inner - w * scale) / 2 - lon0 * k * scale;
  const ty = pad + lat1 * scale;
  const fit = { k, scale, tx, ty };
  return { width, height, shapes: shapes.map((s, i) => ({ id: s.id, ...draw(all[i]!, fit) })) };
}
