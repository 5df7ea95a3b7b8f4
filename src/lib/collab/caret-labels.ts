/**
 * The name labels of remote carets (RichText): shown while their person types
 * or moves, then faded by RichText's CSS, and kept inside the editor's box so
 * that they cover no text outside it and never widen the page.
 */

interface Box {
	left: number;
	right: number;
	top: number;
}

export interface LabelPlacement {
	/** Under the caret: no room above it inside the editor (its first line). */
	below: boolean;
	/** Ending at the caret: more room on its left, and too little on its right. */
	toLeft: boolean;
	/** The room on that side, in CSS px; a longer name ends in an ellipsis. */
	maxWidth: number;
}

/** Where a label of `size` goes at a caret at `caret` (its top left) inside `box`. */
export function labelPlacement(
	caret: { left: number; top: number },
	size: { width: number; height: number },
	box: Box
): LabelPlacement {
	const at = Math.min(Math.max(caret.left, box.left), box.right);
	const roomRight = box.right - at;
	const roomLeft = at - box.left;
	const toLeft = size.width > roomRight && roomLeft > roomRight;
	return {
		below: caret.top - box.top < size.height,
		toLeft,
		maxWidth: Math.floor(toLeft ? roomLeft : roomRight)
	};
}

const CARET = 'collaboration-carets__caret';
const LABEL = 'collaboration-carets__label';

/** A remote caret: a coloured bar with its person's name, hidden from screen readers (the presence list names everyone). */
export function caretElement(name: string, color: string): HTMLElement {
	const caret = document.createElement('span');
	caret.className = CARET;
	caret.setAttribute('aria-hidden', 'true');
	caret.dataset.peer = name;
	caret.style.borderColor = color;
	const label = document.createElement('span');
	label.className = LABEL;
	label.style.backgroundColor = color;
	label.textContent = name;
	caret.append(label);
	return caret;
}

/**
 * Places every caret label in `editor` inside its box, and shows again the
 * labels of `moved` (names of peers whose caret just moved): ProseMirror keeps
 * a caret's element while it moves, so its fade is restarted here.
 */
export function refreshCaretLabels(editor: HTMLElement, moved: readonly string[]): void {
	const carets = editor.querySelectorAll<HTMLElement>(`.${CARET}`);
	// Most of the time nobody else is in the field: no layout to read.
	if (carets.length === 0) return;
	const inner = editor.getBoundingClientRect();
	const box = {
		left: inner.left + editor.clientLeft,
		right: inner.left + editor.clientLeft + editor.clientWidth,
		top: inner.top + editor.clientTop
	};
	for (const caret of carets) {
		const label = caret.querySelector<HTMLElement>(`.${LABEL}`);
		if (!label) continue;
		const at = caret.getBoundingClientRect();
		// The name's own width, whatever room an earlier place left it.
		const place = labelPlacement(at, { width: label.scrollWidth, height: label.offsetHeight }, box);
		label.classList.toggle(`${LABEL}--below`, place.below);
		label.classList.toggle(`${LABEL}--left`, place.toLeft);
		label.style.maxWidth = `${place.maxWidth}px`;
		if (caret.dataset.peer !== undefined && moved.includes(caret.dataset.peer))
			for (const animation of label.getAnimations()) {
				animation.currentTime = 0;
				animation.play();
			}
	}
}
