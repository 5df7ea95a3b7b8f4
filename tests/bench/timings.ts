/** How the server-time benchmarks time a view and print the table of their medians. */
import { performance } from 'node:perf_hooks';

export const WARM_UP_RUNS = 3;
export const TIMED_RUNS = 20;

/** The times of the timed runs after the warm-up, in ms, fastest first. */
export function timeRuns(run: () => unknown): number[] {
	for (let i = 0; i < WARM_UP_RUNS; i++) run();
	return Array.from({ length: TIMED_RUNS }, () => {
		const start = performance.now();
		run();
		return performance.now() - start;
	}).sort((a, b) => a - b);
}

/** One row per view: its median, p95 and min, and whether the median is under the target. */
export function printTimings(
	heading: string,
	views: readonly { label: string; run: () => unknown }[],
	targetMs: number
): void {
	const rows = views.map((view) => {
		const times = timeRuns(view.run);
		const median = times[Math.floor(times.length / 2)];
		return [
			view.label,
			median.toFixed(1),
			times[Math.floor(times.length * 0.95) - 1].toFixed(1),
			times[0].toFixed(1),
			median < targetMs ? 'yes' : 'NO'
		];
	});
	printTable([heading, 'median ms', 'p95 ms', 'min ms', `< ${targetMs} ms`], rows);
}

/** A table with its first column to the left and the figures to the right. */
export function printTable(header: readonly string[], rows: readonly string[][]): void {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	for (const row of [header, ...rows])
		console.log(
			row
				.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
				.join(' | ')
		);
}
