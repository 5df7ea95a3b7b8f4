/**
 * Published facts about the 22 regions (the 21 wellbeing services counties and
 * Helsinki), kept in `regions.json` with their sources; read by the region's slug. The
 * populations of a region's municipalities are in `municipalities.json` (Statistics Finland).
 */
import * as v from 'valibot';
import facts from './regions.json' with { type: 'json' };
import municipalityPopulations from './municipalities.json' with { type: 'json' };

const regionFactsSchema = v.object({
	regions: v.array(
		v.object({
			slug: v.string(),
			name: v.string(),
			population2023: v.pipe(v.number(), v.integer(), v.minValue(1)),
			comparable: v.boolean()
		})
	)
});

const regions = v.parse(regionFactsSchema, facts).regions;

/** A region as the facts know it, with what its columns carry: its population (2023) and comparability. */
export interface KnownRegion {
	slug: string;
	name: string;
	population: number;
	comparable: boolean;
}

/** The 22 regions of the facts, for an installation that holds them all. */
export const KNOWN_REGIONS: readonly KnownRegion[] = regions.map((r) => ({
	slug: r.slug,
	name: r.name,
	population: r.population2023,
	comparable: r.comparable
}));

const municipalityFactsSchema = v.object({
	year: v.pipe(v.number(), v.integer()),
	regions: v.array(
		v.object({
			slug: v.string(),
			municipalities: v.array(
				v.object({
					/** Statistics Finland's municipality number, e.g. "167". */
					code: v.pipe(v.string(), v.regex(/^\d{3}$/)),
					name: v.string(),
					/** The municipality's name as an organisation in the app ("Joensuun kaupunki"). */
					organisation: v.string(),
					population: v.pipe(v.number(), v.integer(), v.minValue(1))
				})
			)
		})
	)
});

const municipalityFacts = v.parse(municipalityFactsSchema, municipalityPopulations);

export type MunicipalityFacts =
	(typeof municipalityFacts.regions)[number]['municipalities'][number];

/** The year the municipalities' populations are from (31 December). */
export const MUNICIPALITY_POPULATION_YEAR = municipalityFacts.year;

/** The region's municipalities with their populations; empty for a region the data does not cover. */
export function municipalitiesOf(slug: string): readonly MunicipalityFacts[] {
	return municipalityFacts.regions.find((r) => r.slug === slug)?.municipalities ?? [];
}
