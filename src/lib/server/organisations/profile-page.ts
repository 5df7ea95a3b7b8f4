/** `/organisations/<id>/profile`: an NGO's profile as its people and the region's grant handlers see it. */
import { eq } from 'drizzle-orm';
import { formatIban, mayNgoSubmit } from '../../domain/organisation-profile';
import { can, type Actor } from '../../domain/policy';
import type { Queryable } from '../db/client';
import { user } from '../db/schema';
import { ATTACHMENT_ACCEPT } from '../files/stored-files';
import {
	authorizeProfile,
	listPeople,
	listRepresentatives,
	organisationUsers,
	profileOf
} from './profile';
import { statutesView } from './statutes';

export function profilePage(db: Queryable, actor: Actor, organisationId: number) {
	const { organisation, target } = authorizeProfile(
		db,
		actor,
		organisationId,
		'organisationProfile.read'
	);
	const profile = profileOf(db, organisationId);
	const canVerify = can(actor, 'organisationProfile.verify', target);
	const canName = can(actor, 'organisationProfile.name', target);
	const verifier =
		profile?.verifiedBy != null
			? db.select({ name: user.name }).from(user).where(eq(user.id, profile.verifiedBy)).get()
			: undefined;
	return {
		organisation: { id: organisation.id, name: organisation.name },
		profile: {
			businessId: profile?.businessId ?? '',
			registerNumber: profile?.registerNumber ?? '',
			iban: profile?.iban ? formatIban(profile.iban) : '',
			language: profile?.language ?? 'fi',
			email: profile?.email ?? '',
			phone: profile?.phone ?? '',
			address: profile?.address ?? ''
		},
		verification: mayNgoSubmit(profile)
			? {
					at: profile!.verifiedAt!,
					by: verifier?.name ?? null,
					note: profile!.verificationNote
				}
			: null,
		statutes: statutesView(db, organisationId),
		accept: ATTACHMENT_ACCEPT,
		people: listPeople(db, organisationId),
		representatives: listRepresentatives(db, organisationId),
		// Whom the county may confirm, and the contact may name: only shown to them.
		users: canVerify || canName ? organisationUsers(db, organisationId) : [],
		canEdit: can(actor, 'organisationProfile.edit', target),
		canVerify,
		canName
	};
}
