/**
 * Makes the national picture's map (src/lib/situation-map.json): one SVG path per region (the 21
 * wellbeing services counties and Helsinki), dissolved from Finland's municipalities and
 * simplified hard. Run once by hand; the app reads only the file it writes.
 *
 *   node scripts/situation-map.ts <kuntarajat.2023.json> <maakuntarajat.2023.json>
 *
 * The inputs are the files of the same names in github.com/samilaine/hallinnollisetrajat
 * (commit 03f9203007160ef67177c8a5c6f3463cbf57af46): the National Land Survey of Finland's
 * municipal and regional divisions 1:4 500 000 (2023) as GeoJSON, CC BY 4.0. A county's area is
 * its region's (maakunta), except that Uusimaa is four counties and Helsinki (Act 616/2021, § 7),
 * listed below; a municipality belongs to the region its centroid lies in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import { polygonCentroid, polygonContains } from 'd3-polygon';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

const SOURCE = 'https://github.com/samilaine/hallinnollisetrajat';
const SOURCE_COMMIT = '03f9203007160ef67177c8a5c6f3463cbf57af46';
const WIDTH = 300;
const HEIGHT = 540;
/** Islands smaller than this (in square pixels of the map) are left out. */
const MIN_ISLAND_AREA = 2;
/** The share of corners that are dropped (by their weight). */
const KEEP_CORNERS = 0.9;

/** Uusimaa's municipalities by county (Act 616/2021, § 7). */
const UUSIMAA: Record<string, string[]> = {
	'lansi-uusimaa': [
		'Espoo',
		'Hanko',
		'Inkoo',
		'Karkkila',
		'Kauniainen',
		'Kirkkonummi',
		'Lohja',
		'Raasepori',
		'Siuntio',
		'Vihti'
	],
	'keski-uusimaa': ['Hyvinkää', 'Järvenpää', 'Mäntsälä', 'Nurmijärvi', 'Pornainen', 'Tuusula'],
	'vantaa-kerava': ['Vantaa', 'Kerava'],
	'ita-uusimaa': ['Askola', 'Lapinjärvi', 'Loviisa', 'Myrskylä', 'Porvoo', 'Pukkila', 'Sipoo'],
	helsinki: ['Helsinki']
};
const ALAND = 'Ahvenanmaan maakunta';

type Area = Feature<Polygon | MultiPolygon, { NAMEFIN: string }>;

const [municipalityFile, regionFile] = process.argv.slice(2);
if (!municipalityFile || !regionFile) {
	throw new Error('usage: node scripts/situation-map.ts <kuntarajat.json> <maakuntarajat.json>');
}
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
const municipalities = read(municipalityFile).features as Area[];
const regions = read(regionFile).features as Area[];

// ETRS-TM35FIN's meridian (27° E), so Finland stands upright.
const projection = geoTransverseMercator()
	.rotate([-27, 0])
	.fitSize([WIDTH, HEIGHT], { type: 'FeatureCollection', features: regions });
const project = (ring: Position[]) => ring.map((p) => projection(p as [number, number])!);
const polygonsOf = (area: Area): [number, number][][][] =>
	(area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates).map(
		(polygon) => polygon.map(project)
	);

/** Slug of a region's name: "Etelä-Pohjanmaa" → "etela-pohjanmaa". */
const slugOf = (name: string) => name.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o');

const regionPolygons = regions.map((r) => ({
	name: r.properties.NAMEFIN,
	polygons: polygonsOf(r)
}));

/** The county a municipality belongs to, or null for Åland's (not one of the 22 regions). */
function countyOf(name: string, polygons: [number, number][][][]): string | null {
	const biggest = polygons.reduce((a, b) => (b[0].length > a[0].length ? b : a));
	const centroid = polygonCentroid(biggest[0]);
	const region = regionPolygons.find((r) =>
		r.polygons.some((polygon) => polygonContains(polygon[0], centroid))
	);
	if (!region) throw new Error(`no region for ${name}`);
	if (region.name === ALAND) return null;
	if (region.name !== 'Uusimaa') return slugOf(region.name);
	const county = Object.keys(UUSIMAA).find((slug) => UUSIMAA[slug].includes(name));
	if (!county) throw new Error(`no Uusimaa county for ${name}`);
	return county;
}

type CountyPart = Feature<MultiPolygon, { county: string }>;
const features = municipalities.flatMap((m): CountyPart[] => {
	const polygons = polygonsOf(m);
	const county = countyOf(m.properties.NAMEFIN, polygons);
	if (!county) return [];
	return [
		{
			type: 'Feature',
			properties: { county },
			geometry: { type: 'MultiPolygon', coordinates: polygons }
		}
	];
});

const parts: FeatureCollection<MultiPolygon, { county: string }> = {
	type: 'FeatureCollection',
	features
};
const weighted = presimplify(topology({ municipalities: parts }, 1e5) as Topology<Objects>);
// Drop the smallest islands, then keep only the corners that carry the shape.
const simplified = simplify(
	filter(weighted, filterWeight(weighted, MIN_ISLAND_AREA)),
	quantile(weighted, KEEP_CORNERS)
);
const collection = simplified.objects.municipalities as GeometryCollection<{ county: string }>;
const countyOfPart = (part: (typeof collection.geometries)[number]) =>
	(part.properties as { county: string }).county;
const counties = [...new Set(collection.geometries.map(countyOfPart))].sort();
if (counties.length !== 22) throw new Error(`expected 22 regions, got ${counties.length}`);

const path = geoPath().digits(1);
const paths: Record<string, string> = Object.fromEntries(
	counties.map((slug) => {
		const parts = collection.geometries.filter((g) => countyOfPart(g) === slug);
		return [slug, path(merge(simplified, parts as Parameters<typeof merge>[1])) ?? ''];
	})
);

const out = {
	about:
		"Finland's 21 wellbeing services counties and Helsinki as SVG paths, made by scripts/situation-map.ts " +
		'from the municipal and regional divisions 1:4 500 000 (2023) of the National Land Survey of Finland ' +
		`(Maanmittauslaitos), as GeoJSON in ${SOURCE} (commit ${SOURCE_COMMIT}); licence CC BY 4.0 ` +
		'(https://creativecommons.org/licenses/by/4.0/). Dissolved into counties (Act 616/2021) and simplified.',
	source: SOURCE,
	licence: 'CC BY 4.0',
	attribution: 'Maanmittauslaitos (National Land Survey of Finland), CC BY 4.0',
	viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
	regions: paths
};
writeFileSync('src/lib/situation-map.json', JSON.stringify(out, null, '\t') + '\n');
console.log(
	counties.length,
	'regions,',
	Object.values(paths).reduce((n, p) => n + p.length, 0),
	'characters of paths'
);
