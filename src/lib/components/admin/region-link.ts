/**
 * Keeps an administrator's chosen region (`?region=<slug>`) in admin links and
 * form actions; `slug` is null when there is nothing to choose between.
 * Works for form actions too: `inRegion('?/create', slug)` → `?/create&region=…`.
 */
export function inRegion(href: string, slug: string | null): string {
	if (!slug) return href;
	return `${href}${href.includes('?') ? '&' : '?'}region=${encodeURIComponent(slug)}`;
}
