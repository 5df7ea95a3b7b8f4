/**
 * How people appear tied to applicant NGOs, from what the app knows: the
 * organisation of their account and the NGO people lists (board seats linked
 * to their account). The rules are applicantTie and applicantTies in
 * src/lib/domain/disqualification.ts.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import {
	applicantTies,
	suggestedGround,
	tieSpecification,
	type ApplicantTie,
	type ApplicantTieFound,
	type DisqualificationGround
} from '../../domain/disqualification';
import { onBoard } from '../../domain/organisation-profile';
import type { Queryable } from '../db/client';
import { grantCall, organisationPerson, user } from '../db/schema';
import type { AttendeeView } from '../meetings/rows';
import { decisionRows } from './decision-rows';

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

/** A participant of a meeting who appears tied to an applicant of a grant item on its agenda. */
export interface MeetingTieWarning {
	itemKey: string;
	attendanceId: number;
	userId: number;
	name: string;
	organisation: string;
	tie: ApplicantTie;
	/** What a declaration from the warning records. */
	ground: DisqualificationGround;
	specification: string;
}

/**
 * The participants of a meeting tied to an applicant of a grant call decided
 * in it, per decision item: the members of the deciding body, who must declare
 * before the item is handled.
 */
export function meetingTieWarnings(
	db: Queryable,
	meetingId: number,
	attendance: readonly AttendeeView[]
): MeetingTieWarning[] {
	const calls = db
		.select({ id: grantCall.id, itemKey: grantCall.decisionItemKey })
		.from(grantCall)
		.where(and(eq(grantCall.decisionMeetingId, meetingId), isNotNull(grantCall.decisionItemKey)))
		.all();
	const participants = attendance.filter((a) => a.userId !== null);
	return calls.flatMap((call) => {
		const applicants = new Map(
			decisionRows(db, call.id).map((row) => [row.organisationId, row.organisation])
		);
		const ties = applicantTiesOf(
			db,
			participants.map((a) => a.userId!),
			[...applicants.keys()]
		);
		return participants.flatMap((a) =>
			ties
				.filter((t) => t.userId === a.userId)
				.map((t) => {
					const organisation = applicants.get(t.applicantOrganisationId)!;
					return {
						itemKey: call.itemKey!,
						attendanceId: a.id,
						userId: t.userId,
						name: a.name,
						organisation,
						tie: t.tie,
						ground: suggestedGround(t.tie),
						specification: tieSpecification(t.tie, organisation)
					};
				})
		);
	});
}
