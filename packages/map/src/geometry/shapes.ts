import { feature, merge } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { boundaryEntries, BoundaryError, type Boundary } from '@scorecard-kit/core/feed';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';

/** One area's outline, by the id the feed uses for it. */
export interface Shape {
  readonly id: string;
  readonly name: string | undefined;
  readonly geometry: Geometry;
  /** A TopoJSON shape's topology and object, which `project` draws from directly. */
  readonly topo?: TopoSource | undefined;
}

export interface TopoSource {
  topology: Topology;
  object: GeometryObject;
}

/**
 * A TopoJSON shape, whose GeoJSON is made only if something asks for it: the map draws from the
 * topology's arcs, each once, without making a point array per point of every shape.
 */
class TopoShape implements Shape {
  #geometry: Geometry | undefined;
  constructor(
    readonly id: string,
    readonly name: string | undefined,
    readonly topo: TopoSource,
  ) {}
  get geometry(): Geometry {
    return (this.#geometry ??= (feature(this.topo.topology, this.topo.object) as Feature).geometry);
  }
}

/** The same outline under another id and name (a feed's area for a boundary file's shape). */
export function renamed(s: Shape, id: string, name: string | undefined): Shape {
  return s.topo ? new TopoShape(id, name, s.topo) : { id, name, geometry: s.geometry };
}

export interface ShapeSet {
  shapes: Map<string, Shape>;
  /** Kept for TopoJSON, so groups of shapes merge along their shared edges. */
  topology?: { topology: Topology; geometries: Map<string, GeometryObject> } | undefined;
}

export type ReadOptions = Pick<Boundary, 'object' | 'idProperty' | 'nameProperty'>;

export { BoundaryError };

/** The shapes of a TopoJSON topology or GeoJSON feature collection, keyed by id (read by core's boundaryEntries, as the command line checks them). */
export function readShapes(data: unknown, o: ReadOptions = {}): ShapeSet {
  const { kind, entries } = boundaryEntries(data, o);
  const shapes = new Map<string, Shape>();
  if (kind === 'geojson') {
    for (const e of entries) shapes.set(e.id, { id: e.id, name: e.name, geometry: e.geometry as unknown as Geometry });
    return { shapes };
  }
  const topology = data as Topology;
  const geometries = new Map<string, GeometryObject>();
  for (const e of entries) {
    const g = e.geometry as unknown as GeometryObject;
    geometries.set(e.id, g);
    shapes.set(e.id, new TopoShape(e.id, e.name, { topology, object: g }));
  }
  return { shapes, topology: { topology, geometries } };
}

/**
 * Groups of shapes merged into one shape each (wards into localities). With TopoJSON the inner
 * edges disappear (topojson-client's merge); GeoJSON has no shared edges, so its polygons are
 * gathered into one multipolygon. Members the set lacks are reported per group.
 */
export function mergeShapes(
  set: ShapeSet,
  groups: readonly { id: string; name: string; members: readonly string[] }[],
): { shapes: Map<string, Shape>; missing: Map<string, string[]> } {
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
