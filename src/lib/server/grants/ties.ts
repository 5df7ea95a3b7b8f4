/**
 * How a person appears tied to an applicant NGO, from what the app knows: the
 * organisation of their account and the NGO people lists (board seats linked
 * to their account). The rule is applicantTie in src/lib/domain/disqualification.ts.
 */
import { eq } from 'drizzle-orm';
import { applicantTie, type ApplicantTie } from '../../domain/disqualification';
import { onBoard } from '../../domain/organisation-profile';
import type { Queryable } from '../db/client';
import { organisationPerson, user } from '../db/schema';

export function applicantTieOf(
	db: Queryable,
	userId: number,
	applicantOrganisationId: number
): ApplicantTie | null {
	const account = db
		.select({ organisationId: user.organisationId })
		.from(user)
		.where(eq(user.id, userId))
		.get();
	const boardOrganisationIds = db
		.select({ organisationId: organisationPerson.organisationId, role: organisationPerson.role })
		.from(organisationPerson)
		.where(eq(organisationPerson.userId, userId))
		.all()
		.filter((p) => onBoard(p.role))
		.map((p) => p.organisationId);
	return applicantTie({
		userOrganisationId: account?.organisationId ?? null,
		applicantOrganisationId,
		boardOrganisationIds
	});
}
