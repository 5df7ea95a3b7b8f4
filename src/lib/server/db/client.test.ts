import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { region } from './schema';
import { createTestDb } from './testing';

describe('prepared statements kept by the database client', () => {
	test('the same SQL text gets the same statement back', () => {
		const db = createTestDb();
		expect(db.$client.prepare('select 1 as one')).toBe(db.$client.prepare('select 1 as one'));
		expect(db.$client.prepare('select 2 as two')).not.toBe(db.$client.prepare('select 1 as one'));
	});

	test('a statement drizzle left returning arrays returns objects to the next caller', () => {
		const db = createTestDb();
		db.$client.prepare('select 1 as one').raw(true);
		expect(db.$client.prepare('select 1 as one').get()).toEqual({ one: 1 });
	});

	test('drizzle queries that map columns and those that do not share statements correctly', () => {
		const db = createTestDb();
		db.insert(region).values({ name: 'Pohjois-Karjala', slug: 'pohjois-karjala' }).run();
		for (let i = 0; i < 3; i++) {
			expect(
				db
					.select({ name: region.name })
					.from(region)
					.where(eq(region.slug, 'pohjois-karjala'))
					.get()
			).toEqual({ name: 'Pohjois-Karjala' });
			expect(
				db
					.select()
					.from(region)
					.all()
					.map((r) => r.name)
			).toEqual(['Pohjois-Karjala']);
			expect(db.$client.prepare('select name from region').all()).toEqual([
				{ name: 'Pohjois-Karjala' }
			]);
		}
	});

	test('keeps at most 500 statements, dropping the least recently used', () => {
		const db = createTestDb();
		const first = db.$client.prepare('select 0 as n');
		for (let n = 1; n <= 500; n++) db.$client.prepare(`select ${n} as n`);
		expect(db.$client.prepare('select 0 as n')).not.toBe(first);
		const recent = db.$client.prepare('select 500 as n');
		expect(db.$client.prepare('select 500 as n')).toBe(recent);
	});
});
