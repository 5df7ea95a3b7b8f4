/** The thread of one application between the applicant's people and the call's handlers. */
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import type { Db, Queryable } from '../db/client';
import { grantMessage, organisation, user } from '../db/schema';
import { notify } from '../notifications/service';
import { applicantUserIds, handlerUserIds } from './people';
import { authorizeApplication, callStaff } from './readable';

/** Posts a message; the other side is notified (the applicant's people, or the call's handlers). */
export function postMessage(
	db: Db,
	actor: Actor,
	applicationId: number,
	text: string,
	now: Date
): void {
	db.transaction((tx) => {
		const { call, application } = authorizeApplication(
			tx,
			actor,
			applicationId,
			'grantApplication.message',
			now
		);
		tx.insert(grantMessage)
			.values({ applicationId, authorId: actor.userId, text, createdAt: now })
			.run();
		const fromApplicant = actor.organisationId === application.organisationId;
		const applicant = tx
			.select({ name: organisation.name })
			.from(organisation)
			.where(eq(organisation.id, application.organisationId))
			.get()!;
		notify(
			tx,
			{
				userIds: (fromApplicant
					? handlerUserIds(tx, call, callStaff(tx, call.id))
					: applicantUserIds(tx, application.organisationId)
				).filter((id) => id !== actor.userId),
				kind: 'grant_message',
				params: { title: application.title, organisation: applicant.name },
				link: `/grants/applications/${applicationId}`
			},
			now
		);
	});
}

/** The thread in order, each message with its author and whether it comes from the applicant. */
export function listMessages(
	db: Queryable,
	applicationId: number,
	applicantOrganisationId: number
) {
	return db
		.select({
			id: grantMessage.id,
			text: grantMessage.text,
			createdAt: grantMessage.createdAt,
			authorName: user.name,
			authorOrganisationId: user.organisationId
		})
		.from(grantMessage)
		.innerJoin(user, eq(grantMessage.authorId, user.id))
		.where(eq(grantMessage.applicationId, applicationId))
		.orderBy(asc(grantMessage.createdAt), asc(grantMessage.id))
		.all()
		.map(({ authorOrganisationId, ...message }) => ({
			...message,
			fromApplicant: authorOrganisationId === applicantOrganisationId
		}));
}
