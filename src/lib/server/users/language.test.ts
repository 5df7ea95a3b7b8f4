import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organisationProfile } from '../db/schema';
import { createTestDb } from '../db/testing';
import { insertActor, insertOrganisation, insertRegion } from '../testing/fixtures';
import { setPreferredLanguage, updateProfile } from './account';
import { recipientLanguageOf } from './language';

describe('the language of one’s messages', () => {
	it('follows a Swedish-speaking NGO until the person chooses a language themselves', () => {
		const db = createTestDb();
		const r = insertRegion(db, 'kieli');
		const ngoId = insertOrganisation(db, r.regionId, 'Föreningen rf', 'ngo');
		db.update(organisationProfile)
			.set({ language: 'sv' })
			.where(eq(organisationProfile.organisationId, ngoId))
			.run();
		const person = insertActor(db, ngoId, 'person@forening.example', 'member');
		const staff = insertActor(db, r.countyId, 'staff@example.fi', 'member');
		expect(recipientLanguageOf(db, person.userId)).toBe('sv');
		expect(recipientLanguageOf(db, staff.userId)).toBe('fi');

		// Saving one's name with the language as it was is no choice of language.
		updateProfile(db, person, { name: 'Person', title: '', preferredLanguage: 'fi' });
		expect(recipientLanguageOf(db, person.userId)).toBe('sv');
		updateProfile(db, person, { name: 'Person', title: '', preferredLanguage: 'en' });
		expect(recipientLanguageOf(db, person.userId)).toBe('en');
		// Once chosen, saving again keeps it chosen.
		updateProfile(db, person, { name: 'Person', title: 'Kassör', preferredLanguage: 'en' });
		expect(recipientLanguageOf(db, person.userId)).toBe('en');

		const other = insertActor(db, ngoId, 'other@forening.example', 'member');
		setPreferredLanguage(db, other, 'fi');
		expect(recipientLanguageOf(db, other.userId)).toBe('fi');
	});
});
