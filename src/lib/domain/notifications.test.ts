import { describe, expect, it } from 'vitest';
import { DEFAULT_EMAIL_PREFERENCE, digestDue, recipientLanguage } from './notifications';

const at = (iso: string) => new Date(iso);

describe('daily digest', () => {
	// Helsinki is UTC+2 in winter, UTC+3 in summer.
	it('waits until 07:00 Helsinki time', () => {
		expect(digestDue(at('2026-01-15T04:59:00Z'), null)).toBe(false);
		expect(digestDue(at('2026-01-15T05:00:00Z'), null)).toBe(true);
		expect(digestDue(at('2026-07-15T03:59:00Z'), null)).toBe(false);
		expect(digestDue(at('2026-07-15T04:00:00Z'), null)).toBe(true);
	});

	it('goes out once a day', () => {
		const sentThisMorning = at('2026-01-15T05:10:00Z');
		expect(digestDue(at('2026-01-15T15:00:00Z'), sentThisMorning)).toBe(false);
		expect(digestDue(at('2026-01-16T04:00:00Z'), sentThisMorning)).toBe(false);
		expect(digestDue(at('2026-01-16T05:00:00Z'), sentThisMorning)).toBe(true);
	});

	it('counts a digest sent at 07:00 sharp as that day’s', () => {
		const sentAtSeven = at('2026-01-15T05:00:00Z');
		expect(digestDue(at('2026-01-15T09:00:00Z'), sentAtSeven)).toBe(false);
	});

	it('is what a new user gets by email: a digest a day, not a message per notification', () => {
		expect(DEFAULT_EMAIL_PREFERENCE).toBe('daily');
	});

	it('sends late rather than skipping a day when the server was down at 07:00', () => {
		expect(digestDue(at('2026-01-16T20:00:00Z'), at('2026-01-14T05:00:00Z'))).toBe(true);
	});
});

describe('the language of a message to a person', () => {
	it('is the Swedish-speaking NGO’s for its people who did not choose one, whatever the account says', () => {
		expect(
			recipientLanguage({
				preferredLanguage: 'fi',
				languageChosen: false,
				organisationLanguage: 'sv'
			})
		).toBe('sv');
	});

	it('is the person’s own explicit choice over the organisation’s', () => {
		expect(
			recipientLanguage({
				preferredLanguage: 'fi',
				languageChosen: true,
				organisationLanguage: 'sv'
			})
		).toBe('fi');
		expect(
			recipientLanguage({
				preferredLanguage: 'en',
				languageChosen: true,
				organisationLanguage: 'sv'
			})
		).toBe('en');
	});

	it('is the account’s where the organisation has no profile (the county’s own staff)', () => {
		expect(
			recipientLanguage({
				preferredLanguage: 'sv',
				languageChosen: false,
				organisationLanguage: null
			})
		).toBe('sv');
	});

	it('is a Finnish NGO’s for its people whose account an admin set to another language', () => {
		expect(
			recipientLanguage({
				preferredLanguage: 'sv',
				languageChosen: false,
				organisationLanguage: 'fi'
			})
		).toBe('fi');
	});
});
