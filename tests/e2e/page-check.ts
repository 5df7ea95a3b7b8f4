/**
 * What every page must pass at every width (issue 23): it reflows without
 * sideways scrolling, no text is clipped by its box, every scrollable region
 * can be focused and has a name, and axe-core finds nothing under WCAG 2.2 AA,
 * whose `target-size` rule holds every pointer target to 24×24 CSS px or the
 * spacing that success criterion 2.5.8 allows.
 */
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** The axe-core tags of WCAG 2.2 level A and AA, the law's level (Act 306/2019, EN 301 549). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The widths of the check: WCAG 1.4.10 reflow (320 CSS px) and a desk. */
export const WIDTHS = [
	{ width: 320, height: 640 },
	{ width: 1280, height: 800 }
] as const;

/**
 * axe-core's violations on the page as it is now, one line each with the
 * elements. axe is put into the page once per document, and asked for
 * violations only: the passes of a large page take longer to list than to find.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated, not added as a script tag: the app's Content Security Policy refuses inline scripts.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	const violations = await page.evaluate(
		(tags) =>
			(window as unknown as { axe: typeof axe }).axe
				.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
				.then((results) => results.violations),
		WCAG_22_AA
	);
	return violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

/**
 * Runs in the browser: the layout problems of the page as it is rendered now.
 * Self-contained, as Playwright sends its source.
 */
function layoutProblems(): string[] {
	const problems: string[] = [];
	const root = document.documentElement;
	const describe = (element: Element): string => {
		const id = element.id ? `#${element.id}` : '';
		const classes = [...element.classList]
			.slice(0, 2)
			.map((name) => `.${name}`)
			.join('');
		const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
		return `${element.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ''}`;
	};
	const rendered = (element: Element): boolean => {
		const rect = element.getBoundingClientRect();
		const style = getComputedStyle(element);
		// A visually hidden text (clipped to nothing) is there for screen readers, not to be seen.
		const clippedAway =
			style.position === 'absolute' &&
			(style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)');
		return rect.width > 1 && rect.height > 1 && !clippedAway;
	};
	const nameOf = (element: Element): string =>
		(
			element.getAttribute('aria-label') ??
			(element.getAttribute('aria-labelledby') ?? '')
				.split(/\s+/)
				.map((id) => document.getElementById(id)?.textContent ?? '')
				.join(' ')
		).trim() || (element.getAttribute('title') ?? '').trim();

	// A pixel of rounding either way is not a problem a person sees.
	if (root.scrollWidth > root.clientWidth + 1) {
		const overflowing = [...document.body.querySelectorAll('*')].filter(
			(element) => rendered(element) && element.getBoundingClientRect().right > root.clientWidth + 1
		);
		// The innermost ones: the elements that are wide themselves, not their ancestors.
		const culprits = overflowing.filter(
			(element) => !overflowing.some((other) => other !== element && element.contains(other))
		);
		problems.push(
			`the page scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth} px ` +
				`(${culprits.slice(0, 3).map(describe).join('; ')})`
		);
	}

	for (const element of document.body.querySelectorAll('*')) {
		if (!rendered(element)) continue;
		const style = getComputedStyle(element);
		if (style.visibility === 'hidden') continue;
		const wider = element.scrollWidth > element.clientWidth + 1;
		const taller = element.scrollHeight > element.clientHeight + 1;
		const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
		const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';

		if ((hides(style.overflowX) && wider) || (hides(style.overflowY) && taller)) {
			const text = element instanceof HTMLElement ? element.innerText.trim() : '';
			// An ellipsis is fine where the full text is at hand: in a tooltip, in the name, or one
			// press away, behind a collapsed disclosure of the part it is in.
			const ellipsis =
				style.textOverflow === 'ellipsis' || (style.webkitLineClamp || 'none') !== 'none';
			const expandable = [...document.querySelectorAll('[aria-expanded="false"][aria-controls]')]
				.map((control) => document.getElementById(control.getAttribute('aria-controls') ?? ''))
				.some((part) => part?.contains(element));
			const fullTextAtHand =
				ellipsis &&
				(element.closest('[title]') !== null || element.hasAttribute('aria-label') || expandable);
			if (text && !fullTextAtHand)
				problems.push(
					`text clipped by its box: ${describe(element)} ` +
						`(${element.scrollWidth}×${element.scrollHeight} px in ${element.clientWidth}×${element.clientHeight})`
				);
		}

		// Form fields scroll their own text and are named by their label, which axe checks.
		const field =
			element instanceof HTMLTextAreaElement ||
			element instanceof HTMLSelectElement ||
			element instanceof HTMLInputElement;
		if (!field && ((scrolls(style.overflowX) && wider) || (scrolls(style.overflowY) && taller))) {
			const focusable = (element as HTMLElement).tabIndex >= 0;
			const name = nameOf(element);
			if (!focusable || !name)
				problems.push(
					`a scrolling region ${[!focusable && 'cannot be focused', !name && 'has no name']
						.filter(Boolean)
						.join(' and ')}: ${describe(element)}`
				);
		}
	}
	return problems;
}

/** Everything the page check finds on the page as it is now. */
export async function pageProblems(page: Page): Promise<string[]> {
	return [...(await page.evaluate(layoutProblems)), ...(await axeViolations(page))];
}
