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
			population2023: v.pipe(v.number(), v.integer(), v.minValue(1))
		})
	)
});

const regions = v.parse(regionFactsSchema, facts).regions;

/** The region's population (2023), or null for a region the facts do not know (a test region). */
export function populationOf(slug: string): number | null {
	return regions.find((r) => r.slug === slug)?.population2023 ?? null;
}

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
