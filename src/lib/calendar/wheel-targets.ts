/**
 * Where a finger can choose a mark on the year wheel. Marks on a phone lie a
 * few pixels apart, so each mark gets a round target of its own as large as
 * its neighbours allow (WCAG 2.5.5 asks 44 px), and marks too close to tell
 * apart by touch share one: a tap on it shows all of them. Pure geometry, in
 * whatever units the caller draws in.
 */

export interface WheelPoint<T> {
	item: T;
	x: number;
	y: number;
}

export interface WheelTarget<T> {
	/** In the order the points came in. */
	items: T[];
	/** The centre of the target: the mean of its marks. */
	x: number;
	y: number;
	radius: number;
}

interface Group<T> {
	points: WheelPoint<T>[];
	x: number;
	y: number;
	first: number;
}

function centred<T>(points: WheelPoint<T>[], first: number): Group<T> {
	const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
	const y = points.reduce((sum, p) => sum + p.y, 0) / points.length;
	return { points, x, y, first };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Targets no two of which overlap, each centred at least `minGap` from every
 * other, so that each is at least `minGap` across or, where smaller, spaced
 * as WCAG 2.5.8 allows; `maxRadius` bounds a lone target. Marks nearer than
 * `minGap` are merged, again and again, until no two targets are that near.
 * The targets keep the order of their first points.
 */
export function wheelTargets<T>(
	points: readonly WheelPoint<T>[],
	minGap: number,
	maxRadius: number
): WheelTarget<T>[] {
	let groups = points.map((p, index) => centred([p], index));
	for (;;) {
		let pair: [number, number] | null = null;
		for (let a = 0; a < groups.length && !pair; a++)
			for (let b = a + 1; b < groups.length && !pair; b++)
				if (distance(groups[a], groups[b]) < minGap) pair = [a, b];
		if (!pair) break;
		const [a, b] = pair;
		const merged = centred(
			[...groups[a].points, ...groups[b].points].sort(
				(p, q) => points.indexOf(p) - points.indexOf(q)
			),
			Math.min(groups[a].first, groups[b].first)
		);
		groups = [...groups.filter((_, i) => i !== a && i !== b), merged];
	}
	return groups
		.sort((a, b) => a.first - b.first)
		.map((group) => {
			const nearest = Math.min(
				...groups.filter((other) => other !== group).map((other) => distance(group, other))
			);
			return {
				items: group.points.map((p) => p.item),
				x: group.x,
				y: group.y,
				radius: Math.min(maxRadius, nearest / 2)
			};
		});
}
