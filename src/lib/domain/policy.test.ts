import { describe, expect, it } from 'vitest';
import { LEVELS, type Level } from './levels';
import {
	applicationTextsOpen,
	can,
	PERSONAL_ACTIONS,
	type Action,
	type Actor,
	type ConsultationTarget,
	type GrantApplicationTarget,
	type GrantApplyTarget,
	type OrganisationProfileTarget,
	type MeasureTarget,
	type Membership,
	type MinutesTarget,
	type SurveyAnswerTarget
} from './policy';
import {
	APPLICATION_STATUSES,
	CALL_STATUSES,
	type ApplicationStatus,
	type CallStatus
} from './grants';
import type { BodyRole, OrganisationKind, SiteRole } from './roles';

const REGION = 1;
const OTHER_REGION = 2;
/** The body every question below is about. */
const BODY_ID = 10;
/** Another body of the same region, where some of the people below hold their roles. */
const OTHER_BODY = 11;
const USER_ID = 99;

/**
 * Whether a body lets its members co-edit the minutes, as a new body of each level starts
 * (levels.test.ts pins that default): only coordinator networks do.
 */
const CO_EDIT_BY_LEVEL: Record<Level, boolean> = {
	strategic: false,
	operational: false,
	coordinator_network: true,
	forum: false
};

function body(level: Level, overrides: Partial<MinutesTarget> = {}): MinutesTarget {
	return {
		approverUserIds: [],
		barredUserIds: [],
		id: BODY_ID,
		regionId: REGION,
		level,
		public: true,
		membersCoEditMinutes: CO_EDIT_BY_LEVEL[level],
		...overrides
	};
}

function actor(
	siteRole: SiteRole,
	bodyRole?: BodyRole,
	organisationKind: OrganisationKind = 'municipality',
	regionId = REGION,
	bodyId = BODY_ID
): Actor {
	return {
		userId: USER_ID,
		siteRole,
		organisationId: 5,
		organisationKind,
		regionId,
		nationalRole: false,
		memberships: bodyRole ? [{ bodyId, role: bodyRole }] : []
	};
}

/** Someone with a role in the other body only: their role there gives them nothing here. */
const elsewhere = (role: BodyRole): Actor =>
	actor('member', role, 'municipality', REGION, OTHER_BODY);
const withMemberships = (memberships: Membership[]): Actor => ({ ...actor('member'), memberships });

/** A row of an expectation table: the actions listed are allowed, every other one refused. */
function allow<A extends string>(all: readonly A[], ...allowed: A[]): Record<A, boolean> {
	return Object.fromEntries(all.map((a) => [a, allowed.includes(a)])) as Record<A, boolean>;
}

const BODY_ACTIONS = [
	'body.read',
	'meeting.read',
	'meeting.manage',
	'agenda.edit',
	'minutes.read',
	'minutes.edit',
	'minutes.approve',
	'minutes.publish',
	'minutes.correct',
	'membership.manage',
	'item.forward',
	'item.receive'
] as const satisfies readonly Action[];
type BodyAction = (typeof BODY_ACTIONS)[number];

const inBody = (...allowed: BodyAction[]) => allow(BODY_ACTIONS, ...allowed);
const OFFICER = [
	'body.read',
	'meeting.read',
	'meeting.manage',
	'agenda.edit',
	'minutes.read',
	'minutes.edit',
	'item.forward'
] as const;
const MEMBER = ['body.read', 'meeting.read', 'minutes.read'] as const;
const COORDINATOR = [
	...OFFICER,
	'minutes.publish',
	'minutes.correct',
	'membership.manage',
	'item.receive'
] as const;

/**
 * Who may do what in one body (id 10 of region 1), at every level. Written out
 * rather than derived, so that each cell is a rule that can fail. `minutesEditByLevel`
 * marks the rows whose minutes.edit follows the level's co-editing default.
 */
const BODY_TABLE: [
	who: string,
	subject: Actor | null,
	allowed: Record<BodyAction, boolean>,
	minutesEditByLevel?: true
][] = [
	// Approving is vouching for a meeting one signed for (PERSONAL_ACTIONS): not the administrator's.
	[
		'admin',
		actor('admin'),
		inBody(...BODY_ACTIONS.filter((action) => action !== 'minutes.approve'))
	],
	['coordinator of the region', actor('coordinator'), inBody(...COORDINATOR)],
	[
		'coordinator of another region',
		actor('coordinator', undefined, 'county', OTHER_REGION),
		inBody()
	],
	// The county's records are written by its own people, whatever site role an NGO account has.
	[
		'coordinator account of an NGO',
		actor('coordinator', undefined, 'ngo'),
		inBody('body.read', 'meeting.read', 'minutes.read', 'membership.manage')
	],
	['chair', actor('member', 'chair'), inBody(...OFFICER, 'item.receive')],
	['vice chair', actor('member', 'vice_chair'), inBody(...OFFICER)],
	[
		'secretary',
		actor('member', 'secretary'),
		inBody(...OFFICER, 'minutes.publish', 'minutes.correct', 'item.receive')
	],
	['member', actor('member', 'member'), inBody(...MEMBER), true],
	// Guests see the agenda they were invited to, not the draft minutes.
	['guest', actor('member', 'guest'), inBody('body.read', 'meeting.read')],
	['NGO member', actor('member', 'member', 'ngo'), inBody(...MEMBER)],
	// Who approves is decided per meeting (approverUserIds, below), not by the role in the body.
	['NGO chair', actor('member', 'chair', 'ngo'), inBody(...MEMBER)],
	['NGO secretary', actor('member', 'secretary', 'ngo'), inBody(...MEMBER)],
	// A role belongs to its body: the chair of the strategic negotiation has no say in the forum.
	['chair of another body', elsewhere('chair'), inBody('body.read')],
	['vice chair of another body', elsewhere('vice_chair'), inBody('body.read')],
	['secretary of another body', elsewhere('secretary'), inBody('body.read')],
	['member of another body', elsewhere('member'), inBody('body.read')],
	[
		'chair of another body who is a guest here',
		withMemberships([
			{ bodyId: OTHER_BODY, role: 'chair' },
			{ bodyId: BODY_ID, role: 'guest' }
		]),
		inBody('body.read', 'meeting.read')
	],
	// Bodies may take members from outside the region; their membership is what lets them in.
	[
		'member whose organisation is in another region',
		actor('member', 'member', 'municipality', OTHER_REGION),
		inBody(...MEMBER),
		true
	],
	['user of the region, not a member', actor('member'), inBody('body.read')],
	[
		'user of another region, not a member',
		actor('member', undefined, 'municipality', OTHER_REGION),
		inBody()
	],
	['anonymous', null, inBody()]
];

describe('policy: who may do what in a body', () => {
	for (const [who, subject, allowed, minutesEditByLevel] of BODY_TABLE) {
		for (const level of LEVELS) {
			const expected = minutesEditByLevel
				? { ...allowed, 'minutes.edit': CO_EDIT_BY_LEVEL[level] }
				: allowed;
			it(`${who} at the ${level} level`, () => {
				const actual = Object.fromEntries(
					BODY_ACTIONS.map((action) => [action, can(subject, action, body(level))])
				);
				expect(actual).toEqual(expected);
			});
		}
	}

	it('lets members co-edit minutes when a body turns it on, whatever its level, and not when it turns it off', () => {
		expect(
			can(
				actor('member', 'member'),
				'minutes.edit',
				body('strategic', { membersCoEditMinutes: true })
			)
		).toBe(true);
		expect(
			can(
				actor('member', 'member'),
				'minutes.edit',
				body('coordinator_network', { membersCoEditMinutes: false })
			)
		).toBe(false);
		// Officers edit whatever the setting says.
		expect(
			can(
				actor('member', 'secretary'),
				'minutes.edit',
				body('coordinator_network', { membersCoEditMinutes: false })
			)
		).toBe(true);
	});

	it('does not let the members of one network co-edit another network’s minutes', () => {
		expect(
			can(
				elsewhere('member'),
				'minutes.edit',
				body('coordinator_network', { membersCoEditMinutes: true })
			)
		).toBe(false);
	});

	it('lets those who sign this meeting’s minutes approve them, whatever their role in the body, and nobody else', () => {
		const signer = actor('member', 'member');
		expect(can(signer, 'minutes.approve', body('operational'))).toBe(false);
		expect(
			can(signer, 'minutes.approve', body('operational', { approverUserIds: [USER_ID] }))
		).toBe(true);
		expect(
			can(
				actor('member', 'member', 'ngo'),
				'minutes.approve',
				body('forum', { approverUserIds: [USER_ID] })
			)
		).toBe(true);
		expect(
			can(
				actor('member', 'member', 'ngo'),
				'minutes.approve',
				body('forum', { approverUserIds: [7] })
			)
		).toBe(false);
		// The body's chair who did not chair this meeting does not sign it.
		expect(
			can(
				actor('member', 'chair'),
				'minutes.approve',
				body('operational', { approverUserIds: [7] })
			)
		).toBe(false);
	});

	it('lets the people of the asked organisation in the body answer a request, and nobody else', () => {
		const asked = { ...body('strategic'), organisationId: 5 };
		// actor() belongs to organisation 5.
		expect(can(actor('member', 'member'), 'request.answer', asked)).toBe(true);
		expect(can(actor('member', 'guest', 'ngo'), 'request.answer', asked)).toBe(true);
		expect(can(actor('member', 'member'), 'request.answer', { ...asked, organisationId: 6 })).toBe(
			false
		);
		// Of the organisation but not in the body, or in another body only.
		expect(can(actor('member'), 'request.answer', asked)).toBe(false);
		expect(can(elsewhere('chair'), 'request.answer', asked)).toBe(false);
		expect(can(actor('coordinator', undefined, 'county'), 'request.answer', asked)).toBe(false);
	});

	it('does not let a coordinator of one region manage the members of another region’s body', () => {
		expect(
			can(actor('coordinator'), 'membership.manage', body('forum', { regionId: OTHER_REGION }))
		).toBe(false);
		expect(
			can(actor('coordinator'), 'meeting.read', body('forum', { regionId: OTHER_REGION }))
		).toBe(false);
	});
});

const REGION_ACTIONS = [
	'organisation.manage',
	'user.manage',
	'body.manage',
	'audit.read',
	'calendar.manage',
	'indicator.manage',
	'measure.followUpRegion',
	'consultation.manage',
	'structure.read',
	'calendar.read',
	'indicator.read',
	'grantPayment.handle'
] as const satisfies readonly Action[];
type RegionAction = (typeof REGION_ACTIONS)[number];

const inRegion = (...allowed: RegionAction[]) => allow(REGION_ACTIONS, ...allowed);
const REGION_READS = ['structure.read', 'calendar.read', 'indicator.read'] as const;

/** Who may run and who may see region 1: its administration, calendar, indicators and structure. */
const REGION_TABLE: [who: string, subject: Actor | null, allowed: Record<RegionAction, boolean>][] =
	[
		['admin', actor('admin', undefined, 'county', OTHER_REGION), inRegion(...REGION_ACTIONS)],
		['coordinator of the region', actor('coordinator'), inRegion(...REGION_ACTIONS)],
		[
			'coordinator of another region',
			actor('coordinator', undefined, 'county', OTHER_REGION),
			inRegion()
		],
		// Consultations are the county's documents: an NGO's coordinator account administers but does not run them.
		[
			'coordinator account of an NGO',
			actor('coordinator', undefined, 'ngo'),
			inRegion(
				...REGION_ACTIONS.filter((a) => a !== 'consultation.manage' && a !== 'grantPayment.handle')
			)
		],
		['secretary of a body', actor('member', 'secretary'), inRegion(...REGION_READS)],
		['NGO member', actor('member', 'member', 'ngo'), inRegion(...REGION_READS)],
		[
			'user of another region',
			actor('member', undefined, 'municipality', OTHER_REGION),
			inRegion()
		],
		['anonymous', null, inRegion()]
	];

describe('policy: the region', () => {
	for (const [who, subject, allowed] of REGION_TABLE) {
		it(who, () => {
			const actual = Object.fromEntries(
				REGION_ACTIONS.map((action) => [action, can(subject, action, { regionId: REGION })])
			);
			expect(actual).toEqual(allowed);
		});
	}

	const siteWide: [who: string, subject: Actor | null, allowed: boolean][] = [
		['admin', actor('admin'), true],
		['coordinator of the region', actor('coordinator'), true],
		[
			'coordinator of another region',
			actor('coordinator', undefined, 'county', OTHER_REGION),
			true
		],
		['secretary of a body', actor('member', 'secretary'), false],
		['NGO member', actor('member', 'member', 'ngo'), false],
		['anonymous', null, false]
	];
	for (const [who, subject, allowed] of siteWide) {
		it(`${who} ${allowed ? 'may' : 'may not'} open the administration area and read the feedback`, () => {
			expect(can(subject, 'admin.access', null)).toBe(allowed);
			expect(can(subject, 'feedback.read', null)).toBe(allowed);
		});
	}

	it('keeps the administrator role for administrators to give, and other regions’ users for their coordinators', () => {
		expect(
			can(actor('coordinator'), 'user.assignRole', { regionId: REGION, siteRole: 'admin' })
		).toBe(false);
		expect(
			can(actor('coordinator'), 'user.assignRole', { regionId: REGION, siteRole: 'coordinator' })
		).toBe(true);
		expect(
			can(actor('coordinator'), 'user.assignRole', { regionId: OTHER_REGION, siteRole: 'member' })
		).toBe(false);
		expect(
			can(actor('member', 'secretary'), 'user.assignRole', { regionId: REGION, siteRole: 'member' })
		).toBe(false);
		expect(
			can(actor('admin'), 'user.assignRole', { regionId: OTHER_REGION, siteRole: 'admin' })
		).toBe(true);
	});

	it('lets users edit only their own account', () => {
		expect(can(actor('member'), 'account.edit', { id: USER_ID })).toBe(true);
		expect(can(actor('member'), 'account.edit', { id: 100 })).toBe(false);
		expect(can(actor('coordinator'), 'account.edit', { id: 100 })).toBe(false);
		expect(can(null, 'account.edit', { id: USER_ID })).toBe(false);
	});

	it('shows notifications to their own user only, coordinators included', () => {
		expect(can(actor('member'), 'notification.read', { id: USER_ID })).toBe(true);
		expect(can(actor('member'), 'notification.read', { id: 100 })).toBe(false);
		expect(can(actor('coordinator'), 'notification.read', { id: 100 })).toBe(false);
		expect(can(null, 'notification.read', { id: USER_ID })).toBe(false);
	});
});

describe('policy: consultations', () => {
	const NGO_BODY = 20;
	const round = (
		status: ConsultationTarget['status'],
		audience: Partial<ConsultationTarget['audience']> = {}
	): ConsultationTarget => ({
		regionId: REGION,
		status,
		audience: { kind: 'region_ngos', organisationIds: [], bodyIds: [], ...audience }
	});
	const ngo = actor('member', undefined, 'ngo');
	const municipal = actor('member');
	const forumMember: Actor = { ...municipal, memberships: [{ bodyId: NGO_BODY, role: 'member' }] };
	const otherRegionNgo = actor('member', undefined, 'ngo', OTHER_REGION);
	const coordinator = actor('coordinator', undefined, 'county');
	const otherCoordinator = actor('coordinator', undefined, 'county', OTHER_REGION);

	it('asks every NGO of the region, and nobody else, when the audience is the region’s NGOs', () => {
		expect(can(ngo, 'consultation.read', round('open'))).toBe(true);
		expect(can(ngo, 'consultation.comment', round('open'))).toBe(true);
		expect(can(municipal, 'consultation.read', round('open'))).toBe(false);
		expect(can(otherRegionNgo, 'consultation.comment', round('open'))).toBe(false);
		expect(can(null, 'consultation.read', round('open'))).toBe(false);
	});

	it('asks chosen organisations or the members of chosen bodies', () => {
		const byOrganisation = round('open', { kind: 'organisations', organisationIds: [5] });
		expect(can(municipal, 'consultation.comment', byOrganisation)).toBe(true);
		expect(
			can(
				ngo,
				'consultation.comment',
				round('open', { kind: 'organisations', organisationIds: [6] })
			)
		).toBe(false);
		const byBody = round('open', { kind: 'bodies', bodyIds: [NGO_BODY] });
		expect(can(forumMember, 'consultation.comment', byBody)).toBe(true);
		expect(can(ngo, 'consultation.comment', byBody)).toBe(false);
	});

	it('takes comments only while the round is open, from the audience and from those who run it', () => {
		for (const who of [ngo, coordinator]) {
			expect(can(who, 'consultation.comment', round('upcoming'))).toBe(false);
			expect(can(who, 'consultation.comment', round('open'))).toBe(true);
			expect(can(who, 'consultation.comment', round('closed'))).toBe(false);
			expect(can(who, 'consultation.read', round('closed'))).toBe(true);
		}
	});

	it('does not let another region’s coordinator into the round', () => {
		expect(can(otherCoordinator, 'consultation.read', round('open'))).toBe(false);
		expect(can(otherCoordinator, 'consultation.comment', round('open'))).toBe(false);
	});

	it('lets authors edit their own comments until the deadline, while they are still asked', () => {
		const mine = { ...round('open'), authorId: ngo.userId };
		expect(can(ngo, 'comment.edit', mine)).toBe(true);
		expect(can(ngo, 'comment.edit', { ...mine, status: 'closed' })).toBe(false);
		expect(can(ngo, 'comment.edit', { ...mine, authorId: 7 })).toBe(false);
		expect(can({ ...coordinator, userId: 100 }, 'comment.edit', mine)).toBe(false);
		// Someone who has moved to another region is no longer part of the round.
		expect(can({ ...ngo, regionId: OTHER_REGION }, 'comment.edit', mine)).toBe(false);
	});

	it('lets the region’s coordinators answer and hide comments, also after the deadline', () => {
		for (const action of ['consultation.answer', 'comment.hide'] as const) {
			expect(can(coordinator, action, round('closed'))).toBe(true);
			expect(can(ngo, action, round('open'))).toBe(false);
			expect(can(otherCoordinator, action, round('open'))).toBe(false);
			expect(can(actor('coordinator', undefined, 'ngo'), action, round('open'))).toBe(false);
		}
	});
});

describe('policy: goals and measures', () => {
	const OWN_ORG = 5;
	const measure = (ownerOrganisationIds: number[]): MeasureTarget => ({
		regionId: REGION,
		bodyId: BODY_ID,
		ownerOrganisationIds
	});
	const owned = measure([OWN_ORG, 6]);
	const others = measure([6]);
	const COLUMNS = [
		'record',
		'update own',
		'update others’',
		'reopen own',
		'reopen others’',
		'read'
	] as const;
	const rights = (subject: Actor | null) => [
		can(subject, 'measure.record', others),
		can(subject, 'measure.update', owned),
		can(subject, 'measure.update', others),
		can(subject, 'measure.reopen', owned),
		can(subject, 'measure.reopen', others),
		can(subject, 'measure.read', others)
	];
	// "Own" and "others’": measures the actor's organisation has committed to, and measures it has not.
	const TABLE: [string, Actor | null, boolean[]][] = [
		['admin', actor('admin'), [true, true, true, true, true, true]],
		['coordinator of the region', actor('coordinator'), [true, true, true, true, true, true]],
		[
			'coordinator of another region',
			actor('coordinator', undefined, 'county', OTHER_REGION),
			[false, false, false, false, false, false]
		],
		// Follows up everything, but the record of a body's decisions is kept by the county's own people.
		[
			'coordinator account of an NGO',
			actor('coordinator', undefined, 'ngo'),
			[false, true, true, true, true, true]
		],
		[
			'secretary of the source body',
			actor('member', 'secretary'),
			[true, true, false, true, true, true]
		],
		['chair of the source body', actor('member', 'chair'), [true, true, false, true, true, true]],
		[
			'vice chair of the source body',
			actor('member', 'vice_chair'),
			[true, true, false, true, true, true]
		],
		[
			'member of the source body',
			actor('member', 'member'),
			[false, true, false, true, false, true]
		],
		['guest of the source body', actor('member', 'guest'), [false, true, false, true, false, true]],
		[
			'NGO secretary of the source body',
			actor('member', 'secretary', 'ngo'),
			[false, true, false, true, false, true]
		],
		['secretary of another body', elsewhere('secretary'), [false, true, false, true, false, true]],
		// Region is checked as well as the role: a secretary from outside the region does not record here.
		[
			'secretary of the source body from another region',
			actor('member', 'secretary', 'municipality', OTHER_REGION),
			[false, false, false, false, false, false]
		],
		[
			'region user of an owner organisation',
			actor('member'),
			[false, true, false, true, false, true]
		],
		[
			'user of an owner organisation in another region',
			actor('member', undefined, 'municipality', OTHER_REGION),
			[false, false, false, false, false, false]
		],
		['anonymous', null, [false, false, false, false, false, false]]
	];
	for (const [who, subject, expected] of TABLE) {
		it(`${who}: ${COLUMNS.map((c, i) => `${c} ${expected[i]}`).join(', ')}`, () => {
			expect(rights(subject)).toEqual(expected);
		});
	}
});

describe('policy: what an administrator does not inherit', () => {
	const admin = actor('admin', undefined, 'county');
	const someoneElse = { id: 100 };
	const openRound: ConsultationTarget = {
		regionId: REGION,
		audience: { kind: 'region_ngos', organisationIds: [], bodyIds: [] },
		status: 'open'
	};

	it('names the personal actions', () => {
		expect([...PERSONAL_ACTIONS].sort()).toEqual([
			'account.edit',
			'comment.edit',
			'grantAcceptance.respond',
			'grantApplication.assess',
			'grantApplication.complete',
			'grantApplication.copy',
			'grantApplication.edit',
			'grantApplication.withdraw',
			'grantApplication.writeTexts',
			'grantCall.apply',
			'grantChange.apply',
			'grantPayment.request',
			'grantReport.submit',
			'minutes.approve',
			'notification.read',
			'organisationProfile.edit',
			'organisationProfile.name',
			'request.answer',
			'situation.answer'
		]);
	});

	it('keeps another user’s account and notifications theirs, and the administrator’s own theirs', () => {
		for (const action of ['account.edit', 'notification.read'] as const) {
			expect(can(admin, action, someoneElse)).toBe(false);
			expect(can(admin, action, { id: USER_ID })).toBe(true);
		}
	});

	it('lets an administrator approve only minutes they signed for', () => {
		expect(can(admin, 'minutes.approve', body('strategic'))).toBe(false);
		expect(can(admin, 'minutes.approve', body('strategic', { approverUserIds: [USER_ID] }))).toBe(
			true
		);
	});

	it('lets an administrator change their own comment while the round is open, nobody else’s', () => {
		expect(can(admin, 'comment.edit', { ...openRound, authorId: 7 })).toBe(false);
		expect(can(admin, 'comment.edit', { ...openRound, authorId: USER_ID })).toBe(true);
		expect(can(admin, 'comment.edit', { ...openRound, status: 'closed', authorId: USER_ID })).toBe(
			false
		);
		// Hiding is administration, and stays the administrator's.
		expect(can(admin, 'comment.hide', openRound)).toBe(true);
	});

	it('lets an administrator answer a request only for their own organisation, as one of the body', () => {
		const asked = { ...body('operational'), organisationId: 6 };
		expect(can(admin, 'request.answer', asked)).toBe(false);
		const ownOrganisation = { ...asked, organisationId: admin.organisationId };
		expect(can(admin, 'request.answer', ownOrganisation)).toBe(false);
		const inBody: Actor = { ...admin, memberships: [{ bodyId: BODY_ID, role: 'member' }] };
		expect(can(inBody, 'request.answer', ownOrganisation)).toBe(true);
	});

	it('lets nobody comment after the deadline, an administrator neither', () => {
		expect(can(admin, 'consultation.comment', openRound)).toBe(true);
		expect(can(admin, 'consultation.comment', { ...openRound, status: 'closed' })).toBe(false);
	});

	it('still lets an administrator run every region', () => {
		expect(can(admin, 'user.manage', { regionId: OTHER_REGION })).toBe(true);
		expect(can(admin, 'minutes.edit', body('forum', { regionId: OTHER_REGION }))).toBe(true);
	});
});

describe('policy: withdrawing and discussing a grant application', () => {
	const application = (
		applicationStatus: GrantApplicationTarget['applicationStatus'],
		status: GrantApplicationTarget['status'] = 'closed'
	): GrantApplicationTarget => ({
		regionId: REGION,
		status,
		published: true,
		handlerIds: [],
		assessorIds: [USER_ID + 1],
		organisationId: 7,
		applicationStatus,
		channel: 'online',
		disqualifiedIds: [],
		representativeIds: null,
		completionParts: []
	});
	const applicant = { ...actor('member', undefined, 'ngo'), organisationId: 7 };
	const otherNgo = actor('member', undefined, 'ngo');
	const coordinator = actor('coordinator', undefined, 'county');
	const assessor = { ...actor('member', undefined, 'county'), userId: USER_ID + 1 };

	it('lets the applicant withdraw until the decision, and nobody else', () => {
		for (const status of ['draft', 'submitted', 'ineligible', 'assessed'] as const)
			expect(can(applicant, 'grantApplication.withdraw', application(status))).toBe(true);
		for (const status of ['granted', 'rejected', 'withdrawn'] as const)
			expect(can(applicant, 'grantApplication.withdraw', application(status))).toBe(false);
		expect(can(applicant, 'grantApplication.withdraw', application('submitted', 'decided'))).toBe(
			false
		);
		for (const who of [otherNgo, coordinator, assessor, actor('admin', undefined, 'county')])
			expect(can(who, 'grantApplication.withdraw', application('submitted'))).toBe(false);
	});

	it('lets the applicant complete only while a request for completion is open', () => {
		const asked = { ...application('submitted'), completionParts: ['budget' as const] };
		expect(can(applicant, 'grantApplication.complete', asked)).toBe(true);
		expect(can(applicant, 'grantApplication.complete', application('submitted'))).toBe(false);
		expect(can(applicant, 'grantApplication.complete', { ...asked, status: 'decided' })).toBe(
			false
		);
		for (const who of [otherNgo, coordinator, assessor, actor('admin', undefined, 'county')])
			expect(can(who, 'grantApplication.complete', asked)).toBe(false);
	});

	it('opens the long texts to the applicant in a draft of an open call, or when a completion asks for them', () => {
		const draft = application('draft', 'open');
		const askedTexts = { ...application('submitted'), completionParts: ['activity' as const] };
		const askedBudget = { ...application('submitted'), completionParts: ['budget' as const] };
		expect(can(applicant, 'grantApplication.writeTexts', draft)).toBe(true);
		expect(can(applicant, 'grantApplication.writeTexts', askedTexts)).toBe(true);
		for (const closed of [
			application('draft'),
			application('submitted', 'open'),
			askedBudget,
			{ ...askedTexts, status: 'decided' as const },
			{ ...askedTexts, applicationStatus: 'granted' as const }
		]) {
			expect(can(applicant, 'grantApplication.writeTexts', closed)).toBe(false);
			expect(applicationTextsOpen(closed)).toBe(false);
		}
		expect(applicationTextsOpen(draft)).toBe(true);
		expect(applicationTextsOpen(askedTexts)).toBe(true);
		for (const who of [otherNgo, coordinator, assessor, actor('admin', undefined, 'county')]) {
			expect(can(who, 'grantApplication.writeTexts', draft)).toBe(false);
			expect(can(who, 'grantApplication.writeTexts', askedTexts)).toBe(false);
		}
	});

	it('lets the applicant and the handlers write about a sent application, not its assessors', () => {
		expect(can(applicant, 'grantApplication.message', application('draft'))).toBe(true);
		expect(can(coordinator, 'grantApplication.message', application('submitted'))).toBe(true);
		expect(can(coordinator, 'grantApplication.message', application('draft'))).toBe(false);
		expect(can(assessor, 'grantApplication.message', application('submitted'))).toBe(false);
		expect(can(otherNgo, 'grantApplication.message', application('submitted'))).toBe(false);
	});
});

describe('policy: grant calls and applications', () => {
	const APPLICANT_ORG = 7;
	const HANDLER_ID = 201;
	const ASSESSOR_ID = 202;
	const CONFLICTED_ID = 203;
	/** A published call of region 1 with one named handler and two assessors; no NGO has named who acts for it. */
	const call = (
		status: CallStatus,
		overrides: Partial<GrantApplyTarget> = {}
	): GrantApplyTarget => ({
		regionId: REGION,
		status,
		published: true,
		handlerIds: [HANDLER_ID],
		assessorIds: [ASSESSOR_ID, CONFLICTED_ID],
		representativeIds: null,
		...overrides
	});
	/** An application of the NGO APPLICANT_ORG, in which one of the assessors declared a conflict. */
	const application = (
		applicationStatus: ApplicationStatus,
		status: CallStatus = 'closed'
	): GrantApplicationTarget => ({
		...call(status),
		organisationId: APPLICANT_ORG,
		applicationStatus,
		channel: 'online',
		disqualifiedIds: [CONFLICTED_ID],
		completionParts: []
	});
	const person = (
		userId: number,
		siteRole: SiteRole,
		organisationKind: OrganisationKind,
		organisationId: number,
		regionId = REGION
	): Actor => ({
		userId,
		siteRole,
		organisationId,
		organisationKind,
		regionId,
		nationalRole: false,
		memberships: []
	});

	const admin = person(USER_ID, 'admin', 'county', 1, OTHER_REGION);
	const coordinator = person(USER_ID, 'coordinator', 'county', 1);
	const otherCoordinator = person(USER_ID, 'coordinator', 'county', 1, OTHER_REGION);
	const ngoCoordinatorAccount = person(USER_ID, 'coordinator', 'ngo', 8);
	const handler = person(HANDLER_ID, 'member', 'municipality', 3);
	const assessor = person(ASSESSOR_ID, 'member', 'county', 1);
	const conflicted = person(CONFLICTED_ID, 'member', 'county', 1);
	const applicant = person(USER_ID, 'member', 'ngo', APPLICANT_ORG);
	const otherNgo = person(USER_ID, 'member', 'ngo', 8);
	const otherRegionNgo = person(USER_ID, 'member', 'ngo', 9, OTHER_REGION);
	const municipal = person(USER_ID, 'member', 'municipality', 3);

	const CALL_ACTIONS = [
		'grant.manage',
		'grantCall.read',
		'grantCall.handle',
		'grantCall.apply'
	] as const;
	type CallAction = (typeof CALL_ACTIONS)[number];
	const onCall = (...allowed: CallAction[]) => allow(CALL_ACTIONS, ...allowed);

	/** Who may do what with the region's grants and an open, published call of it. */
	const CALL_TABLE: [who: string, subject: Actor | null, allowed: Record<CallAction, boolean>][] = [
		// Applying speaks for an NGO (PERSONAL_ACTIONS): not the administrator's.
		['admin', admin, onCall('grant.manage', 'grantCall.read', 'grantCall.handle')],
		[
			'coordinator of the region',
			coordinator,
			onCall('grant.manage', 'grantCall.read', 'grantCall.handle')
		],
		['coordinator of another region', otherCoordinator, onCall()],
		// The county's grants are run by its own people; the account still applies for its NGO.
		[
			'coordinator account of an NGO',
			ngoCoordinatorAccount,
			onCall('grantCall.read', 'grantCall.apply')
		],
		['named handler', handler, onCall('grantCall.read', 'grantCall.handle')],
		['named assessor', assessor, onCall('grantCall.read')],
		['assessor who declared a conflict', conflicted, onCall('grantCall.read')],
		['member of an NGO', applicant, onCall('grantCall.read', 'grantCall.apply')],
		['member of an NGO of another region', otherRegionNgo, onCall()],
		['member of a municipality', municipal, onCall('grantCall.read')],
		['anonymous', null, onCall()]
	];

	for (const [who, subject, allowed] of CALL_TABLE) {
		it(`${who}: the region’s grants and an open call`, () => {
			const actual = Object.fromEntries(
				CALL_ACTIONS.map((action) => [
					action,
					action === 'grant.manage'
						? can(subject, action, { regionId: REGION })
						: can(subject, action, call('open'))
				])
			);
			expect(actual).toEqual(allowed);
		});
	}

	it('shows a call not yet published only to those who work on it', () => {
		const draft = call('upcoming', { published: false });
		for (const who of [admin, coordinator, handler, assessor, conflicted])
			expect(can(who, 'grantCall.read', draft)).toBe(true);
		for (const who of [otherCoordinator, ngoCoordinatorAccount, applicant, municipal])
			expect(can(who, 'grantCall.read', draft)).toBe(false);
		expect(can(applicant, 'grantCall.apply', call('open', { published: false }))).toBe(false);
	});

	it('takes applications only while the call is open', () => {
		for (const status of CALL_STATUSES)
			expect(can(applicant, 'grantCall.apply', call(status))).toBe(status === 'open');
	});

	it('keeps the handling with the county’s people of the call’s region, whoever is named', () => {
		// Named, but an NGO's user or from another region.
		const ngoHandler = person(HANDLER_ID, 'member', 'ngo', 8);
		const movedHandler = person(HANDLER_ID, 'member', 'municipality', 3, OTHER_REGION);
		const movedAssessor = person(ASSESSOR_ID, 'member', 'county', 1, OTHER_REGION);
		const draft = call('closed', { published: false });
		for (const who of [ngoHandler, movedHandler]) {
			expect(can(who, 'grantCall.handle', call('closed'))).toBe(false);
			expect(can(who, 'grantCall.read', draft)).toBe(false);
		}
		expect(can(movedAssessor, 'grantCall.read', draft)).toBe(false);
		expect(can(movedAssessor, 'grantApplication.assess', application('submitted'))).toBe(false);
		expect(can(movedAssessor, 'grantApplication.read', application('submitted'))).toBe(false);
	});

	const APPLICATION_ACTIONS = [
		'grantApplication.read',
		'grantApplication.edit',
		'grantApplication.assess',
		'grantApplication.withdraw',
		'grantApplication.copy',
		'grantApplication.message',
		'grantReport.submit',
		'grantPayment.request',
		'grantAcceptance.respond'
	] as const;
	type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];
	const onApplication = (...allowed: ApplicationAction[]) => allow(APPLICATION_ACTIONS, ...allowed);
	const HANDLES = ['grantApplication.read', 'grantApplication.message'] as const;

	/** Who may do what with a submitted application once its call has closed. */
	const APPLICATION_TABLE: [
		who: string,
		subject: Actor | null,
		allowed: Record<ApplicationAction, boolean>
	][] = [
		// Writing, withdrawing, scoring and reporting are personal (PERSONAL_ACTIONS).
		['admin', admin, onApplication(...HANDLES)],
		['coordinator of the region', coordinator, onApplication(...HANDLES)],
		['coordinator of another region', otherCoordinator, onApplication()],
		['coordinator account of another NGO', ngoCoordinatorAccount, onApplication()],
		['named handler', handler, onApplication(...HANDLES)],
		// Assessors judge the application as sent; they are not in its conversation.
		['named assessor', assessor, onApplication('grantApplication.read', 'grantApplication.assess')],
		// Barred from scoring it for good; the page still shows them what they declared.
		['assessor who declared a conflict', conflicted, onApplication('grantApplication.read')],
		[
			'member of the applicant NGO',
			applicant,
			onApplication(
				'grantApplication.read',
				'grantApplication.withdraw',
				'grantApplication.copy',
				'grantApplication.message',
				'grantReport.submit',
				'grantPayment.request',
				'grantAcceptance.respond'
			)
		],
		// The same organisation id in another region is another organisation.
		[
			'user of the applicant’s organisation id in another region',
			{ ...applicant, regionId: OTHER_REGION },
			onApplication()
		],
		['member of another NGO', otherNgo, onApplication()],
		['member of a municipality', municipal, onApplication()],
		['anonymous', null, onApplication()]
	];

	for (const [who, subject, allowed] of APPLICATION_TABLE) {
		it(`${who}: a submitted application`, () => {
			const actual = Object.fromEntries(
				APPLICATION_ACTIONS.map((action) => [
					action,
					can(subject, action, application('submitted'))
				])
			);
			expect(actual).toEqual(allowed);
		});
	}

	it('keeps a draft the applicant’s own: those who handle and assess see it once it is sent', () => {
		expect(can(applicant, 'grantApplication.read', application('draft', 'open'))).toBe(true);
		for (const who of [coordinator, handler, assessor, otherNgo, municipal])
			expect(can(who, 'grantApplication.read', application('draft', 'open'))).toBe(false);
		for (const status of APPLICATION_STATUSES.filter((s) => s !== 'draft'))
			for (const who of [coordinator, handler, assessor, conflicted])
				expect(can(who, 'grantApplication.read', application(status))).toBe(true);
	});

	it('lets the call’s handlers enter a paper application of a published call until it is decided', () => {
		for (const status of CALL_STATUSES) {
			const allowed = status === 'open' || status === 'closed';
			for (const who of [coordinator, handler])
				expect(can(who, 'grantCall.enterPaper', call(status))).toBe(allowed);
			// Administration: as handling, not personal.
			expect(can(admin, 'grantCall.enterPaper', call(status))).toBe(true);
		}
		expect(can(handler, 'grantCall.enterPaper', call('open', { published: false }))).toBe(false);
		const ngoHandler = person(HANDLER_ID, 'member', 'ngo', 8);
		for (const who of [otherCoordinator, ngoHandler, assessor, applicant, municipal, null])
			expect(can(who, 'grantCall.enterPaper', call('open'))).toBe(false);
	});

	it('lets the handlers, not the NGO, write a paper draft, and read it before it is sent', () => {
		const paper = (applicationStatus: ApplicationStatus, status: CallStatus = 'closed') => ({
			...application(applicationStatus, status),
			channel: 'paper' as const
		});
		for (const status of CALL_STATUSES)
			for (const who of [coordinator, handler])
				expect(can(who, 'grantApplication.edit', paper('draft', status))).toBe(
					status === 'open' || status === 'closed'
				);
		for (const status of CALL_STATUSES)
			for (const who of [coordinator, handler])
				expect(can(who, 'grantApplication.writeTexts', paper('draft', status))).toBe(
					status === 'open' || status === 'closed'
				);
		for (const who of [coordinator, handler]) {
			expect(can(who, 'grantApplication.edit', paper('submitted'))).toBe(false);
			expect(can(who, 'grantApplication.writeTexts', paper('submitted'))).toBe(false);
			expect(can(who, 'grantApplication.edit', { ...paper('draft'), published: false })).toBe(
				false
			);
			expect(can(who, 'grantApplication.read', paper('draft'))).toBe(true);
		}
		expect(can(applicant, 'grantApplication.read', paper('draft'))).toBe(true);
		for (const who of [applicant, assessor, admin, otherCoordinator, municipal]) {
			expect(can(who, 'grantApplication.edit', paper('draft', 'open'))).toBe(false);
			expect(can(who, 'grantApplication.writeTexts', paper('draft', 'open'))).toBe(false);
		}
		for (const who of [assessor, otherNgo, municipal])
			expect(can(who, 'grantApplication.read', paper('draft'))).toBe(false);
		// Sent, it is handled and assessed like any other.
		expect(can(assessor, 'grantApplication.assess', paper('submitted'))).toBe(true);
	});

	it('lets the applicant change the application only as a draft of an open call', () => {
		for (const status of APPLICATION_STATUSES)
			for (const callStatus of CALL_STATUSES)
				expect(can(applicant, 'grantApplication.edit', application(status, callStatus))).toBe(
					status === 'draft' && callStatus === 'open'
				);
		for (const who of [admin, coordinator, handler, otherNgo])
			expect(can(who, 'grantApplication.edit', application('draft', 'open'))).toBe(false);
	});

	it('lets the named assessors score from submission until the decision, not one with a conflict', () => {
		const scorable = (who: Actor) =>
			APPLICATION_STATUSES.filter((status) =>
				can(who, 'grantApplication.assess', application(status))
			);
		expect(scorable(assessor)).toEqual(['submitted', 'assessed']);
		expect(scorable(conflicted)).toEqual([]);
		expect(scorable(coordinator)).toEqual([]);
		expect(scorable(handler)).toEqual([]);
	});

	it('lets only the applicant report on the grant, and accept or refuse it', () => {
		for (const action of ['grantReport.submit', 'grantAcceptance.respond'] as const) {
			expect(can(applicant, action, application('granted', 'decided'))).toBe(true);
			for (const who of [admin, coordinator, handler, assessor, otherNgo])
				expect(can(who, action, application('granted', 'decided'))).toBe(false);
		}
	});

	it('lets the recipient ask for a change and the handlers decide it, on a grant only', () => {
		for (const status of APPLICATION_STATUSES) {
			const granted = status === 'granted' || status === 'partly_granted';
			expect(can(applicant, 'grantChange.apply', application(status, 'decided'))).toBe(granted);
			for (const who of [coordinator, handler])
				expect(can(who, 'grantChange.decide', application(status, 'decided'))).toBe(granted);
		}
		for (const who of [admin, coordinator, handler, assessor, otherNgo, municipal, null])
			expect(can(who, 'grantChange.apply', application('granted', 'decided'))).toBe(false);
		for (const who of [applicant, assessor, otherNgo, otherCoordinator, municipal, null])
			expect(can(who, 'grantChange.decide', application('granted', 'decided'))).toBe(false);
	});

	it('lets an administrator see every application, and act personally only where named or of the NGO', () => {
		expect(can(admin, 'grantApplication.read', application('draft', 'open'))).toBe(true);
		const namedAdmin = { ...admin, userId: ASSESSOR_ID, regionId: REGION };
		expect(can(namedAdmin, 'grantApplication.assess', application('submitted'))).toBe(true);
		const adminOfApplicant = { ...applicant, siteRole: 'admin' as const };
		expect(can(adminOfApplicant, 'grantApplication.edit', application('draft', 'open'))).toBe(true);
		expect(can(adminOfApplicant, 'grantApplication.edit', application('submitted', 'open'))).toBe(
			false
		);
		expect(can(adminOfApplicant, 'grantCall.apply', call('open'))).toBe(true);
		expect(can(adminOfApplicant, 'grantCall.apply', call('closed'))).toBe(false);
	});

	it('lets only those named to act for the NGO apply, write, withdraw and report, once it names them', () => {
		const colleague = person(USER_ID + 50, 'member', 'ngo', APPLICANT_ORG);
		const named = { representativeIds: [USER_ID] };
		const draft = { ...application('draft', 'open'), ...named };
		const granted = { ...application('granted', 'decided'), ...named };
		expect(can(applicant, 'grantCall.apply', call('open', named))).toBe(true);
		expect(can(colleague, 'grantCall.apply', call('open', named))).toBe(false);
		expect(can(applicant, 'grantApplication.edit', draft)).toBe(true);
		expect(can(colleague, 'grantApplication.edit', draft)).toBe(false);
		expect(can(colleague, 'grantApplication.withdraw', draft)).toBe(false);
		expect(can(colleague, 'grantReport.submit', granted)).toBe(false);
		expect(can(applicant, 'grantApplication.copy', granted)).toBe(true);
		expect(can(colleague, 'grantApplication.copy', granted)).toBe(false);
		// Reading stays with all the NGO's people.
		expect(can(colleague, 'grantApplication.read', draft)).toBe(true);
	});
});

describe('policy: an NGO’s profile', () => {
	const NGO = 7;
	const CONTACT_ID = 301;
	const CALL_HANDLER_ID = 302;
	const profile = (
		overrides: Partial<OrganisationProfileTarget> = {}
	): OrganisationProfileTarget => ({
		regionId: REGION,
		organisationId: NGO,
		representativeIds: null,
		confirmedContactIds: [],
		handlerIds: [CALL_HANDLER_ID],
		...overrides
	});
	const person = (
		userId: number,
		siteRole: SiteRole,
		organisationKind: OrganisationKind,
		organisationId: number,
		regionId = REGION
	): Actor => ({
		userId,
		siteRole,
		organisationId,
		organisationKind,
		regionId,
		nationalRole: false,
		memberships: []
	});
	const ownPerson = person(USER_ID, 'member', 'ngo', NGO);
	const contact = person(CONTACT_ID, 'member', 'ngo', NGO);
	const otherNgo = person(USER_ID, 'member', 'ngo', 8);
	const coordinator = person(USER_ID, 'coordinator', 'county', 1);
	const otherCoordinator = person(USER_ID, 'coordinator', 'county', 1, OTHER_REGION);
	const callHandler = person(CALL_HANDLER_ID, 'member', 'municipality', 3);
	const municipal = person(USER_ID, 'member', 'municipality', 3);

	it('shows the profile to the NGO’s people and the region’s grant handlers only', () => {
		for (const who of [ownPerson, contact, coordinator, callHandler])
			expect(can(who, 'organisationProfile.read', profile())).toBe(true);
		for (const who of [otherNgo, otherCoordinator, municipal, null])
			expect(can(who, 'organisationProfile.read', profile())).toBe(false);
	});

	it('lets the NGO keep its profile, by those named once it names them', () => {
		expect(can(ownPerson, 'organisationProfile.edit', profile())).toBe(true);
		expect(can(coordinator, 'organisationProfile.edit', profile())).toBe(false);
		const named = profile({ representativeIds: [CONTACT_ID], confirmedContactIds: [CONTACT_ID] });
		expect(can(contact, 'organisationProfile.edit', named)).toBe(true);
		expect(can(ownPerson, 'organisationProfile.edit', named)).toBe(false);
	});

	it('lets the region’s grant handlers verify, never the NGO itself', () => {
		for (const who of [coordinator, callHandler])
			expect(can(who, 'organisationProfile.verify', profile())).toBe(true);
		for (const who of [ownPerson, otherCoordinator, municipal])
			expect(can(who, 'organisationProfile.verify', profile())).toBe(false);
		const ngoCoordinator = person(USER_ID, 'coordinator', 'ngo', NGO);
		expect(can(ngoCoordinator, 'organisationProfile.verify', profile())).toBe(false);
	});

	it('lets only the confirmed contact name who acts for the NGO', () => {
		const confirmed = profile({ confirmedContactIds: [CONTACT_ID] });
		expect(can(contact, 'organisationProfile.name', confirmed)).toBe(true);
		for (const who of [ownPerson, coordinator, actor('admin', undefined, 'county')])
			expect(can(who, 'organisationProfile.name', confirmed)).toBe(false);
	});
});

describe('policy: the national role', () => {
	/** Every action there is; the type below fails to compile when a new one is left out. */
	const ALL_ACTIONS = [
		'admin.access',
		'region.create',
		'user.assignNationalRole',
		'situation.manage',
		'situation.readAnswers',
		'situation.readAnswer',
		'situation.answer',
		'situation.nameRespondent',
		'organisation.manage',
		'user.manage',
		'user.assignRole',
		'body.manage',
		'membership.manage',
		'feedback.read',
		'structure.read',
		'body.read',
		'meeting.read',
		'meeting.manage',
		'agenda.edit',
		'minutes.read',
		'minutes.edit',
		'minutes.approve',
		'minutes.publish',
		'minutes.correct',
		'audit.read',
		'account.edit',
		'notification.read',
		'calendar.read',
		'calendar.manage',
		'item.forward',
		'item.receive',
		'request.answer',
		'consultation.manage',
		'consultation.read',
		'consultation.comment',
		'comment.edit',
		'consultation.answer',
		'comment.hide',
		'measure.record',
		'measure.update',
		'measure.reopen',
		'measure.read',
		'measure.followUpRegion',
		'indicator.manage',
		'indicator.read',
		'grant.manage',
		'grantCall.read',
		'grantCall.handle',
		'grantCall.apply',
		'grantCall.enterPaper',
		'grantApplication.read',
		'grantApplication.edit',
		'grantApplication.complete',
		'grantApplication.writeTexts',
		'grantDocument.read',
		'grantApplication.assess',
		'grantApplication.withdraw',
		'grantApplication.copy',
		'grantApplication.message',
		'grantReport.submit',
		'grantChange.apply',
		'grantChange.decide',
		'grantPayment.handle',
		'grantPayment.request',
		'grantAcceptance.respond',
		'organisationProfile.read',
		'organisationProfile.edit',
		'organisationProfile.verify',
		'organisationProfile.name'
	] as const satisfies readonly Action[];
	const complete: Exclude<Action, (typeof ALL_ACTIONS)[number]> extends never ? true : false = true;
	const NATIONAL_ACTIONS: readonly Action[] = [
		'situation.manage',
		'situation.readAnswers',
		'situation.readAnswer'
	];
	const REGIONAL_ACTIONS = ALL_ACTIONS.filter((action) => !NATIONAL_ACTIONS.includes(action));

	/** One target with the fields of every kind, in the given region, where most rules look. */
	function anyTarget(regionId: number) {
		return {
			regionId,
			id: BODY_ID,
			bodyId: BODY_ID,
			level: 'forum',
			public: true,
			membersCoEditMinutes: true,
			approverUserIds: [],
			barredUserIds: [],
			organisationId: 7,
			siteRole: 'member',
			ownerOrganisationIds: [7],
			audience: { kind: 'region_ngos', organisationIds: [], bodyIds: [] },
			status: 'open',
			authorId: 100,
			published: true,
			handlerIds: [],
			assessorIds: [],
			applicationStatus: 'submitted',
			channel: 'online',
			disqualifiedIds: [],
			representativeIds: null,
			completionParts: [],
			confirmedContactIds: []
		} as const;
	}

	const national = (subject: Actor): Actor => ({ ...subject, nationalRole: true });
	const people: [who: string, subject: Actor][] = [
		['an NGO member of another region', actor('member', undefined, 'ngo', OTHER_REGION)],
		['an NGO member of the region', actor('member', undefined, 'ngo')],
		['a municipal member of the region', actor('member')],
		['a coordinator of another region', actor('coordinator', undefined, 'county', OTHER_REGION)]
	];

	it('lists every action', () => expect(complete).toBe(true));

	for (const [who, subject] of people) {
		it(`gives ${who} nothing of any region’s own work`, () => {
			for (const regionId of [REGION, OTHER_REGION]) {
				const target = anyTarget(regionId) as never;
				const without = REGIONAL_ACTIONS.map((action) => [action, can(subject, action, target)]);
				const withRole = REGIONAL_ACTIONS.map((action) => [
					action,
					can(national(subject), action, target)
				]);
				expect(withRole).toEqual(without);
			}
		});
	}

	it('lets a person of the national role run the survey and read every answer, and no one else but administrators', () => {
		const board = national(actor('member', undefined, 'ngo', OTHER_REGION));
		for (const action of ['situation.manage', 'situation.readAnswers'] as const) {
			expect(can(board, action, null)).toBe(true);
			expect(can(actor('admin'), action, null)).toBe(true);
			expect(can(actor('coordinator', undefined, 'county'), action, null)).toBe(false);
			expect(can(actor('member'), action, null)).toBe(false);
			expect(can(null, action, null)).toBe(false);
		}
	});

	it('keeps creating regions and giving the national role to administrators', () => {
		for (const action of ['region.create', 'user.assignNationalRole'] as const) {
			expect(can(actor('admin'), action, null)).toBe(true);
			expect(can(actor('coordinator'), action, null)).toBe(false);
			expect(can(national(actor('member')), action, null)).toBe(false);
			expect(can(null, action, null)).toBe(false);
		}
	});
});

describe('policy: the yearly survey', () => {
	const RESPONDENT = 42;
	const national: Actor = {
		...actor('member', undefined, 'ngo', OTHER_REGION),
		nationalRole: true
	};
	const coordinator = actor('coordinator', undefined, 'county');
	const respondent: Actor = { ...actor('member', undefined, 'ngo'), userId: RESPONDENT };
	const answer = (over: Partial<SurveyAnswerTarget> = {}): SurveyAnswerTarget => ({
		regionId: REGION,
		respondentId: RESPONDENT,
		surveyStatus: 'open',
		answerStatus: 'draft',
		...over
	});
	const TABLE: [who: string, subject: Actor | null, read: boolean, answers: boolean][] = [
		['anonymous', null, false, false],
		['the national role', national, true, false],
		['the region’s coordinator', coordinator, true, true],
		['the named respondent', respondent, true, true],
		['another member of the region', actor('member', undefined, 'ngo'), false, false],
		[
			'the respondent’s id in another region',
			{ ...respondent, regionId: OTHER_REGION },
			false,
			false
		],
		[
			'another region’s coordinator',
			actor('coordinator', undefined, 'county', OTHER_REGION),
			false,
			false
		],
		['an administrator', actor('admin'), true, false]
	];

	it.each(TABLE)('%s: reads the answer %s, answers %s', (_who, subject, read, answers) => {
		expect(can(subject, 'situation.readAnswer', answer())).toBe(read);
		expect(can(subject, 'situation.answer', answer())).toBe(answers);
	});

	it('lets a draft of an open survey change only', () => {
		for (const who of [coordinator, respondent]) {
			expect(can(who, 'situation.answer', answer({ answerStatus: 'submitted' }))).toBe(false);
			expect(can(who, 'situation.answer', answer({ surveyStatus: 'draft' }))).toBe(false);
			expect(can(who, 'situation.answer', answer({ surveyStatus: 'published' }))).toBe(false);
		}
	});

	it('gives the survey and every answer to the national role only', () => {
		for (const action of ['situation.manage', 'situation.readAnswers'] as const) {
			expect(can(national, action, null)).toBe(true);
			expect(can(coordinator, action, null)).toBe(false);
			expect(can(null, action, null)).toBe(false);
		}
	});

	it('lets the region’s coordinators name the respondent', () => {
		expect(can(coordinator, 'situation.nameRespondent', { regionId: REGION })).toBe(true);
		expect(can(coordinator, 'situation.nameRespondent', { regionId: OTHER_REGION })).toBe(false);
		expect(can(respondent, 'situation.nameRespondent', { regionId: REGION })).toBe(false);
		expect(can(national, 'situation.nameRespondent', { regionId: REGION })).toBe(false);
	});
});
