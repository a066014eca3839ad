// Boundary reading, merging wards into localities, fitting, labels and arrow-key neighbours, in Node.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { geoArea, geoBounds, geoPath, geoTransform } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { placeLabels } from './labels.js';
import { nearestInHeading } from './nearest.js';
import { project } from './project.js';
import { BoundaryError, mergeShapes, readShapes } from './shapes.js';

const topo = JSON.parse(readFileSync(new URL('../../../../test/fixtures/geo/walsall-wards-2013.topojson', import.meta.url), 'utf8')) as Topology;
// North Walsall Area Partnership (Walsall Partnership, May 2014): Birchills Leamore, Blakenall, Bloxwich East, Bloxwich West.
const NORTH = ['E05001304', 'E05001305', 'E05001306', 'E05001307'];

describe('boundaries', () => {
  it('reads TopoJSON by object and id property, and GeoJSON features by id', () => {
    const set = readShapes(topo, { object: 'E08000030', idProperty: 'WD13CD', nameProperty: 'WD13NM' });
    assert.equal(set.shapes.size, 20);
    assert.equal(set.shapes.get('E05001305')?.name, 'Blakenall');
    const geo = readShapes({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'a', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }],
    });
    assert.deepEqual([...geo.shapes.keys()], ['a']);
  });

  it('says what is wrong with a file that is not boundaries', () => {
    assert.throws(() => readShapes('nope'), BoundaryError);
    assert.throws(() => readShapes({ type: 'Topology', objects: { wards: {} } }, { object: 'lad' }), /no object "lad".*"wards"/);
    assert.throws(() => readShapes({ type: 'Feature' + 's' }), /neither TopoJSON/);
  });

  it('merges wards into a locality along their shared edges, keeping the same ground', () => {
    const set = readShapes(topo, { idProperty: 'WD13CD' });
    const { shapes, missing } = mergeShapes(set, [{ id: 'north', name: 'North Walsall', members: [...NORTH, 'E0599999'] }]);
    assert.deepEqual(missing.get('north'), ['E0599999']);
    const merged = shapes.get('north')!.geometry;
    const sum = NORTH.reduce((a, id) => a + geoArea(set.shapes.get(id)!.geometry as never), 0);
    assert.ok(Math.abs(geoArea(merged as never) - sum) / sum < 1e-9, 'the merged shape covers exactly the four wards');
    // The inner edges are gone: the merged outline is shorter than the four wards' outlines added up.
    const outline = (g: unknown) => JSON.stringify(g).split('],[').length;
    assert.ok(outline(merged) < NORTH.reduce((a, id) => a + outline(set.shapes.get(id)!.geometry), 0));
    const wardEdges = mesh(topo, topo.objects.E08000030 as never, (a, b) => a !== b && NORTH.includes(String(a.id)) && NORTH.includes(String(b.id)));
    assert.ok(wardEdges.coordinates.length > 0, 'the four wards do share edges to remove');
  });

  it('gathers GeoJSON polygons into one multipolygon, there being no shared edges to merge', () => {
    const square = (x: number) => ({
      type: 'Feature',
      id: `s${x}`,
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, 0],
            [x, 1],
            [x + 1, 1],
            [x + 1, 0],
            [x, 0],
          ],
        ],
      },
    });
    const set = readShapes({ type: 'FeatureCollection', features: [square(0), square(1)] });
    const g = mergeShapes(set, [{ id: 'both', name: 'Both', members: ['s0', 's1'] }]).shapes.get('both')!.geometry;
    assert.equal(g.type, 'MultiPolygon');
    assert.deepEqual(
      geoBounds(g as never).map((p) => p.map(Math.round)),
      [
        [0, 0],
        [2, 1],
      ],
    );
  });
});

/** The points of each ring of a path as project writes it ("M40,1040l1000,0 0,-1000z", in tenths of a pixel), in pixels. */
function pathRings(d: string): [number, number][][] {
  return d
    .split('z')
    .filter(Boolean)
    .map((ring) => {
      const [start, steps = ''] = ring.slice(1).split('l');
      let [x, y] = start!.split(',').map(Number) as [number, number];
      const out: [number, number][] = [[x / 10, y / 10]];
      for (const step of steps.split(' ').filter(Boolean)) {
        const [dx, dy] = step.split(',').map(Number) as [number, number];
        x += dx;
        y += dy;
        out.push([x / 10, y / 10]);
      }
      return out;
    });
}

describe('fitting', () => {
  it('fits the shapes inside the width, keeping their proportions, and puts every centroid inside', () => {
    const set = readShapes(topo, { idProperty: 'WD13CD' });
    const d = project([...set.shapes.values()], 400, 1000);
    assert.equal(d.width, 400);
    assert.ok(d.height > 200 && d.height < 500, `height ${d.height}`);
    for (const s of d.shapes) {
      assert.ok(s.x > 0 && s.x < 400 && s.y > 0 && s.y < d.height, s.id);
      assert.match(s.d, /^M\d+,\d+l/);
      const xs = pathRings(s.d).flatMap((ring) => ring.map(([x]) => x));
      assert.ok(Math.min(...xs) >= 3.9 && Math.max(...xs) <= 396.1, 'inside the padding');
    }
    const wide = project([...set.shapes.values()], 800, 100);
    assert.ok(wide.height <= 100, 'a low maximum height wins over the width');
    assert.deepEqual(project([], 400, 400), { width: 400, height: 0, shapes: [] });
  });

  it('draws a square degree at the equator as a square, a hole taking its area off, worked by hand', () => {
    // Longitude 0–1 and latitude 0–1, with a hole of a quarter of a degree wound the other way.
    // k = cos(0.5°) = 0.99996, so the square is 99.996 px wide and 100 px high inside 4 px of
    // padding: x from 4 + (100 − 99.996) / 2 = 4.002 to 104.0, y from 104 (latitude 0) to 4.
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const hole = [
      [0.25, 0.25],
      [0.25, 0.75],
      [0.75, 0.75],
      [0.75, 0.25],
      [0.25, 0.25],
    ];
    const d = project([{ id: 'sq', name: undefined, geometry: { type: 'Polygon', coordinates: [ring, hole] } }], 108, 108);
    assert.equal(d.height, 108);
    const [sq] = d.shapes;
    // Each ring from its first point by relative steps, in whole tenths of a pixel (4.002 px is 40).
    assert.equal(sq!.d, 'M40,1040l1000,0 0,-1000 -1000,0zM290,790l0,-500 500,0 0,500z');
    // 99.996 × 100 less the hole's 49.998 × 50: 7,499.7 square pixels; the centroid the middle.
    assert.ok(Math.abs(sq!.area - 7499.7) < 0.1, String(sq!.area));
    assert.ok(Math.abs(sq!.x - 54) < 0.01 && Math.abs(sq!.y - 54) < 0.01, `${sq!.x}, ${sq!.y}`);
  });

  it('writes a ring smaller than a tenth of a pixel as a point, which the path still reads past', () => {
    const big = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const speck = [
      [2, 2],
      [2.00001, 2],
      [2.00001, 2.00001],
      [2, 2],
    ];
    const d = project([{ id: 'x', name: undefined, geometry: { type: 'MultiPolygon', coordinates: [[speck], [big]] } }], 108, 108);
    // The speck is one point, with no step (an "l" with no numbers would end the path there).
    assert.match(d.shapes[0]!.d, /^M\d+,\d+zM\d+,\d+l[^z]+z$/);
  });

  it("draws TopoJSON from its arcs as it draws the same shapes made GeoJSON by topojson-client's feature", () => {
    const shapes = [...readShapes(topo, { idProperty: 'WD13CD' }).shapes.values()];
    assert.ok(shapes.every((s) => s.topo));
    const asGeoJson = shapes.map((s) => ({ id: s.id, name: s.name, geometry: s.geometry }));
    for (const width of [320, 1280]) assert.deepEqual(project(shapes, width, 560), project(asGeoJson, width, 560));
  });

  it("draws the points d3-geo's path writer draws for the same flat projection", () => {
    const shapes = [...readShapes(topo, { idProperty: 'WD13CD' }).shapes.values()];
    const drawn = project(shapes, 400, 1000);
    const [[lon0, lat0], [lon1, lat1]] = geoBounds({
      type: 'FeatureCollection',
      features: shapes.map((s) => ({ type: 'Feature', properties: null, geometry: s.geometry })),
    });
    const k = Math.cos((((lat0 + lat1) / 2) * Math.PI) / 180);
    const scale = Math.min(392 / ((lon1 - lon0) * k), 992 / (lat1 - lat0));
    const tx = 4 + (392 - (lon1 - lon0) * k * scale) / 2 - lon0 * k * scale;
    const flat = geoTransform({
      point(this: { stream: { point(x: number, y: number): void } }, lon: number, lat: number) {
        this.stream.point(lon * k * scale + tx, -lat * scale + 4 + lat1 * scale);
      },
    });
    const path = geoPath(flat).digits(1);
    // d3 writes every point absolutely ("M1,2L3,4Z"); a point rounding to the one before draws nothing.
    const d3Rings = (d: string) =>
      d
        .split('Z')
        .filter(Boolean)
        .map((ring) =>
          ring
            .slice(1)
            .split('L')
            .map((p) => p.split(',').map(Number) as [number, number])
            .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]),
        );
    assert.deepEqual(
      drawn.shapes.map((s) => pathRings(s.d)),
      shapes.map((s) => d3Rings(path(s.geometry)!)),
    );
  });
});

describe('labels', () => {
  it('places the bigger area first and leaves out labels that would overlap or spill', () => {
    const placed = placeLabels(
      [
        { id: 'small', text: 'Small', x: 52, y: 50, priority: 1 },
        { id: 'big', text: 'Big place', x: 50, y: 52, priority: 9 },
        { id: 'edge', text: 'Edge of the map', x: 5, y: 100, priority: 5 },
        { id: 'far', text: 'Far', x: 150, y: 150, priority: 0 },
      ],
      { width: 200, height: 200 },
      { size: 10, charWidth: 6 },
    );
    assert.deepEqual(
      placed.map((p) => p.id),
      ['big', 'far'],
    );
  });
});

describe('arrow keys', () => {
  const pts = { c: { x: 0, y: 0 }, r: { x: 10, y: 1 }, ur: { x: 6, y: -6 }, d: { x: 0, y: 8 }, l: { x: -20, y: 0 } };
  const all = Object.values(pts);
  const name = (p: unknown) => Object.entries(pts).find(([, v]) => v === p)?.[0];
  it('goes to the nearest point ahead, preferring the one straight ahead', () => {
    assert.equal(name(nearestInHeading(pts.c, all, 'right')), 'r');
    assert.equal(name(nearestInHeading(pts.c, all, 'up')), 'ur');
    assert.equal(name(nearestInHeading(pts.c, all, 'down')), 'd');
    assert.equal(name(nearestInHeading(pts.c, all, 'left')), 'l');
    assert.equal(nearestInHeading(pts.l, all, 'left'), undefined, 'nothing further left');
  });
});
