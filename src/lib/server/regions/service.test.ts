import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent, milestone, organisation, region } from '../db/schema';
import { createTestDb } from '../db/testing';
import { insertActor, insertRegion, refusal } from '../testing/fixtures';
import { KNOWN_REGIONS } from './facts';
import { adminRegionsPage, createRegion, listPublicRegions, slugify } from './service';

function scene() {
	const db = createTestDb();
	const home = insertRegion(db, 'koti');
	return {
		db,
		home,
		admin: insertActor(db, home.countyId, 'admin@koti.example', 'admin'),
		coordinator: insertActor(db, home.countyId, 'koordinaattori@koti.example', 'coordinator')
	};
}

describe('creating a region', () => {
	it('creates the region with its facts, its county organisation, its year calendar and an audit event', () => {
		const { db, admin } = scene();
		const created = createRegion(db, admin, {
			name: 'Etelä-Savon hyvinvointialue',
			population: 130451,
			comparable: true
		});
		expect(created).toMatchObject({
			slug: 'etela-savon-hyvinvointialue',
			population: 130451,
			comparable: true
		});
		expect(
			db.select().from(organisation).where(eq(organisation.regionId, created.id)).all()
		).toMatchObject([{ name: 'Etelä-Savon hyvinvointialue', kind: 'county' }]);
		const years = new Set(
			db
				.select({ year: milestone.year })
				.from(milestone)
				.where(eq(milestone.regionId, created.id))
				.all()
				.map((m) => m.year)
		);
		expect(years.size).toBe(2);
		expect(
			db.select().from(auditEvent).where(eq(auditEvent.regionId, created.id)).all()
		).toMatchObject([
			{ action: 'region.created', targetType: 'region', targetId: created.id, userId: admin.userId }
		]);
	});

	it('refuses a name or a slug the installation already has, and changes nothing', () => {
		const { db, admin } = scene();
		createRegion(db, admin, {
			name: 'Lapin hyvinvointialue',
			population: 175795,
			comparable: true
		});
		for (const name of ['lapin hyvinvointialue ', 'Lapin  hyvinvointialue!', '!!!']) {
			const error = refusal(() =>
				createRegion(db, admin, { name, population: 1, comparable: true })
			);
			expect(error).toMatchObject({
				code: 'conflict',
				issues: { name: 'admin.regions.nameTaken' }
			});
		}
		expect(db.select().from(region).all()).toHaveLength(2);
	});

	it('is for administrators only: a coordinator may neither create nor list regions here', () => {
		const { db, coordinator } = scene();
		expect(
			refusal(() =>
				createRegion(db, coordinator, { name: 'Uusi', population: 5, comparable: true })
			).code
		).toBe('forbidden');
		expect(refusal(() => adminRegionsPage(db, coordinator)).code).toBe('forbidden');
		expect(db.select().from(region).all()).toHaveLength(1);
	});

	it('makes the slug from the name as a link spells it', () => {
		expect(slugify('Päijät-Hämeen hyvinvointialue')).toBe('paijat-hameen-hyvinvointialue');
		expect(slugify('  Åland – Ahvenanmaa ')).toBe('aland-ahvenanmaa');
	});
});

describe('the regions’ public facts', () => {
	it('lists every region with exactly its public fields, in Finnish order', () => {
		const { db, admin } = scene();
		createRegion(db, admin, { name: 'Ähtäri', population: 5500, comparable: false });
		createRegion(db, admin, { name: 'Åland', population: 30000, comparable: true });
		createRegion(db, admin, { name: 'Zeta', population: 10, comparable: true });
		const listed = listPublicRegions(db);
		expect(listed.map((r) => r.name)).toEqual(['Alue koti', 'Zeta', 'Åland', 'Ähtäri']);
		expect(Object.keys(listed[3]).sort()).toEqual(
			['comparable', 'id', 'name', 'population', 'slug'].sort()
		);
		expect(listed[3]).toMatchObject({ slug: 'ahtari', population: 5500, comparable: false });
	});

	it('shows the administrator every region with its organisations', () => {
		const { db, admin } = scene();
		const page = adminRegionsPage(db, admin);
		expect(page.regions).toMatchObject([{ slug: 'koti', population: null, organisations: 2 }]);
	});
});

describe('migration 0021: the known regions’ facts', () => {
	it('gives an installation’s known regions their population and comparability by slug', () => {
		const db = createTestDb();
		db.insert(region)
			.values([
				{ name: 'Helsinki', slug: 'helsinki' },
				{ name: 'PK', slug: 'pohjois-karjala' },
				{ name: 'Testi', slug: 'testi' }
			])
			.run();
		const sql = readFileSync('drizzle/0021_region_facts.sql', 'utf8');
		for (const statement of sql.split('--> statement-breakpoint')) db.$client.exec(statement);
		const bySlug = Object.fromEntries(
			db
				.select()
				.from(region)
				.all()
				.map((r) => [r.slug, r])
		);
		expect(bySlug.helsinki).toMatchObject({ population: 664028, comparable: false });
		expect(bySlug['pohjois-karjala']).toMatchObject({ population: 162540, comparable: true });
		expect(bySlug.testi).toMatchObject({ population: null, comparable: true });
		// Every region of the facts is in the migration, with the facts' figures.
		for (const known of KNOWN_REGIONS) {
			expect(sql).toContain(
				`SET \`population\` = ${known.population}, \`comparable\` = ${known.comparable ? 1 : 0} WHERE \`slug\` = '${known.slug}'`
			);
		}
	});
});
