/** Longer than any address of the app: a redirect target this long is not one of ours. */
const MAX_TARGET_LENGTH = 2048;

// Any origin works as the base: only whether the target stays on it matters.
const BASE = new URL('https://yhdyspinta.invalid');

/**
 * A same-origin path to send the browser back to, or the fallback. The target
 * is resolved with the WHATWG URL parser, as a browser resolves a Location
 * header, so "/\tevil.example", "/\\evil.example" and "//evil.example" all
 * count as the other origin they would reach. Whitespace and control
 * characters are refused outright: a browser drops them silently, and Node
 * cannot send them in a header.
 */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string' || !value.startsWith('/') || value.length > MAX_TARGET_LENGTH)
		return fallback;
	if (/[\s\p{Cc}]/u.test(value)) return fallback;
	let target: URL;
	try {
		target = new URL(value, BASE);
	} catch {
		return fallback;
	}
	if (target.origin !== BASE.origin) return fallback;
	// Serialised by the parser: percent-encoded, so nothing above U+00FF reaches the header.
	return target.pathname + target.search + target.hash;
}
