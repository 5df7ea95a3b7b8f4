import { describe, expect, it } from 'vitest';
import { parseLinkInput } from './links';

describe('link form input', () => {
	it('keeps web and mail addresses and adds https to a bare host', () => {
		expect(parseLinkInput(' https://thl.fi/hyte ')).toEqual({
			kind: 'set',
			href: 'https://thl.fi/hyte'
		});
		expect(parseLinkInput('www.hyvinvointialue.fi')).toEqual({
			kind: 'set',
			href: 'https://www.hyvinvointialue.fi'
		});
		expect(parseLinkInput('mailto:sihteeri@example.fi')).toEqual({
			kind: 'set',
			href: 'mailto:sihteeri@example.fi'
		});
	});

	it('removes the link when empty and refuses other schemes', () => {
		expect(parseLinkInput('   ')).toEqual({ kind: 'remove' });
		expect(parseLinkInput('javascript:alert(1)')).toEqual({ kind: 'invalid' });
		expect(parseLinkInput('data:text/html,x')).toEqual({ kind: 'invalid' });
		expect(parseLinkInput('https://a b')).toEqual({ kind: 'invalid' });
	});
});
