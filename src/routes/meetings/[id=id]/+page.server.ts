import { fail, type ActionFailure } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actor } from '#lib/domain/policy.js';
import { isoTime } from '#lib/domain/time.js';
import { formAction } from '#lib/kit/actions.js';
import { runAction, runOrError, type FormFailure } from '#lib/kit/errors.js';
import { formValues, issuesByField, readForm, unreadableForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { MEETING_DATA } from '#lib/kit/invalidation.js';
import { meetingInput } from '#lib/kit/meeting-form.js';
import * as calendarSchemas from '#lib/schemas/calendar.js';
import { evaluationSchema } from '#lib/schemas/measures.js';
import * as schemas from '#lib/schemas/meetings.js';
import * as attachments from '#lib/server/attachments/service.js';
import { forwardItem } from '#lib/server/calendar/forwarding.js';
import { getDb } from '#lib/server/db/instance.js';
import { addEvaluationItem } from '#lib/server/measures/evaluation.js';
import {
	declareDisqualification,
	withdrawDisqualification
} from '#lib/server/meetings/disqualification.js';
import { acceptForwardHere, declineForwardHere } from '#lib/server/meetings/forwarding.js';
import { meetingPage } from '#lib/server/meetings/meeting-page.js';
import { announceMeetingChange } from '#lib/server/meetings/page-signal.js';
import { authorizeMeeting, type MeetingAction } from '#lib/server/meetings/readable.js';
import {
	answerRequest,
	askOrganisation,
	authorizeAnswering,
	removeRequest
} from '#lib/server/meetings/requests.js';
import * as meetings from '#lib/server/meetings/service.js';
import {
	approveMinutes,
	authorizeApproval,
	correctMinutes,
	inviteToMeeting,
	publishMinutes,
	requestChanges
} from '#lib/server/records/signoff.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

type Db = ReturnType<typeof getDb>;

export const load: PageServerLoad = async (event) => {
	event.depends(MEETING_DATA);
	const actor = requireActor(event);
	const page = await runOrError(() => meetingPage(getDb(), actor, event.params.id, new Date()));
	return { ...page, user: { id: actor.userId, name: event.locals.user!.name } };
};

/** Who may act: a policy action on the meeting's body, or a rule of its own (signing, answering, attachments). */
type MeetingAuthorization = MeetingAction | ((db: Db, actor: Actor, meetingId: number) => unknown);

function authorizer(rule: MeetingAuthorization, meetingId: number) {
	return (db: Db, actor: Actor) => {
		if (typeof rule === 'string') authorizeMeeting(db, actor, meetingId, rule);
		else rule(db, actor, meetingId);
	};
}

/**
 * A meeting action: refuses someone who may not act on this meeting before the
 * form is read (404 for a meeting they cannot see, 403 otherwise), then runs the
 * use case and answers with which form it was (`done`, the action's name unless
 * the form has its own) for the page's messages. A use case that asks first
 * answers with its question instead, and nothing changes.
 */
function act<S extends v.GenericSchema>(
	event: RequestEvent,
	steps: { authorize: MeetingAuthorization; schema: S; done?: string },
	useCase: (
		db: Db,
		actor: Actor,
		id: number,
		data: v.InferOutput<S>
	) => void | ActionFailure<FormFailure>
) {
	const id = event.params.id;
	return formAction(event, {
		authorize: authorizer(steps.authorize, id),
		schema: steps.schema,
		run: (db, actor, data) => {
			const question = useCase(db, actor, id, data);
			if (question) return question;
			// Everyone else with the meeting open sees the change without reloading.
			announceMeetingChange(db, id);
			return { done: steps.done ?? actionName(event.url) };
		}
	});
}

/** The action a form posts to (`?/start` → `start`), read from the URL as SvelteKit reads it. */
function actionName(url: URL): string {
	return [...url.searchParams.keys()].find((key) => key.startsWith('/'))?.slice(1) ?? 'default';
}

/** The question before the minutes go to review, with the closing time to confirm in its time field. */
function confirmClosingTime(closedAt: Date) {
	const question = 'meeting.confirm.review';
	return fail(409, {
		message: question,
		issues: { confirm: question },
		values: { form: 'review', closedAt: isoTime(closedAt) }
	} satisfies FormFailure);
}

export const actions: Actions = {
	update: (event) =>
		act(
			event,
			{ authorize: 'meeting.manage', schema: schemas.meetingSchema },
			(db, actor, id, data) => meetings.updateMeetingDetails(db, actor, id, meetingInput(data))
		),
	start: (event) =>
		act(
			event,
			{ authorize: 'meeting.manage', schema: schemas.confirmSchema },
			(db, actor, id, data) =>
				meetings.startMeeting(db, actor, id, new Date(), { confirmed: data.confirm })
		),
	cancel: (event) =>
		act(
			event,
			{ authorize: 'meeting.manage', schema: schemas.confirmSchema },
			(db, actor, id, data) => meetings.cancelMeeting(db, actor, id, { confirmed: data.confirm })
		),
	review: (event) =>
		act(
			event,
			{ authorize: 'minutes.edit', schema: schemas.reviewSchema },
			(db, actor, id, data) => {
				if (!data.confirm) return confirmClosingTime(meetings.closingTimeToConfirm(db, actor, id));
				meetings.sendMinutesToReview(
					db,
					actor,
					id,
					meetings.timeOnMeetingDay(db, actor, id, data.closedAt, 'closedAt')
				);
			}
		),
	times: (event) =>
		act(
			event,
			{ authorize: 'minutes.edit', schema: schemas.meetingTimesSchema },
			(db, actor, id, data) =>
				meetings.recordMeetingTimes(db, actor, id, {
					openedAt: data.openedAt
						? meetings.timeOnMeetingDay(db, actor, id, data.openedAt, 'openedAt')
						: null,
					closedAt: data.closedAt
						? meetings.timeOnMeetingDay(db, actor, id, data.closedAt, 'closedAt')
						: null
				})
		),
	attendance: (event) =>
		act(
			event,
			{ authorize: 'minutes.edit', schema: schemas.attendanceStatusSchema },
			(db, actor, id, data) =>
				meetings.setAttendanceStatus(db, actor, id, data.attendanceId, data.status)
		),
	presence: (event) =>
		act(
			event,
			{ authorize: 'minutes.edit', schema: schemas.presenceSchema },
			(db, actor, id, data) =>
				meetings.recordPresence(
					db,
					actor,
					id,
					data.attendanceId,
					data.kind,
					meetings.timeOnMeetingDay(db, actor, id, data.time)
				)
		),
	correctPresence: (event) =>
		act(
			event,
			{ authorize: 'minutes.edit', schema: schemas.presenceCorrectionSchema },
			(db, actor, id, data) =>
				meetings.correctPresenceTime(
					db,
					actor,
					id,
					data.eventId,
					meetings.timeOnMeetingDay(db, actor, id, data.time)
				)
		),
	removePresence: (event) =>
		act(
			event,
			{ authorize: 'minutes.edit', schema: schemas.presenceRemovalSchema },
			(db, actor, id, data) => meetings.removePresence(db, actor, id, data.eventId)
		),
	addParticipant: (event) =>
		act(
			event,
			{ authorize: 'minutes.edit', schema: schemas.participantSchema, done: 'participant' },
			(db, actor, id, data) => meetings.addParticipant(db, actor, id, data)
		),
	removeParticipant: (event) =>
		act(
			event,
			{ authorize: 'minutes.edit', schema: schemas.participantRemovalSchema },
			(db, actor, id, data) => meetings.removeParticipant(db, actor, id, data.attendanceId)
		),
	invite: (event) =>
		act(event, { authorize: 'meeting.manage', schema: schemas.noFields }, (db, actor, id) =>
			inviteToMeeting(db, actor, id)
		),
	approve: (event) =>
		act(
			event,
			{ authorize: authorizeApproval, schema: schemas.noFields },
			(db, actor, id) => void approveMinutes(db, actor, id)
		),
	requestChanges: (event) =>
		act(
			event,
			{ authorize: authorizeApproval, schema: schemas.changeRequestSchema },
			(db, actor, id, data) => requestChanges(db, actor, id, data.comment)
		),
	publish: (event) =>
		act(event, { authorize: 'minutes.publish', schema: schemas.noFields }, (db, actor, id) =>
			publishMinutes(db, actor, id)
		),
	officers: (event) =>
		act(
			event,
			{ authorize: 'minutes.edit', schema: schemas.officersSchema },
			(db, actor, id, data) => meetings.recordOfficers(db, actor, id, data)
		),
	correct: (event) =>
		act(
			event,
			{ authorize: 'minutes.correct', schema: schemas.correctionSchema },
			(db, actor, id, data) => correctMinutes(db, actor, id, data)
		),
	itemStarted: (event) =>
		act(
			event,
			{ authorize: 'minutes.edit', schema: schemas.itemStartSchema },
			(db, actor, id, data) =>
				meetings.markItemStarted(
					db,
					actor,
					id,
					data.itemKey,
					meetings.timeOnMeetingDay(db, actor, id, data.time)
				)
		),
	declareDisqualification: (event) =>
		act(
			event,
			{
				authorize: 'minutes.edit',
				schema: schemas.disqualificationSchema,
				done: 'disqualification'
			},
			(db, actor, id, { time, ...input }) =>
				declareDisqualification(
					db,
					actor,
					id,
					input,
					meetings.timeOnMeetingDay(db, actor, id, time)
				)
		),
	withdrawDisqualification: (event) =>
		act(
			event,
			{ authorize: 'minutes.edit', schema: schemas.disqualificationRemovalSchema },
			(db, actor, id, data) =>
				withdrawDisqualification(db, actor, id, data.disqualificationId, new Date())
		),
	uploadAttachment,
	addEvaluation: (event) =>
		act(
			event,
			{ authorize: 'agenda.edit', schema: evaluationSchema, done: 'evaluation' },
			(db, actor, id, data) => void addEvaluationItem(db, actor, id, data)
		),
	forward: (event) =>
		act(
			event,
			{ authorize: 'item.forward', schema: calendarSchemas.forwardSchema },
			(db, actor, id, data) =>
				void forwardItem(db, actor, id, data.itemKey, { ...data.target, note: data.note })
		),
	acceptForward: (event) =>
		act(
			event,
			{ authorize: 'item.receive', schema: schemas.forwardAcceptanceSchema },
			(db, actor, id, data) => acceptForwardHere(db, actor, id, data.forwardId)
		),
	declineForward: (event) =>
		act(
			event,
			{ authorize: 'item.receive', schema: calendarSchemas.declineForwardSchema },
			(db, actor, id, data) => declineForwardHere(db, actor, id, data.forwardId, data.reason)
		),
	askOrganisation: (event) =>
		act(
			event,
			{ authorize: 'agenda.edit', schema: schemas.requestSchema, done: 'request' },
			(db, actor, id, data) => askOrganisation(db, actor, id, data)
		),
	removeRequest: (event) =>
		act(
			event,
			{ authorize: 'agenda.edit', schema: schemas.requestRemovalSchema },
			(db, actor, id, data) => removeRequest(db, actor, id, data.requestId)
		),
	answerRequest: answerRequestAction,
	removeAttachment: (event) =>
		act(
			event,
			{
				authorize: attachments.authorizeAttachmentChange,
				schema: schemas.attachmentRemovalSchema
			},
			(db, actor, id, data) => attachments.removeAttachment(db, actor, id, data.attachmentId)
		)
};

/**
 * A multipart form (a file beside text fields), so not `formAction`'s `parseForm`,
 * but in its order: who may act is decided before the form is read.
 */
async function multipartAction(
	event: RequestEvent,
	authorize: (db: Db, actor: Actor, meetingId: number) => void,
	useCase: (
		db: Db,
		actor: Actor,
		id: number,
		values: Record<string, string>,
		file: FormDataEntryValue | null
	) => Promise<ActionFailure<FormFailure> | { done: string }>
) {
	const actor = requireActor(event);
	const id = event.params.id;
	const db = getDb();
	await runOrError(() => authorize(db, actor, id));
	const form = await readForm(event.request);
	if (!form) return unreadableForm();
	const values = formValues(form);
	return runAction(values, () => useCase(db, actor, id, values, form.get('file')));
}

/** An answer with an optional file: multipart, so read like an attachment upload. */
function answerRequestAction(event: RequestEvent) {
	return multipartAction(event, authorizeAnswering, async (db, actor, id, values, file) => {
		const parsed = v.safeParse(schemas.requestAnswerSchema, values);
		if (!parsed.success) return fail(400, { issues: issuesByField(parsed.issues), values });
		// A file input left empty arrives as an empty file: an answer without one.
		const chosen =
			file instanceof File && file.size > 0
				? { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
				: null;
		await answerRequest(db, actor, id, parsed.output.requestId, {
			note: parsed.output.note,
			file: chosen
		});
		announceMeetingChange(db, id);
		return { done: 'answerRequest' };
	});
}

/**
 * The file is not a text field, so there is no schema: size and type are the
 * use case's to judge; an empty file input arrives as an empty file and is refused there too.
 */
function uploadAttachment(event: RequestEvent) {
	return multipartAction(
		event,
		attachments.authorizeAttachmentChange,
		async (db, actor, id, values, file) => {
			await attachments.addAttachment(db, actor, id, {
				itemKey: values.itemKey ?? '',
				filename: file instanceof File ? file.name : '',
				bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
				public: values.public === 'on'
			});
			announceMeetingChange(db, id);
			return { done: 'attachment' };
		}
	);
}
