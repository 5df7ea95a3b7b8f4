/**
 * How people appear tied to applicant NGOs, from what the app knows: the
 * organisation of their account and the NGO people lists (board seats linked
 * to their account). The rules are applicantTie and applicantTies in
 * src/lib/domain/disqualification.ts; who is warned of them before preparing
 * or deciding a call is in tie-warnings.ts.
 */
import { inArray } from 'drizzle-orm';
import {
	applicantTies,
	type ApplicantTie,
	type ApplicantTieFound
} from '../../domain/disqualification';
import { onBoard } from '../../domain/organisation-profile';
import type { Queryable } from '../db/client';
import { organisationPerson, user } from '../db/schema';

/** The people's ties to the applicants, set-based: two queries for any number of people. */
export function applicantTiesOf(
	db: Queryable,
	userIds: readonly number[],
	applicantOrganisationIds: readonly number[]
): ApplicantTieFound[] {
	if (userIds.length === 0 || applicantOrganisationIds.length === 0) return [];
	const accounts = db
		.select({ id: user.id, organisationId: user.organisationId })
		.from(user)
		.where(inArray(user.id, [...userIds]))
		.all();
	const seats = db
		.select({
			userId: organisationPerson.userId,
			organisationId: organisationPerson.organisationId,
			role: organisationPerson.role
		})
		.from(organisationPerson)
		.where(inArray(organisationPerson.userId, [...userIds]))
		.all()
		.filter((seat) => onBoard(seat.role));
	return applicantTies(
		accounts.map((account) => ({
			userId: account.id,
			userOrganisationId: account.organisationId,
			boardOrganisationIds: seats
				.filter((seat) => seat.userId === account.id)
				.map((seat) => seat.organisationId)
		})),
		applicantOrganisationIds
	);
}

export function applicantTieOf(
	db: Queryable,
	userId: number,
	applicantOrganisationId: number
): ApplicantTie | null {
	return applicantTiesOf(db, [userId], [applicantOrganisationId])[0]?.tie ?? null;
}
