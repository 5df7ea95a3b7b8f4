/**
 * What the link form accepts. A typed address without a scheme ("thl.fi")
 * becomes https; only web and mail links are allowed, so a pasted
 * `javascript:` address can never end up in the minutes.
 */
export type LinkInput = { kind: 'remove' } | { kind: 'set'; href: string } | { kind: 'invalid' };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const ALLOWED = /^(https?:\/\/[^\s/]|mailto:[^\s@]+@)/i;

export function parseLinkInput(input: string): LinkInput {
	const text = input.trim();
	if (text === '') return { kind: 'remove' };
	const href = SCHEME.test(text) ? text : `https://${text}`;
	return ALLOWED.test(href) && !/\s/.test(href) ? { kind: 'set', href } : { kind: 'invalid' };
}
