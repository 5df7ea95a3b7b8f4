/**
 * The demo's indicators: three THL Sotkanet-style indicators with values for
 * the last five full years, for the county and a few municipalities (Liperi,
 * the demo director's, among them). The names and the source are as in
 * Sotkanet; the numbers are made up. Everything goes through the real use cases.
 */
import { eq } from 'drizzle-orm';
import { helsinkiYear } from '../../domain/time';
import { loadActor } from '../auth/actor';
import type { Db } from '../db/client';
import { organisation, user } from '../db/schema';
import { defineIndicator, setIndicatorValue } from '../indicators/service';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE, type DemoOrganisationKey } from './data';

interface DemoIndicator {
	name: string;
	unit: string;
	higherIsBetter: boolean;
	/** Values per organisation, oldest of the five years first. */
	values: Partial<Record<DemoOrganisationKey, readonly number[]>>;
}

export const DEMO_INDICATORS: readonly DemoIndicator[] = [
	{
		name: 'Koulukiusaamista vähintään kerran viikossa kokeneet, % 8. ja 9. luokan oppilaista',
		unit: '%',
		higherIsBetter: false,
		values: {
			county: [6.8, 7.1, 6.9, 6.4, 6.2],
			liperi: [7.4, 7.9, 7.2, 6.6, 5.9],
			joensuu: [6.5, 6.7, 6.8, 6.3, 6.4],
			kontiolahti: [5.9, 6.3, 6.0, 6.1, 5.7],
			outokumpu: [8.1, 8.6, 8.9, 8.2, 7.8]
		}
	},
	{
		name: 'Yksinäisyyttä kokevat 75 vuotta täyttäneet, %',
		unit: '%',
		higherIsBetter: false,
		values: {
			county: [9.6, 10.2, 10.4, 9.9, 9.5],
			liperi: [10.8, 11.5, 11.1, 10.4, 9.7],
			joensuu: [9.1, 9.8, 10.1, 9.7, 9.6],
			kontiolahti: [8.7, 9.0, 9.4, 9.2, 8.8],
			outokumpu: [11.9, 12.4, 12.8, 12.1, 12.3]
		}
	},
	{
		name: 'Liikuntasuositusten mukaisesti liikkuvat, % 8. ja 9. luokan oppilaista',
		unit: '%',
		higherIsBetter: true,
		values: {
			county: [21.4, 20.8, 22.1, 23.0, 23.6],
			liperi: [19.8, 19.2, 21.5, 23.4, 25.1],
			joensuu: [22.6, 22.0, 22.9, 23.5, 23.2],
			kontiolahti: [24.1, 23.5, 24.8, 25.2, 25.9],
			outokumpu: [18.2, 17.6, 18.4, 18.1, 19.0]
		}
	}
];

const DEMO_INDICATOR_SOURCE = 'THL, Sotkanet';

export function seedDemoIndicators(db: Db, now: Date): void {
	const coordinatorEmail = DEMO_PEOPLE.coordinator.email;
	const coordinator = loadActor(
		db,
		db.select().from(user).where(eq(user.email, coordinatorEmail)).get()!
	);
	const organisationIds = new Map(
		db
			.select({ id: organisation.id, name: organisation.name })
			.from(organisation)
			.where(eq(organisation.regionId, coordinator.regionId))
			.all()
			.map((row) => [row.name, row.id])
	);
	// The last five full years: statistics of the current year are not out yet.
	const firstYear = helsinkiYear(now) - 5;
	for (const { values, ...definition } of DEMO_INDICATORS) {
		const created = defineIndicator(
			db,
			coordinator,
			coordinator.regionId,
			{ ...definition, source: DEMO_INDICATOR_SOURCE },
			now
		);
		for (const [key, series] of Object.entries(values) as [
			DemoOrganisationKey,
			readonly number[]
		][]) {
			const organisationId = organisationIds.get(DEMO_ORGANISATIONS[key].name)!;
			series.forEach((value, i) =>
				setIndicatorValue(db, coordinator, created.id, {
					organisationId,
					year: firstYear + i,
					value
				})
			);
		}
	}
}
