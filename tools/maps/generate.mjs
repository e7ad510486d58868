// Generates the advocacy module's maps from Natural Earth (public domain), as packaged by
// the npm package world-atlas: one compact SVG path per country, keyed by its ISO 3166-1
// alpha-2 code, projected and simplified here once so that Vigie serves its own maps
// without tiles or scripts. Run from this folder:  npm ci && npm run generate
// It rewrites src/main/resources/advocacy/maps/europe.json and world.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { geoAzimuthalEqualArea, geoEqualEarth, geoPath, geoCentroid, geoBounds, geoArea } from 'd3-geo';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../../src/main/resources/advocacy/maps');

const EU = ['BE', 'BG', 'CZ', 'DK', 'DE', 'EE', 'IE', 'GR', 'ES', 'FR', 'HR', 'IT', 'CY', 'LV', 'LT', 'LU', 'HU',
  'MT', 'NL', 'AT', 'PL', 'PT', 'RO', 'SI', 'SK', 'FI', 'SE'];

// Natural Earth features without an ISO numeric code: Kosovo takes the code in common use,
// Northern Cyprus is drawn as part of Cyprus (EU territory de jure), the rest is left out.
const UNCODED = { 'Kosovo': 'XK', 'N. Cyprus': 'CY', 'Somaliland': 'SO' };

const ATTRIBUTION = 'Made with Natural Earth (public domain), packaged by world-atlas 2.0.2; '
  + 'projected and simplified by tools/maps/generate.mjs.';

function code(geometry) {
  if (geometry.id === undefined) {
    return UNCODED[geometry.properties.name];
  }
  return countries.numericToAlpha2(geometry.id);
}

/** The topology's countries grouped by alpha-2 code, simplified to keep a share of points. */
function load(file, keep) {
  const raw = JSON.parse(readFileSync(join(here, 'node_modules/world-atlas', file), 'utf8'));
  const whole = JSON.parse(JSON.stringify(raw));
  let topology = presimplify(raw);
  topology = simplify(topology, quantile(topology, keep));
  const groups = new Map();
  for (const geometry of topology.objects.countries.geometries) {
    const iso = code(geometry);
    if (!iso || iso === 'AQ') {
      continue;
    }
    if (!groups.has(iso)) {
      groups.set(iso, []);
    }
    groups.get(iso).push(geometry);
  }
  const shape = (source, geometries) => (geometries.length === 1) ? feature(source, geometries[0])
    : { type: 'Feature', geometry: merge(source, geometries) };
  // A small island state simplified to nothing (Malta) keeps its full outline.
  return [...groups].map(([iso, geometries]) => {
    const simplified = shape(topology, geometries);
    return { code: iso, shape: (geoArea(simplified) > 0) ? simplified : shape(whole, geometries) };
  });
}

function write(name, map) {
  const text = JSON.stringify(map);
  writeFileSync(join(out, name), text + '\n');
  console.log(name, map.shapes.length, 'shapes', text.length, 'bytes');
}

function europe() {
  const width = 800;
  const height = 700;
  const all = load('countries-50m.json', 0.25);
  const members = { type: 'FeatureCollection', features: all.filter((c) => EU.includes(c.code))
    .map((c) => ({ ...c.shape, geometry: clipToEurope(c.shape.geometry) })) };
  // ETRS89-LAEA's centre (52° N, 10° E): Europe's equal-area projection.
  const projection = geoAzimuthalEqualArea().rotate([-10, -52]).clipExtent([[0, 0], [width, height]])
    .fitExtent([[20, 20], [width - 20, height - 20]], members);
  const path = geoPath(projection).digits(1);
  const shapes = [];
  for (const country of all) {
    const [[west, south], [east, north]] = geoBounds(country.shape);
    if (north < 25 || south > 75 || (west > 60 && east > 60) || (east < -35 && west < -35)) {
      continue;
    }
    const geometry = EU.includes(country.code) ? clipToEurope(country.shape.geometry) : country.shape.geometry;
    const d = path(geometry);
    if (!d) {
      continue;
    }
    const [x, y] = projection(geoCentroid(geometry)) || [null, null];
    shapes.push({ code: country.code, member: EU.includes(country.code), d,
      x: (x === null) ? null : Math.round(x), y: (y === null) ? null : Math.round(y) });
  }
  shapes.sort((a, b) => a.code.localeCompare(b.code));
  write('europe.json', { attribution: ATTRIBUTION, projection: 'Lambert azimuthal equal-area, centre 52° N 10° E',
    width, height, shapes });
}

/** Leaves out the parts of a member state outside Europe (overseas regions). */
function clipToEurope(geometry) {
  if (geometry.type !== 'MultiPolygon') {
    return geometry;
  }
  const kept = geometry.coordinates.filter((polygon) => {
    const [lon, lat] = polygon[0][0];
    return lat > 27 && lon > -32 && lon < 45;
  });
  return { type: 'MultiPolygon', coordinates: kept };
}

function world() {
  const width = 960;
  const all = load('countries-110m.json', 0.4);
  const collection = { type: 'FeatureCollection', features: all.map((c) => c.shape) };
  const projection = geoEqualEarth().fitWidth(width, collection);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(collection);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const height = Math.ceil(bottom - top);
  const shapes = all.map((country) => {
    const [x, y] = projection(geoCentroid(country.shape)) || [null, null];
    return { code: country.code, d: path(country.shape), x: Math.round(x), y: Math.round(y) };
  }).filter((s) => s.d);
  shapes.sort((a, b) => a.code.localeCompare(b.code));
  write('world.json', { attribution: ATTRIBUTION, projection: 'Equal Earth', width, height, shapes });
}

europe();
world();
