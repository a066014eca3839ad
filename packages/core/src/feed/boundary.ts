import { joinPath, problem } from './problems.js';
import type { Boundary, FeedData, Problem } from './types.js';

/** One shape of a boundary file, before any geometry is read: its id, name and raw geometry object. */
export interface BoundaryEntry {
  id: string;
  name: string | undefined;
  geometry: Record<string, unknown>;
}

export interface BoundaryEntries {
  /** TopoJSON geometries need their topology to become shapes; GeoJSON ones are shapes already. */
  kind: 'topology' | 'geojson';
  entries: BoundaryEntry[];
}

/** Why a boundary file cannot be used, in words for the page and the command line. */
export class BoundaryError extends Error {}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The shapes a boundary file holds, by id: a TopoJSON topology's named (else first) object, or a
 * GeoJSON feature collection. The map draws these; the command line checks a feed's areas
 * against them, so both read a file the same way.
 */
export function boundaryEntries(data: unknown, o: Pick<Boundary, 'object' | 'idProperty' | 'nameProperty'> = {}): BoundaryEntries {
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
  const entries: BoundaryEntry[] = [];
  if (data.type === 'Topology') {
    const objects = isObject(data.objects) ? data.objects : {};
    const names = Object.keys(objects);
    const name = o.object ?? names[0];
    const obj = name !== undefined ? objects[name] : undefined;
    if (!isObject(obj) || obj.type !== 'GeometryCollection' || !Array.isArray(obj.geometries)) {
      throw new BoundaryError(
        o.object
          ? `The TopoJSON file has no object "${o.object}" holding shapes; it has ${names.map((n) => `"${n}"`).join(', ') || 'none'}.`
          : 'The TopoJSON file has no object holding shapes.',
      );
    }
    for (const g of obj.geometries as unknown[]) {
      if (!isObject(g) || g.type === null) continue;
      const id = idOf(g.properties, g.id);
      if (id !== undefined) entries.push({ id, name: nameOf(g.properties), geometry: g });
    }
    return { kind: 'topology', entries };
  }
  const features = data.type === 'FeatureCollection' && Array.isArray(data.features) ? data.features : data.type === 'Feature' ? [data] : null;
  if (!features) throw new BoundaryError('The boundary file is neither TopoJSON (type "Topology") nor GeoJSON (type "FeatureCollection").');
  for (const f of features as unknown[]) {
    if (!isObject(f) || !isObject(f.geometry)) continue;
    const id = idOf(f.properties, f.id);
    if (id !== undefined) entries.push({ id, name: nameOf(f.properties), geometry: f.geometry });
  }
  return { kind: 'geojson', entries };
}

/**
 * What is wrong between a feed's areas and one of its boundary files (`feed.boundaries[index]`),
 * read as `data`: the file unusable (an error: the map cannot be drawn), no area with a shape (an
 * error), or some areas, or wards of a locality, with no shape (warnings: they are shown in the
 * table only). Areas are matched by code, else id, as the map matches them.
 */
export function boundaryProblems(feed: FeedData, index: number, data: unknown): Problem[] {
  const b = feed.boundaries[index]!;
  const path = joinPath(joinPath('', 'boundaries'), index);
  let ids: Set<string>;
  try {
    ids = new Set(boundaryEntries(data, b).entries.map((e) => e.id));
  } catch (e) {
    if (!(e instanceof BoundaryError)) throw e;
    return [problem('error', 'boundary-unreadable', path, e.message)];
  }
  const areas = [...feed.localities.values()];
  const idText = b.idProperty ? `their "${b.idProperty}" property` : 'their ids';
  const problems: Problem[] = [];
  // Localities drawn from ward shapes (no locality file of their own): their wards must be in it.
  const merged =
    b.level === 'ward' && !feed.boundaries.some((x) => x.level === 'locality')
      ? areas.filter((a) => (a.level ?? 'locality') === 'locality' && a.wards?.length)
      : [];
  const own = areas.filter((a) => (a.level ?? 'locality') === b.level);
  const unmatched = own.filter((a) => !ids.has(a.code ?? a.id) && !ids.has(a.id));
  if (own.length && unmatched.length === own.length && !merged.length) {
    const sample = [...ids]
      .slice(0, 3)
      .map((i) => `"${i}"`)
      .join(', ');
    problems.push(
      problem(
        'error',
        'boundary-no-match',
        path,
        `None of the ${own.length} ${b.level} areas has a shape in the boundary file, whose shapes are keyed by ${idText} (${sample || 'none'}…). Check the areas' codes against the file.`,
      ),
    );
    return problems;
  }
  for (const a of unmatched)
    problems.push(
      problem(
        'warning',
        'boundary-unmatched',
        path,
        `Area "${a.name}" ("${a.code ?? a.id}") has no shape in the boundary file: it is shown in the table, not on the map.`,
      ),
    );
  for (const a of merged) {
    const lost = a.wards!.filter((w) => !ids.has(w));
    if (lost.length)
      problems.push(
        problem('warning', 'boundary-unmatched', path, `Wards of locality "${a.name}" not in the boundary file: ${lost.map((w) => `"${w}"`).join(', ')}.`),
      );
  }
  return problems;
}
