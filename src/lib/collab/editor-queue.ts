/**
 * Editors are made one per task, in the order they ask. Made together, the 36
 * editors of a 12-item minutes held the main thread for over a second before
 * the first of them took a key (bench:pages, "Meeting running, 12 items");
 * one at a time, the first items' editors come first, and between two the
 * browser paints and handles the secretary's typing.
 */
const waiting: (() => void)[] = [];
let scheduled = false;

function schedule(): void {
	if (scheduled) return;
	scheduled = true;
	setTimeout(runNext, 0);
}

function runNext(): void {
	scheduled = false;
	const work = waiting.shift();
	// Scheduled before the work runs, so that a failing one does not stop the others.
	if (waiting.length > 0) schedule();
	work?.();
}

/** Runs `work` in its turn; the returned function withdraws it if its turn has not come yet. */
export function inTurn(work: () => void): () => void {
	waiting.push(work);
	schedule();
	return () => {
		const at = waiting.indexOf(work);
		if (at >= 0) waiting.splice(at, 1);
	};
}
