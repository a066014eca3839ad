import { feature, merge } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';

/** One area's outline, by the id the feed uses for it. */
export interface Shape {
  id: string;
  name: string | undefined;
  geometry: Geometry;
}

export interface ShapeSet {
  shapes: Map<string, Shape>;
  /** Kept for TopoJSON, so groups of shapes merge along their shared edges. */
  topology?: { topology: Topology; geometries: Map<string, GeometryObject> } | undefined;
}

export interface ReadOptions {
  /** TopoJSON: the object that holds the shapes; the first when absent. */
  object?: string | undefined;
  /** The property that holds each shape's id; the feature id when absent. */
  idProperty?: string | undefined;
  nameProperty?: string | undefined;
}

/** Why a boundary file could not be read, in words for the page. */
export class BoundaryError extends Error {}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The shapes of a TopoJSON topology or GeoJSON feature collection, keyed by id. */
export function readShapes(data: unknown, o: ReadOptions = {}): ShapeSet {
  if (!isObject(data)) throw new BoundaryError('The boundary file is not a JSON object.');
  const idOf = (props: unknown, fallback: unknown) => {
    const fromProps = o.idProperty && isObject(props) ? props[o.idProperty] : undefined;
    const id = fromProps ?? fallback;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  };
  const nameOf = (props: unknown) => {
    const n = o.nameProperty && isObject(props) ? props[o.nameProperty] : undefined;
    return typeof n === 'string' ? n : undefined;
  };
  if (data.type === 'Topology') {
    const objects = isObject(data.objects) ? data.objects : {};
    const names = Object.keys(objects);
    const name = o.object ?? names[0];
    const obj = name !== undefined ? objects[name] : undefined;
    if (!isObject(obj) || obj.type !== 'GeometryCollection' || !Array.isArray(obj.geometries)) {
      throw new BoundaryError(
        o.object ? `The TopoJSON file has no object "${o.object}" holding shapes; it has ${names.map((n) => `"${n}"`).join(', ') || 'none'}.` : 'The TopoJSON file has no object holding shapes.',
      );
    }
    const topology = data as unknown as Topology;
    const shapes = new Map<string, Shape>();
    const geometries = new Map<string, GeometryObject>();
    for (const g of (obj as unknown as GeometryCollection).geometries) {
      const id = idOf(g.properties, g.id);
      if (id === undefined || g.type === null) continue;
      geometries.set(id, g);
      shapes.set(id, { id, name: nameOf(g.properties), geometry: (feature(topology, g) as Feature).geometry });
    }
    return { shapes, topology: { topology, geometries } };
  }
  const features = data.type === 'FeatureCollection' && Array.isArray(data.features) ? data.features : data.type === 'Feature' ? [data] : null;
  if (!features) throw new BoundaryError('The boundary file is neither TopoJSON (type "Topology") nor GeoJSON (type "FeatureCollection").');
  const shapes = new Map<string, Shape>();
  for (const f of features) {
    if (!isObject(f) || !isObject(f.geometry)) continue;
    const id = idOf(f.properties, f.id);
    if (id !== undefined) shapes.set(id, { id, name: nameOf(f.properties), geometry: f.geometry as unknown as Geometry });
  }
  return { shapes };
}

/**
 * Groups of shapes merged into one shape each (wards into localities). With TopoJSON the inner
 * edges disappear (topojson-client's merge); GeoJSON has no shared edges, so its polygons are
 * gathered into one multipolygon. Members the set lacks are reported per group.
 */
export function mergeShapes(set: ShapeSet, groups: readonly { id: string; name: string; members: readonly string[] }[]): { shapes: Map<string, Shape>; missing: Map<string, string[]> } {
  const shapes = new Map<string, Shape>();
  const missing = new Map<string, string[]>();
  for (const g of groups) {
    const present = g.members.filter((m) => set.shapes.has(m));
    const absent = g.members.filter((m) => !set.shapes.has(m));
    if (absent.length) missing.set(g.id, absent);
    if (present.length === 0) continue;
    let geometry: Geometry;
    if (set.topology) {
      const geoms = present.map((m) => set.topology!.geometries.get(m)!) as Parameters<typeof merge>[1];
      geometry = merge(set.topology.topology, geoms);
    } else {
      const polygons: Polygon['coordinates'][] = [];
      for (const m of present) {
        const geom = set.shapes.get(m)!.geometry;
        if (geom.type === 'Polygon') polygons.push(geom.coordinates);
        else if (geom.type === 'MultiPolygon') polygons.push(...geom.coordinates);
      }
      geometry = { type: 'MultiPolygon', coordinates: polygons } satisfies MultiPolygon;
    }
    shapes.set(g.id, { id: g.id, name: g.name, geometry });
  }
  return { shapes, missing };
}
