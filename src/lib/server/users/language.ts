/**
 * The language a person's notifications and email are written in, from their
 * account and their organisation's profile (the rule: recipientLanguage in
 * src/lib/domain/notifications.ts).
 */
import { eq } from 'drizzle-orm';
import { recipientLanguage } from '../../domain/notifications';
import type { Language } from '../../domain/roles';
import type { Queryable } from '../db/client';
import { organisationProfile, user } from '../db/schema';

/** Columns to select with `user` left-joined to its organisation's profile (withOrganisationProfile). */
export const recipientLanguageColumns = {
	preferredLanguage: user.preferredLanguage,
	languageChosen: user.languageChosen,
	organisationLanguage: organisationProfile.language
};

/** The join that recipientLanguageColumns read from. */
export const withOrganisationProfile = eq(organisationProfile.organisationId, user.organisationId);

export function recipientLanguageOf(db: Queryable, userId: number): Language {
	const row = db
		.select(recipientLanguageColumns)
		.from(user)
		.leftJoin(organisationProfile, withOrganisationProfile)
		.where(eq(user.id, userId))
		.get()!;
	return recipientLanguage(row);
}
