import { fail, type ActionFailure } from '@sveltejs/kit';
import * as v from 'valibot';
import { docName } from '#lib/domain/doc-name.js';
import { agendaEditable, hasMinutes, requestsAnswerable } from '#lib/domain/meetings.js';
import { currentItemKey, itemWindows, presentDuring } from '#lib/domain/minutes.js';
import { can, type Actor } from '#lib/domain/policy.js';
import { atClockOn, isoDate, isoTime } from '#lib/domain/time.js';
import { runAction, runOrError, type FormFailure } from '#lib/kit/errors.js';
import { formValues, issuesByField, parseForm, readForm, unreadableForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { meetingInput } from '#lib/kit/meeting-form.js';
import {
	canApprove,
	documentAccess,
	mayChangeAttachments,
	mayReadNonPublicAttachments
} from '#lib/server/access.js';
import * as attachments from '#lib/server/attachments/service.js';
import { bodyTarget } from '#lib/server/bodies/target.js';
import { getDb } from '#lib/server/db/instance.js';
import { MEETING_DATA } from '#lib/kit/invalidation.js';
import { announceMeetingChange } from '#lib/server/meetings/page-signal.js';
import {
	answerRequest,
	askableOrganisations,
	askOrganisation,
	listRequests,
	removeRequest,
	requestsToActor
} from '#lib/server/meetings/requests.js';
import type { Db } from '#lib/server/db/client.js';
import { invalid } from '#lib/server/errors.js';
import {
	getMeeting,
	listAttendance,
	listItems,
	numberOf,
	officersOf,
	type AttendeeView
} from '#lib/server/meetings/queries.js';
import * as meetings from '#lib/server/meetings/service.js';
import * as schemas from '#lib/schemas/meetings.js';
import {
	approveMinutes,
	correctMinutes,
	inviteToMeeting,
	listApprovers,
	listChangeRequests,
	listMinuteCheckers,
	minutesTarget,
	publishMinutes,
	requestChanges
} from '#lib/server/records/signoff.js';
import { effectiveRecord, listCorrections } from '#lib/server/records/stored.js';
import type { Body, Meeting } from '#lib/server/db/schema/index.js';
import { forwardingView } from '#lib/kit/forwarding.js';
import * as calendarSchemas from '#lib/schemas/calendar.js';
import { acceptForward, declineForward, forwardItem } from '#lib/server/calendar/forwarding.js';
import { meetingMeasures } from '#lib/server/measures/meeting-measures.js';
import { addEvaluationItem } from '#lib/server/measures/evaluation.js';
import { evaluationSchema } from '#lib/schemas/measures.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	event.depends(MEETING_DATA);
	const actor = requireActor(event);
	const db = getDb();
	const id = event.params.id;
	const { meeting, body } = await runOrError(() => getMeeting(db, actor, id));
	const target = bodyTarget(body);
	const attendance = listAttendance(db, id);
	const closedAt = meeting.closedAt ?? new Date();
	const items = itemWindows(listItems(db, [id]), closedAt).map((item) => ({
		key: item.key,
		title: item.title,
		presenter: item.presenter,
		public: item.public,
		startedAt: item.startedAt,
		// Who was in the room for some of the item's handling, from the arrival and leave times.
		present:
			item.window && meeting.openedAt
				? attendance
						.filter(
							(a) =>
								a.status === 'present' &&
								presentDuring(a.events, { openedAt: meeting.openedAt!, closedAt }, item.window!)
						)
						.map((a) => a.name)
				: null
	}));
	return {
		meeting: {
			id: meeting.id,
			number: numberOf(meeting),
			title: meeting.title,
			status: meeting.status,
			startsAt: meeting.startsAt,
			endsAt: meeting.endsAt,
			place: meeting.place,
			onlineUrl: meeting.onlineUrl,
			openedAt: meeting.openedAt,
			closedAt: meeting.closedAt,
			form: {
				title: meeting.title,
				date: isoDate(meeting.startsAt),
				startTime: isoTime(meeting.startsAt),
				endTime: isoTime(meeting.endsAt),
				place: meeting.place,
				onlineUrl: meeting.onlineUrl
			}
		},
		body: { id: body.id, name: body.name, level: body.level },
		agendaAccess: documentAccess(db, actor, docName('agenda', id)),
		minutesAccess: hasMinutes(meeting.status)
			? documentAccess(db, actor, docName('minutes', id))
			: 'deny',
		canManage: can(actor, 'meeting.manage', target),
		canRecord: meeting.status === 'in_progress' && can(actor, 'minutes.edit', target),
		items,
		// Before the first item is marked started, the meeting is at its first item (the opening).
		currentItemKey: currentItemKey(items) ?? items[0]?.key ?? null,
		attendance,
		user: { id: actor.userId, name: event.locals.user!.name },
		signOff: signOffView(db, actor, meeting, body),
		officers: officersView(db, meeting, body, attendance),
		canInvite:
			meeting.status === 'planned' && !meeting.invitedAt && can(actor, 'meeting.manage', target),
		invitedAt: meeting.invitedAt,
		publicUrl:
			body.public && (meeting.status === 'published' || meeting.invitedAt)
				? `/archive/meetings/${meeting.id}`
				: null,
		attachments: attachmentsView(db, actor, meeting, body),
		requests: requestsView(db, actor, meeting, body),
		measures: meetingMeasures(db, actor, meeting, body),
		forwarding: forwardingView(db, actor, meeting, body, items),
		icsUrl: `/meetings/${meeting.id}/calendar.ics`
	};
};

/** Approvers, requests for changes and the approved record, once the minutes are in review. */
function signOffView(db: Db, actor: Actor, meeting: Meeting, body: Body) {
	if (
		!['minutes_review', 'approved', 'published'].includes(meeting.status) &&
		meeting.reviewRound === 0
	)
		return null;
	const target = bodyTarget(body);
	const approved = meeting.status === 'approved' || meeting.status === 'published';
	return {
		approvers: listApprovers(db, meeting.id),
		changeRequests: listChangeRequests(db, meeting.id),
		canApprove: canApprove(actor, meeting.status, minutesTarget(db, meeting, body)),
		canPublish:
			meeting.status === 'approved' && body.public && can(actor, 'minutes.publish', target),
		canCorrect: approved && can(actor, 'minutes.correct', target),
		record: approved && can(actor, 'minutes.read', target) ? effectiveRecord(db, meeting.id) : null,
		corrections: approved ? listCorrections(db, meeting.id).map(({ after: _after, ...c }) => c) : []
	};
}

/** Who chaired and who was secretary, as the officers form shows and sends them. */
function officersView(db: Db, meeting: Meeting, body: Body, attendance: AttendeeView[]) {
	const officers = officersOf(db, meeting.id, attendance);
	const [meetingChair, ...itemTurns] = officers.chairedBy;
	return {
		chair: meetingChair?.person.id ?? null,
		secretary: officers.secretary?.id ?? null,
		itemChairs: Object.fromEntries(
			itemTurns.flatMap((turn) => (turn.items ?? []).map((item) => [item.key, turn.person.id]))
		),
		checkerUserIds: body.usesMinuteCheckers
			? listMinuteCheckers(db, meeting.id).map((c) => c.userId)
			: null
	};
}

/**
 * Parses a form, runs a meeting use case, and returns which form it was (its
 * `form` field, else the action's name) for the page's messages. A use case
 * that asks first answers with its question instead, and nothing changes.
 */
async function act<S extends v.GenericSchema>(
	event: RequestEvent,
	schema: S,
	useCase: (
		db: Db,
		actor: Actor,
		id: number,
		data: v.InferOutput<S>
	) => void | ActionFailure<FormFailure>
) {
	const actor = requireActor(event);
	const parsed = await parseForm(event.request, schema);
	if (!parsed.ok) return parsed.failure;
	const id = event.params.id;
	return runAction(parsed.values, () => {
		const db = getDb();
		const question = useCase(db, actor, id, parsed.data);
		if (question) return question;
		// Everyone else with the meeting open sees the change without reloading.
		announceMeetingChange(db, id);
		return { done: parsed.values.form ?? actionName(event.url) };
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

/** A clock time typed on the meeting's day, or now when left empty ("one click at the current time"). */
function timeOnMeetingDay(db: Db, actor: Actor, id: number, time: string, field = 'time'): Date {
	if (!time) return new Date();
	const at = atClockOn(getMeeting(db, actor, id).meeting.startsAt, time);
	if (!at) throw invalid('validation.time', { [field]: 'validation.time' });
	return at;
}

export const actions: Actions = {
	update: (event) =>
		act(event, schemas.meetingSchema, (db, actor, id, data) =>
			meetings.updateMeetingDetails(db, actor, id, meetingInput(data))
		),
	start: (event) =>
		act(event, schemas.confirmSchema, (db, actor, id, data) =>
			meetings.startMeeting(db, actor, id, new Date(), { confirmed: data.confirm })
		),
	cancel: (event) =>
		act(event, schemas.confirmSchema, (db, actor, id, data) =>
			meetings.cancelMeeting(db, actor, id, { confirmed: data.confirm })
		),
	review: (event) =>
		act(event, schemas.reviewSchema, (db, actor, id, data) => {
			if (!data.confirm) return confirmClosingTime(meetings.closingTimeToConfirm(db, actor, id));
			meetings.sendMinutesToReview(
				db,
				actor,
				id,
				timeOnMeetingDay(db, actor, id, data.closedAt, 'closedAt')
			);
		}),
	times: (event) =>
		act(event, schemas.meetingTimesSchema, (db, actor, id, data) => {
			const day = getMeeting(db, actor, id).meeting.startsAt;
			const openedAt = data.openedAt ? atClockOn(day, data.openedAt) : null;
			const closedAt = data.closedAt ? atClockOn(day, data.closedAt) : null;
			meetings.recordMeetingTimes(db, actor, id, { openedAt, closedAt });
		}),
	attendance: (event) =>
		act(event, schemas.attendanceStatusSchema, (db, actor, id, data) =>
			meetings.setAttendanceStatus(db, actor, id, data.attendanceId, data.status)
		),
	presence: (event) =>
		act(event, schemas.presenceSchema, (db, actor, id, data) =>
			meetings.recordPresence(
				db,
				actor,
				id,
				data.attendanceId,
				data.kind,
				timeOnMeetingDay(db, actor, id, data.time)
			)
		),
	correctPresence: (event) =>
		act(event, schemas.presenceCorrectionSchema, (db, actor, id, data) =>
			meetings.correctPresenceTime(
				db,
				actor,
				id,
				data.eventId,
				timeOnMeetingDay(db, actor, id, data.time)
			)
		),
	removePresence: (event) =>
		act(event, schemas.presenceRemovalSchema, (db, actor, id, data) =>
			meetings.removePresence(db, actor, id, data.eventId)
		),
	addParticipant: (event) =>
		act(event, schemas.participantSchema, (db, actor, id, data) =>
			meetings.addParticipant(db, actor, id, data)
		),
	removeParticipant: (event) =>
		act(event, schemas.participantRemovalSchema, (db, actor, id, data) =>
			meetings.removeParticipant(db, actor, id, data.attendanceId)
		),
	invite: (event) =>
		act(event, schemas.noFields, (db, actor, id) => inviteToMeeting(db, actor, id)),
	approve: (event) =>
		act(event, schemas.noFields, (db, actor, id) => void approveMinutes(db, actor, id)),
	requestChanges: (event) =>
		act(event, schemas.changeRequestSchema, (db, actor, id, data) =>
			requestChanges(db, actor, id, data.comment)
		),
	publish: (event) =>
		act(event, schemas.noFields, (db, actor, id) => publishMinutes(db, actor, id)),
	officers: (event) =>
		act(event, schemas.officersSchema, (db, actor, id, data) =>
			meetings.recordOfficers(db, actor, id, data)
		),
	correct: (event) =>
		act(event, schemas.correctionSchema, (db, actor, id, data) =>
			correctMinutes(db, actor, id, data)
		),
	itemStarted: (event) =>
		act(event, schemas.itemStartSchema, (db, actor, id, data) =>
			meetings.markItemStarted(
				db,
				actor,
				id,
				data.itemKey,
				timeOnMeetingDay(db, actor, id, data.time)
			)
		),
	uploadAttachment,
	addEvaluation: (event) =>
		act(
			event,
			evaluationSchema,
			(db, actor, id, data) => void addEvaluationItem(db, actor, id, data)
		),
	forward: (event) =>
		act(
			event,
			calendarSchemas.forwardSchema,
			(db, actor, id, data) =>
				void forwardItem(db, actor, id, data.itemKey, { ...data.target, note: data.note })
		),
	acceptForward: (event) =>
		act(
			event,
			calendarSchemas.acceptForwardSchema,
			(db, actor, id, data) => void acceptForward(db, actor, data.forwardId, data.meetingId ?? id)
		),
	declineForward: (event) =>
		act(event, calendarSchemas.declineForwardSchema, (db, actor, _id, data) =>
			declineForward(db, actor, data.forwardId, data.reason)
		),
	askOrganisation: (event) =>
		act(event, schemas.requestSchema, (db, actor, id, data) =>
			askOrganisation(db, actor, id, data)
		),
	removeRequest: (event) =>
		act(event, schemas.requestRemovalSchema, (db, actor, id, data) =>
			removeRequest(db, actor, id, data.requestId)
		),
	answerRequest: answerRequestAction,
	removeAttachment: (event) =>
		act(event, schemas.attachmentRemovalSchema, (db, actor, _id, data) =>
			attachments.removeAttachment(db, actor, data.attachmentId)
		)
};

// --- Requests to organisations per item ----------------------------------------------------

/** Every request for those who see the meeting; the asker's form; the requests to one's own organisation on top. */
function requestsView(db: Db, actor: Actor, meeting: Meeting, body: Body) {
	const all = listRequests(db, meeting.id);
	const canAsk = agendaEditable(meeting.status) && can(actor, 'agenda.edit', bodyTarget(body));
	return {
		all,
		toUs: requestsToActor(all, actor, body),
		canAsk,
		canAnswer: requestsAnswerable(meeting.status),
		organisations: canAsk ? askableOrganisations(db, body.id) : []
	};
}

/** An answer with an optional file: multipart, so read like an attachment upload. */
async function answerRequestAction(event: RequestEvent) {
	const actor = requireActor(event);
	const form = await readForm(event.request);
	if (!form) return unreadableForm();
	const values = formValues(form);
	const file = form.get('file');
	const parsed = v.safeParse(schemas.requestAnswerSchema, values);
	if (!parsed.success) return fail(400, { issues: issuesByField(parsed.issues), values });
	return runAction(values, async () => {
		const id = event.params.id;
		// A file input left empty arrives as an empty file: an answer without one.
		const chosen =
			file instanceof File && file.size > 0
				? { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
				: null;
		await answerRequest(getDb(), actor, id, parsed.output.requestId, {
			note: parsed.output.note,
			file: chosen
		});
		announceMeetingChange(getDb(), id);
		return { done: 'answerRequest' };
	});
}

// --- Attachments (liitteet) per item -------------------------------------------------------

/** Numbered through the whole meeting; non-public ones are listed only to those who may open them. */
function attachmentsView(db: Db, actor: Actor, meeting: Meeting, body: Body) {
	const target = bodyTarget(body);
	const readsNonPublic = mayReadNonPublicAttachments(actor, target);
	return {
		files: attachments
			.listMeetingAttachments(db, meeting.id)
			.filter((file) => file.public || readsNonPublic),
		canChange: mayChangeAttachments(actor, meeting.status, target),
		accept: attachments.ATTACHMENT_ACCEPT
	};
}

/**
 * A multipart form, so not `parseForm`: the body can be read only once and the
 * file is not a text field. Size and type are the use case's to judge; an
 * empty file input arrives as an empty file and is refused there too.
 */
async function uploadAttachment(event: RequestEvent) {
	const actor = requireActor(event);
	const form = await readForm(event.request);
	if (!form) return unreadableForm();
	const values = formValues(form);
	const file = form.get('file');
	return runAction(values, async () => {
		const id = event.params.id;
		await attachments.addAttachment(getDb(), actor, id, {
			itemKey: values.itemKey ?? '',
			filename: file instanceof File ? file.name : '',
			bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
			public: values.public === 'on'
		});
		announceMeetingChange(getDb(), id);
		return { done: 'attachment' };
	});
}
