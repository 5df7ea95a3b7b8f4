/**
 * The one place that decides who may do what. Pure and deny by default:
 * pages, form actions, API routes, use cases and the collaboration server all
 * ask `can`, and anything not granted below is refused.
 */
import { inAudience, type Audience, type RoundStatus } from './consultations';
import type { CompletionPart } from './grant-completion';
import type { ApplicationChannel } from './grant-paper';
import {
	applicationEditable,
	inAssessment,
	isGranted,
	inHandling,
	type ApplicationStatus,
	type CallStatus
} from './grants';
import type { Level } from './levels';
import { actsForOrganisation } from './organisation-profile';
import type { AnswerStatus, SurveyStatus } from './survey';
import { OFFICER_ROLES, type BodyRole, type OrganisationKind, type SiteRole } from './roles';

export interface Membership {
	bodyId: number;
	role: BodyRole;
}

/** The signed-in user as the policy sees them; `null` is an anonymous visitor. */
export interface Actor {
	userId: number;
	siteRole: SiteRole;
	organisationId: number;
	organisationKind: OrganisationKind;
	regionId: number;
	/** Runs the national situational picture: its surveys and every region's answers. */
	nationalRole: boolean;
	memberships: readonly Membership[];
}

export interface RegionTarget {
	regionId: number;
}

export interface BodyTarget {
	id: number;
	regionId: number;
	level: Level;
	public: boolean;
	membersCoEditMinutes: boolean;
}

/** The minutes of one meeting: its body plus who signs them (src/lib/domain/officers.ts). */
export interface MinutesTarget extends BodyTarget {
	approverUserIds: readonly number[];
	/** Signers a disqualification on an item bars from approving (src/lib/domain/disqualification.ts). */
	barredUserIds: readonly number[];
}

/** A request to an organisation on an agenda item of a body's meeting. */
export interface RequestTarget extends BodyTarget {
	organisationId: number;
}

export interface RoleGrantTarget {
	regionId: number;
	siteRole: SiteRole;
}

export interface UserTarget {
	id: number;
}

/** A goal or measure: where it was agreed and who committed to it. */
export interface MeasureTarget {
	regionId: number;
	/** The body in whose meeting it was agreed. */
	bodyId: number;
	ownerOrganisationIds: readonly number[];
}

/** A consultation round: its region, whom it asks and where it stands now. */
export interface ConsultationTarget {
	regionId: number;
	audience: Audience;
	status: RoundStatus;
}

/** A comment in a round, with its author. */
export interface CommentTarget extends ConsultationTarget {
	authorId: number;
}

/** A grant call: its region, where it stands and who works on it besides the coordinators. */
export interface GrantCallTarget {
	regionId: number;
	status: CallStatus;
	/** False while the call is a draft only its handlers see. */
	published: boolean;
	handlerIds: readonly number[];
	assessorIds: readonly number[];
}

/** An application: its call, the applicant organisation and where it stands. */
export interface GrantApplicationTarget extends GrantCallTarget {
	organisationId: number;
	applicationStatus: ApplicationStatus;
	/** Sent in the app by the NGO, or entered from paper by a handler. */
	channel: ApplicationChannel;
	/** Assessors who declared a conflict of interest (esteellisyys) for this application. */
	disqualifiedIds: readonly number[];
	/** Who acts for the applicant NGO, when it has named them (`actsForOrganisation`). */
	representativeIds: readonly number[] | null;
	/** The parts a request for completion opens to the NGO now (none: no open request). */
	completionParts: readonly CompletionPart[];
}

/** A call an NGO would apply to, with who acts for the actor's own NGO. */
export interface GrantApplyTarget extends GrantCallTarget {
	representativeIds: readonly number[] | null;
}

/** An NGO's profile: whose it is, who acts for it and who handles the region's grants. */
export interface OrganisationProfileTarget {
	regionId: number;
	organisationId: number;
	representativeIds: readonly number[] | null;
	/** The contact people the county confirmed when it verified the NGO. */
	confirmedContactIds: readonly number[];
	/** Those named to handle any of the region's calls. */
	handlerIds: readonly number[];
}

/** A region's answer to a year's survey: whose it is, who was named to give it, where it stands. */
export interface SurveyAnswerTarget {
	regionId: number;
	respondentId: number | null;
	surveyStatus: SurveyStatus;
	answerStatus: AnswerStatus;
}

interface ActionTargets {
	/** Open the administration area at all. */
	'admin.access': null;
	/** Create a region with its county organisation: administrators only. */
	'region.create': null;
	/** Give or take away the national role (`Actor.nationalRole`): administrators only. */
	'user.assignNationalRole': null;
	/** Define the yearly survey of the national picture, publish a year, correct a published answer. */
	'situation.manage': null;
	/** Read every region's answers to the survey, drafts included. */
	'situation.readAnswers': null;
	'organisation.manage': RegionTarget;
	'user.manage': RegionTarget;
	/** Give a user a site role; only an administrator can make administrators. */
	'user.assignRole': RoleGrantTarget;
	'body.manage': RegionTarget;
	'membership.manage': BodyTarget;
	'feedback.read': null;
	/** See the region's cooperation structure: bodies, members, officers. */
	'structure.read': RegionTarget;
	'body.read': BodyTarget;
	'meeting.read': BodyTarget;
	'meeting.manage': BodyTarget;
	'agenda.edit': BodyTarget;
	'minutes.read': BodyTarget;
	'minutes.edit': BodyTarget;
	'minutes.approve': MinutesTarget;
	/** Publish approved minutes of a public body in the open archive. */
	'minutes.publish': BodyTarget;
	/** Record a correction to approved minutes (who, when, why). */
	'minutes.correct': BodyTarget;
	/** Read the region's audit log. */
	'audit.read': RegionTarget;
	'account.edit': UserTarget;
	/** Read one's notifications, mark them read, choose how they come by email. */
	'notification.read': UserTarget;
	/** See the region's annual calendar: milestones, meetings one may see, cadence. */
	'calendar.read': RegionTarget;
	/** Edit the region's milestones, copy a year, plan a year of meetings. */
	'calendar.manage': RegionTarget;
	/** Send an agenda item of this body's meeting to another body. */
	'item.forward': BodyTarget;
	/** Accept or decline an item sent to this body. */
	'item.receive': BodyTarget;
	/** Answer what the body's secretary asked one's own organisation to bring to an item. */
	'request.answer': RequestTarget;
	/** Create plan documents, freeze versions, open and close consultation rounds. */
	'consultation.manage': RegionTarget;
	/** Co-edit a plan document live. */
	'consultation.read': ConsultationTarget;
	/** Comment or reply in a round; only while it is open. */
	'consultation.comment': ConsultationTarget;
	/** Change one's own comment; only while the round is open. */
	'comment.edit': CommentTarget;
	/** Answer a comment with a response and an outcome. */
	'consultation.answer': ConsultationTarget;
	/** Hide an inappropriate comment, with a reason. */
	'comment.hide': ConsultationTarget;
	/** Record (or correct) goals and measures agreed in a body's meeting. */
	'measure.record': MeasureTarget;
	/** Follow-up: change the status with a comment. */
	'measure.update': MeasureTarget;
	/** Reopen a measure that was marked done or dropped. */
	'measure.reopen': MeasureTarget;
	'measure.read': MeasureTarget;
	/** Follow up every goal and measure of the region, whoever owns them. */
	'measure.followUpRegion': RegionTarget;
	/** Define indicators and enter or import their values. */
	'indicator.manage': RegionTarget;
	/** See the region's indicators and their values. */
	'indicator.read': RegionTarget;
	/** Define the region's grant baskets, appropriations, activity classes and calls. */
	'grant.manage': RegionTarget;
	/** See a call: its instructions, criteria and schedule (published calls are for the whole region). */
	'grantCall.read': GrantCallTarget;
	/** Handle a call's applications: eligibility, the proposal, payments and reports. */
	'grantCall.handle': GrantCallTarget;
	/** Start an application to the call for one's own organisation. */
	'grantCall.apply': GrantApplyTarget;
	/** Enter an application that arrived on paper, on the NGO's behalf: the call's handlers. */
	'grantCall.enterPaper': GrantCallTarget;
	/** See an application: its organisation's people, the call's handlers and assessors. */
	'grantApplication.read': GrantApplicationTarget;
	/**
	 * Write and submit an application: its organisation's people, while it is a
	 * draft of an open call; a paper application, the call's handlers who transcribe it.
	 */
	'grantApplication.edit': GrantApplicationTarget;
	/** Complete the parts a handler asked for, for one's own organisation, until the deadline. */
	'grantApplication.complete': GrantApplicationTarget;
	/** Write the application's long texts (its live document): while a draft, or while a completion asks for them. */
	'grantApplication.writeTexts': GrantApplicationTarget;
	/** Read the region's general grant terms and appeal instructions, in every version. */
	'grantDocument.read': RegionTarget;
	/** Score an application, or declare a conflict of interest in it. */
	'grantApplication.assess': GrantApplicationTarget;
	/** Withdraw one's organisation's application before it is decided. */
	'grantApplication.withdraw': GrantApplicationTarget;
	/** Copy one's organisation's earlier application as the draft of a new call. */
	'grantApplication.copy': GrantApplicationTarget;
	/** Write in the application's message thread: the applicant's people and the call's handlers. */
	'grantApplication.message': GrantApplicationTarget;
	/** Report on the use of a grant, for one's own organisation. */
	'grantReport.submit': GrantApplicationTarget;
	/** Apply to change a granted grant (its period of use, budget or purpose), for one's own organisation. */
	'grantChange.apply': GrantApplicationTarget;
	/** Decide a change application, and claim back unused or misused money: the call's handlers. */
	'grantChange.decide': GrantApplicationTarget;
	/** Gather the region's payable instalments into batches, check, approve, export and pay them. */
	'grantPayment.handle': RegionTarget;
	/** Ask for an instalment of a grant paid on request, for one's own organisation. */
	'grantPayment.request': GrantApplicationTarget;
	/** Accept or refuse a grant decided for one's own organisation. */
	'grantAcceptance.respond': GrantApplicationTarget;
	/** See an NGO's profile: its own people and the region's grant handlers. */
	'organisationProfile.read': OrganisationProfileTarget;
	/** Keep the profile up to date: whoever acts for the NGO. */
	'organisationProfile.edit': OrganisationProfileTarget;
	/** Check the NGO and its contact person against the association register: the region's grant handlers. */
	'organisationProfile.verify': OrganisationProfileTarget;
	/** Name the colleagues who act for the NGO: its confirmed contact person. */
	'organisationProfile.name': OrganisationProfileTarget;
	/** See one's own region's answer: its coordinators, its named respondent and the national role. */
	'situation.readAnswer': SurveyAnswerTarget;
	/** Edit and submit the region's draft answer while the survey is open. */
	'situation.answer': SurveyAnswerTarget;
	/** Name who answers the survey for the region: its coordinators. */
	'situation.nameRespondent': RegionTarget;
}

export type Action = keyof ActionTargets;
export type TargetOf<A extends Action> = ActionTargets[A];

/**
 * What an administrator does not inherit. Administering the installation is
 * not acting as someone else, so for these an administrator follows the same
 * rule as everyone:
 * - `account.edit`, `notification.read`: one's own settings and inbox. Users
 *   are managed through `user.manage`; sessions end only by their owner's
 *   logout or password change, or when `user.manage` deactivates the account.
 * - `minutes.approve`: approving is vouching that the minutes say what
 *   happened, so only those who signed for the meeting (whoever chaired, the
 *   secretary, the minute checkers) approve.
 * - `comment.edit`: a comment is its author's words; others hide it
 *   (`comment.hide`), nobody rewrites it.
 * - `request.answer`: the answer speaks for the asked organisation, so only
 *   its own people in the body give it.
 * - `grantCall.apply`, `grantApplication.edit`, `grantApplication.complete`,
 *   `grantApplication.writeTexts`, `grantApplication.withdraw`, `grantApplication.copy`,
 *   `grantReport.submit`, `grantChange.apply`,
 *   `grantAcceptance.respond`: an application, a report, a change application
 *   and an acceptance speak for the NGO, so only its own people give, write or
 *   withdraw them (a paper application is transcribed by the call's handlers,
 *   who follow the same rule as everyone).
 * - `organisationProfile.edit`, `organisationProfile.name`: the profile and
 *   who acts for the NGO are the NGO's own word.
 * - `grantApplication.assess`: a score is the named assessor's own judgement.
 * - `grantPayment.request`: asking for the money speaks for the NGO.
 * - `situation.answer`: the answer speaks for the region, so only its
 *   coordinators and the person they named give it.
 */
export const PERSONAL_ACTIONS: ReadonlySet<Action> = new Set<Action>([
	'account.edit',
	'notification.read',
	'minutes.approve',
	'comment.edit',
	'request.answer',
	'grantCall.apply',
	'grantApplication.edit',
	'grantApplication.complete',
	'grantApplication.writeTexts',
	'grantApplication.withdraw',
	'grantApplication.copy',
	'grantApplication.assess',
	'grantReport.submit',
	'grantChange.apply',
	'grantPayment.request',
	'grantAcceptance.respond',
	'organisationProfile.edit',
	'organisationProfile.name',
	'situation.answer'
]);

/**
 * Rules whose condition on the state of things binds everyone, administrators included: after a
 * round's deadline nobody comments. Their rules say themselves what an administrator may.
 */
const BOUND_BY_STATE: ReadonlySet<Action> = new Set<Action>(['consultation.comment']);

export function can<A extends Action>(
	actor: Actor | null,
	action: A,
	target: TargetOf<A>
): boolean {
	if (!actor) return false;
	if (actor.siteRole === 'admin' && !PERSONAL_ACTIONS.has(action) && !BOUND_BY_STATE.has(action))
		return true;
	const rule = RULES[action] as Rule<A>;
	return rule(actor, target);
}

type Rule<A extends Action> = (actor: Actor, target: TargetOf<A>) => boolean;

function roleIn(actor: Actor, bodyId: number): BodyRole | undefined {
	return actor.memberships.find((m) => m.bodyId === bodyId)?.role;
}

function isRegionCoordinator(actor: Actor, regionId: number): boolean {
	return actor.siteRole === 'coordinator' && actor.regionId === regionId;
}

function isOfficer(actor: Actor, body: BodyTarget): boolean {
	const role = roleIn(actor, body.id);
	return role !== undefined && OFFICER_ROLES.includes(role);
}

/**
 * NGO representatives comment and take part, but the county's documents are
 * written by its own people: no role in a body lets them write agendas or minutes.
 */
function mayWriteRecords(actor: Actor): boolean {
	return actor.organisationKind !== 'ngo';
}

/** Those who keep the record of the body's decisions: the region's coordinators and the body's officers. */
function mayRecordMeasures(actor: Actor, measure: MeasureTarget): boolean {
	if (!mayWriteRecords(actor)) return false;
	if (isRegionCoordinator(actor, measure.regionId)) return true;
	const role = roleIn(actor, measure.bodyId);
	return actor.regionId === measure.regionId && role !== undefined && OFFICER_ROLES.includes(role);
}

/** Those who run the region's consultations: its coordinators (the county's own people). */
function runsConsultations(actor: Actor, regionId: number): boolean {
	return mayWriteRecords(actor) && isRegionCoordinator(actor, regionId);
}

/** The audience, and those who run the round (they reply in its threads too). */
function takesPart(actor: Actor, round: ConsultationTarget): boolean {
	return runsConsultations(actor, round.regionId) || inAudience(actor, round);
}

/** Those who handle a call: the region's coordinators (the county's own people) and its named handlers. */
function handlesCall(actor: Actor, call: GrantCallTarget): boolean {
	return (
		mayWriteRecords(actor) &&
		actor.regionId === call.regionId &&
		(actor.siteRole === 'coordinator' || call.handlerIds.includes(actor.userId))
	);
}

function assessesCall(actor: Actor, call: GrantCallTarget): boolean {
	return actor.regionId === call.regionId && call.assessorIds.includes(actor.userId);
}

/**
 * A paper application is entered by the call's handlers until the call is
 * decided: it counts by the day it arrived (src/lib/domain/grant-paper.ts),
 * so one that came by the deadline may be entered after the call closed.
 */
function entersPaper(actor: Actor, call: GrantCallTarget): boolean {
	return (
		handlesCall(actor, call) &&
		call.published &&
		(call.status === 'open' || call.status === 'closed')
	);
}

const WITHDRAWABLE: readonly ApplicationStatus[] = ['draft', 'submitted', 'ineligible', 'assessed'];

interface Applicant {
	regionId: number;
	organisationId: number;
	representativeIds: readonly number[] | null;
}

/** The applicant's own people: an NGO's users, for their own organisation in their own region. */
function ofApplicant(actor: Actor, applicant: Applicant): boolean {
	return actor.regionId === applicant.regionId && actor.organisationId === applicant.organisationId;
}

/** A request for completion is open on the application and the NGO may still answer it. */
function completionOpen(application: GrantApplicationTarget): boolean {
	return (
		application.completionParts.length > 0 &&
		inHandling(application.applicationStatus) &&
		application.status !== 'decided'
	);
}

/**
 * Whether the draft may still change: an online one while the call is open, a
 * paper one (which counts by the day it arrived) until the call is decided.
 */
function draftOpen(application: GrantApplicationTarget): boolean {
	return application.channel === 'paper'
		? application.applicationStatus === 'draft' &&
				application.published &&
				(application.status === 'open' || application.status === 'closed')
		: applicationEditable(application.applicationStatus, application.status);
}

/**
 * Whether the application's long texts may change now, whoever writes: in its
 * draft, or while a request for completion asks for the activity. The live
 * document's text reaches the application's columns only then.
 */
export function applicationTextsOpen(application: GrantApplicationTarget): boolean {
	return (
		draftOpen(application) ||
		(completionOpen(application) && application.completionParts.includes('activity'))
	);
}

/** Those of the applicant's people who act for it: once it has named them, only those. */
function speaksForApplicant(actor: Actor, applicant: Applicant): boolean {
	return (
		ofApplicant(actor, applicant) && actsForOrganisation(actor.userId, applicant.representativeIds)
	);
}

/**
 * Who writes the application: those who act for the NGO, or for a paper
 * application (the NGO's signed word transcribed) the call's handlers while
 * they may enter paper, not the NGO again.
 */
function writesApplication(actor: Actor, application: GrantApplicationTarget): boolean {
	return application.channel === 'paper'
		? entersPaper(actor, application)
		: speaksForApplicant(actor, application);
}

/** The region's grant handlers: its coordinators of the county's own side and the handlers named to its calls. */
function handlesRegionGrants(actor: Actor, profile: OrganisationProfileTarget): boolean {
	return (
		mayWriteRecords(actor) &&
		actor.regionId === profile.regionId &&
		(actor.siteRole === 'coordinator' || profile.handlerIds.includes(actor.userId))
	);
}

/** Who speaks for the region in the survey: its coordinators and the person they named. */
function answersForRegion(actor: Actor, answer: SurveyAnswerTarget): boolean {
	return (
		isRegionCoordinator(actor, answer.regionId) ||
		(actor.regionId === answer.regionId && actor.userId === answer.respondentId)
	);
}

const RULES: { [A in Action]: Rule<A> } = {
	'admin.access': (actor) => actor.siteRole === 'coordinator',
	// Only the administrator's own rule (`can`) grants these: a coordinator works within a region.
	'region.create': () => false,
	'user.assignNationalRole': () => false,
	// The national role is for the national picture only: no region's own work follows from it.
	'situation.manage': (actor) => actor.nationalRole,
	'situation.readAnswers': (actor) => actor.nationalRole,
	'organisation.manage': (actor, region) => isRegionCoordinator(actor, region.regionId),
	'user.manage': (actor, region) => isRegionCoordinator(actor, region.regionId),
	'user.assignRole': (actor, grant) =>
		isRegionCoordinator(actor, grant.regionId) && grant.siteRole !== 'admin',
	'body.manage': (actor, region) => isRegionCoordinator(actor, region.regionId),
	'membership.manage': (actor, body) => isRegionCoordinator(actor, body.regionId),
	'feedback.read': (actor) => actor.siteRole === 'coordinator',
	'structure.read': (actor, region) => actor.regionId === region.regionId,
	'body.read': (actor, body) =>
		actor.regionId === body.regionId || roleIn(actor, body.id) !== undefined,
	'meeting.read': (actor, body) =>
		isRegionCoordinator(actor, body.regionId) || roleIn(actor, body.id) !== undefined,
	'meeting.manage': (actor, body) =>
		mayWriteRecords(actor) && (isRegionCoordinator(actor, body.regionId) || isOfficer(actor, body)),
	'agenda.edit': (actor, body) =>
		mayWriteRecords(actor) && (isRegionCoordinator(actor, body.regionId) || isOfficer(actor, body)),
	// Guests see the agenda they were invited to, not the draft minutes.
	'minutes.read': (actor, body) => {
		const role = roleIn(actor, body.id);
		return isRegionCoordinator(actor, body.regionId) || (role !== undefined && role !== 'guest');
	},
	'minutes.edit': (actor, body) => {
		if (!mayWriteRecords(actor)) return false;
		if (isRegionCoordinator(actor, body.regionId) || isOfficer(actor, body)) return true;
		return body.membersCoEditMinutes && roleIn(actor, body.id) === 'member';
	},
	// Approving is vouching for the record, not writing it: an NGO chair of a forum signs its minutes too.
	// Who signs is the meeting's (whoever chaired, the secretary, the checkers), not the body's roles today.
	// One disqualified in a matter does not vouch for its text (barredApprovers).
	'minutes.approve': (actor, minutes) =>
		minutes.approverUserIds.includes(actor.userId) && !minutes.barredUserIds.includes(actor.userId),
	'minutes.publish': (actor, body) =>
		mayWriteRecords(actor) &&
		(isRegionCoordinator(actor, body.regionId) || roleIn(actor, body.id) === 'secretary'),
	'minutes.correct': (actor, body) =>
		mayWriteRecords(actor) &&
		(isRegionCoordinator(actor, body.regionId) || roleIn(actor, body.id) === 'secretary'),
	'audit.read': (actor, region) => isRegionCoordinator(actor, region.regionId),
	'account.edit': (actor, user) => actor.userId === user.id,
	'notification.read': (actor, user) => actor.userId === user.id,
	'calendar.read': (actor, region) => actor.regionId === region.regionId,
	'calendar.manage': (actor, region) => isRegionCoordinator(actor, region.regionId),
	'item.forward': (actor, body) =>
		mayWriteRecords(actor) && (isRegionCoordinator(actor, body.regionId) || isOfficer(actor, body)),
	// The receiving body decides what goes on its agenda: its secretary (or chair), or a coordinator.
	// Asked is the organisation, so any of its people in the body answers, an NGO's too.
	'request.answer': (actor, request) =>
		actor.organisationId === request.organisationId && roleIn(actor, request.id) !== undefined,
	'item.receive': (actor, body) => {
		const role = roleIn(actor, body.id);
		return (
			mayWriteRecords(actor) &&
			(isRegionCoordinator(actor, body.regionId) || role === 'secretary' || role === 'chair')
		);
	},
	'consultation.manage': (actor, region) => runsConsultations(actor, region.regionId),
	'consultation.read': (actor, round) => takesPart(actor, round),
	// After the deadline nobody comments, whoever they are: the round's record is closed.
	'consultation.comment': (actor, round) =>
		round.status === 'open' && (actor.siteRole === 'admin' || takesPart(actor, round)),
	// Whoever may comment in the round (an administrator too) may change what they wrote, until the deadline.
	'comment.edit': (actor, comment) =>
		comment.status === 'open' &&
		comment.authorId === actor.userId &&
		can(actor, 'consultation.comment', comment),
	'consultation.answer': (actor, round) => runsConsultations(actor, round.regionId),
	'comment.hide': (actor, round) => runsConsultations(actor, round.regionId),
	'measure.record': (actor, measure) => mayRecordMeasures(actor, measure),
	// The owners report their own progress, NGOs included: it is their commitment.
	'measure.update': (actor, measure) =>
		can(actor, 'measure.followUpRegion', measure) ||
		(actor.regionId === measure.regionId &&
			measure.ownerOrganisationIds.includes(actor.organisationId)),
	// The owners may reopen what they closed (the API's contract), and so may those who keep the record.
	'measure.reopen': (actor, measure) =>
		can(actor, 'measure.update', measure) || mayRecordMeasures(actor, measure),
	'measure.read': (actor, measure) => actor.regionId === measure.regionId,
	'measure.followUpRegion': (actor, region) => isRegionCoordinator(actor, region.regionId),
	'indicator.manage': (actor, region) => isRegionCoordinator(actor, region.regionId),
	'indicator.read': (actor, region) => actor.regionId === region.regionId,
	'grant.manage': (actor, region) =>
		mayWriteRecords(actor) && isRegionCoordinator(actor, region.regionId),
	'grantCall.read': (actor, call) =>
		handlesCall(actor, call) ||
		assessesCall(actor, call) ||
		(call.published && actor.regionId === call.regionId),
	'grantCall.handle': (actor, call) => handlesCall(actor, call),
	// NGOs apply, for their own organisation (by those who act for it), while the call is open.
	'grantCall.apply': (actor, call) =>
		actor.organisationKind === 'ngo' &&
		actsForOrganisation(actor.userId, call.representativeIds) &&
		call.published &&
		call.status === 'open' &&
		actor.regionId === call.regionId,
	'grantCall.enterPaper': (actor, call) => entersPaper(actor, call),
	// All the NGO's people read its applications; who acts for it is named for writing.
	// The handlers read a paper draft: they are writing it.
	'grantApplication.read': (actor, application) =>
		ofApplicant(actor, application) ||
		(application.applicationStatus !== 'draft' &&
			(handlesCall(actor, application) || assessesCall(actor, application))) ||
		(application.channel === 'paper' && handlesCall(actor, application)),
	'grantApplication.edit': (actor, application) =>
		writesApplication(actor, application) && draftOpen(application),
	'grantApplication.complete': (actor, application) =>
		speaksForApplicant(actor, application) && completionOpen(application),
	'grantApplication.writeTexts': (actor, application) =>
		writesApplication(actor, application) && applicationTextsOpen(application),
	'grantDocument.read': (actor, region) => actor.regionId === region.regionId,
	// A disqualified assessor is barred from the application for good; scoring ends with the decision.
	'grantApplication.assess': (actor, application) =>
		assessesCall(actor, application) &&
		!application.disqualifiedIds.includes(actor.userId) &&
		inAssessment(application.applicationStatus),
	// Until the decision: after it, the outcome stands and a withdrawal would rewrite it.
	'grantApplication.withdraw': (actor, application) =>
		speaksForApplicant(actor, application) &&
		application.status !== 'decided' &&
		WITHDRAWABLE.includes(application.applicationStatus),
	// An earlier application is the NGO's own words: those who act for it start anew from them.
	'grantApplication.copy': (actor, application) => speaksForApplicant(actor, application),
	// Assessors judge the application as it was sent; they take no part in the conversation about it.
	'grantApplication.message': (actor, application) =>
		speaksForApplicant(actor, application) ||
		(application.applicationStatus !== 'draft' && handlesCall(actor, application)),
	'grantReport.submit': (actor, application) => speaksForApplicant(actor, application),
	// Only a grant can change: a rejected application has nothing to change.
	'grantChange.apply': (actor, application) =>
		speaksForApplicant(actor, application) && isGranted(application.applicationStatus),
	'grantChange.decide': (actor, application) =>
		handlesCall(actor, application) && isGranted(application.applicationStatus),
	// Money leaves the county under its own people's eyes: the region's coordinators.
	'grantPayment.handle': (actor, region) =>
		mayWriteRecords(actor) && isRegionCoordinator(actor, region.regionId),
	'grantPayment.request': (actor, application) => speaksForApplicant(actor, application),
	'grantAcceptance.respond': (actor, application) => speaksForApplicant(actor, application),
	// Another NGO's profile is not even seen: it names people and a bank account.
	'organisationProfile.read': (actor, profile) =>
		ofApplicant(actor, profile) || handlesRegionGrants(actor, profile),
	'organisationProfile.edit': (actor, profile) => speaksForApplicant(actor, profile),
	'organisationProfile.verify': (actor, profile) => handlesRegionGrants(actor, profile),
	'organisationProfile.name': (actor, profile) =>
		ofApplicant(actor, profile) && profile.confirmedContactIds.includes(actor.userId),
	'situation.readAnswer': (actor, answer) => actor.nationalRole || answersForRegion(actor, answer),
	// A draft of an open survey only: a submitted answer changes when the national role reopens it.
	'situation.answer': (actor, answer) =>
		answer.surveyStatus === 'open' &&
		answer.answerStatus === 'draft' &&
		answersForRegion(actor, answer),
	'situation.nameRespondent': (actor, region) => isRegionCoordinator(actor, region.regionId)
};
