import { describe, expect, it } from 'vitest';
import { wheelTargets, type WheelPoint } from './wheel-targets';

const at = (item: string, x: number, y: number): WheelPoint<string> => ({ item, x, y });

describe('the year wheel’s touch targets', () => {
	it('give a lone mark a target of the largest size', () => {
		expect(wheelTargets([at('a', 0, 0), at('b', 200, 0)], 24, 22)).toEqual([
			{ items: ['a'], x: 0, y: 0, radius: 22 },
			{ items: ['b'], x: 200, y: 0, radius: 22 }
		]);
	});

	it('shrink targets to half the distance between marks, so none overlaps another', () => {
		const [a, b] = wheelTargets([at('a', 0, 0), at('b', 30, 0)], 24, 22);
		expect(a.radius).toBe(15);
		expect(b.radius).toBe(15);
	});

	it('make marks too close to tell apart by touch one target, centred between them', () => {
		expect(wheelTargets([at('a', 0, 0), at('b', 10, 0), at('c', 100, 0)], 24, 22)).toEqual([
			{ items: ['a', 'b'], x: 5, y: 0, radius: 22 },
			{ items: ['c'], x: 100, y: 0, radius: 22 }
		]);
	});

	it('merge again when a merged target comes too close to the next mark', () => {
		// a and b merge at 10; their centre is then 20 from c.
		const targets = wheelTargets([at('a', 0, 0), at('b', 20, 0), at('c', 30, 0)], 24, 22);
		expect(targets.map((t) => t.items)).toEqual([['a', 'b', 'c']]);
	});

	it('keep the order the marks came in, whatever order they merged in', () => {
		const targets = wheelTargets(
			[at('jan', 0, 0), at('feb', 100, 0), at('mar', 0, 5), at('apr', 100, 5)],
			24,
			22
		);
		expect(targets.map((t) => t.items)).toEqual([
			['jan', 'mar'],
			['feb', 'apr']
		]);
	});

	it('never overlap and are never nearer than the gap, on a crowded wheel', () => {
		// A wheel's worth of marks on four rings, as a phone draws them: a few units apart.
		const points = Array.from({ length: 60 }, (_, i) => {
			const angle = ((i * 37) % 360) * (Math.PI / 180);
			const radius = 60 + (i % 4) * 34;
			return at(String(i), Math.cos(angle) * radius, Math.sin(angle) * radius);
		});
		const targets = wheelTargets(points, 45, 41);
		expect(targets.flatMap((t) => t.items).sort()).toEqual(points.map((p) => p.item).sort());
		for (const a of targets)
			for (const b of targets) {
				if (a === b) continue;
				const between = Math.hypot(a.x - b.x, a.y - b.y);
				expect(between).toBeGreaterThanOrEqual(45);
				expect(a.radius + b.radius).toBeLessThanOrEqual(between);
			}
	});
});
