/**
 * Published facts about the 22 regions (the 21 wellbeing services counties and
 * Helsinki), kept in `regions.json` with their sources; read by the region's slug.
 */
import * as v from 'valibot';
import facts from './regions.json' with { type: 'json' };

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
