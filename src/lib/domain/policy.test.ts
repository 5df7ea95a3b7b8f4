import { describe, expect, it } from 'vitest';
import { LEVELS, defaultMembersCoEditMinutes, type Level } from './levels';
import { can, type Action, type Actor, type ConsultationTarget, type MinutesTarget } from './policy';
import type { BodyRole, OrganisationKind, SiteRole } from './roles';

const REGION = 1;
const OTHER_REGION = 2;
const BODY_ID = 10;

function body(level: Level, overrides: Partial<MinutesTarget> = {}): MinutesTarget {
	return {
		checkerUserIds: [],
		id: BODY_ID,
		regionId: REGION,
		level,
		public: true,
		membersCoEditMinutes: defaultMembersCoEditMinutes(level),
		...overrides
	};
}

function actor(
	siteRole: SiteRole,
	bodyRole?: BodyRole,
	organisationKind: OrganisationKind = 'municipality',
	regionId = REGION
): Actor {
	return {
		userId: 99,
		siteRole,
		organisationId: 5,
		organisationKind,
		regionId,
		memberships: bodyRole ? [{ bodyId: BODY_ID, role: bodyRole }] : []
	};
}

type BodyAction = Extract<
	Action,
	| 'body.read'
	| 'meeting.read'
	| 'meeting.manage'
	| 'agenda.edit'
	| 'minutes.read'
	| 'minutes.edit'
	| 'minutes.approve'
	| 'minutes.publish'
	| 'membership.manage'
>;

const BODY_ACTIONS: BodyAction[] = [
	'body.read',
	'meeting.read',
	'meeting.manage',
	'agenda.edit',
	'minutes.read',
	'minutes.edit',
	'minutes.approve',
	'minutes.publish',
	'membership.manage'
];

/**
 * Who may do what in a body, per level. `co` marks the one rule that depends
 * on the level: coordinator networks let members co-edit minutes.
 */
const EXPECTED: Record<string, Record<BodyAction, boolean | 'co'>> = {
	'admin': {
		'body.read': true, 'meeting.read': true, 'meeting.manage': true, 'agenda.edit': true,
		'minutes.read': true, 'minutes.edit': true, 'minutes.approve': true, 'minutes.publish': true, 'membership.manage': true
	},
	'coordinator (region)': {
		'body.read': true, 'meeting.read': true, 'meeting.manage': true, 'agenda.edit': true,
		'minutes.read': true, 'minutes.edit': true, 'minutes.approve': false, 'minutes.publish': true, 'membership.manage': true
	},
	'coordinator (other region)': {
		'body.read': false, 'meeting.read': false, 'meeting.manage': false, 'agenda.edit': false,
		'minutes.read': false, 'minutes.edit': false, 'minutes.approve': false, 'minutes.publish': false, 'membership.manage': false
	},
	'chair': {
		'body.read': true, 'meeting.read': true, 'meeting.manage': true, 'agenda.edit': true,
		'minutes.read': true, 'minutes.edit': true, 'minutes.approve': true, 'minutes.publish': false, 'membership.manage': false
	},
	'vice_chair': {
		'body.read': true, 'meeting.read': true, 'meeting.manage': true, 'agenda.edit': true,
		'minutes.read': true, 'minutes.edit': true, 'minutes.approve': false, 'minutes.publish': false, 'membership.manage': false
	},
	'secretary': {
		'body.read': true, 'meeting.read': true, 'meeting.manage': true, 'agenda.edit': true,
		'minutes.read': true, 'minutes.edit': true, 'minutes.approve': true, 'minutes.publish': true, 'membership.manage': false
	},
	'member': {
		'body.read': true, 'meeting.read': true, 'meeting.manage': false, 'agenda.edit': false,
		'minutes.read': true, 'minutes.edit': 'co', 'minutes.approve': false, 'minutes.publish': false, 'membership.manage': false
	},
	'guest': {
		'body.read': true, 'meeting.read': true, 'meeting.manage': false, 'agenda.edit': false,
		'minutes.read': false, 'minutes.edit': false, 'minutes.approve': false, 'minutes.publish': false, 'membership.manage': false
	},
	'NGO member': {
		'body.read': true, 'meeting.read': true, 'meeting.manage': false, 'agenda.edit': false,
		'minutes.read': true, 'minutes.edit': false, 'minutes.approve': false, 'minutes.publish': false, 'membership.manage': false
	},
	'NGO secretary': {
		'body.read': true, 'meeting.read': true, 'meeting.manage': false, 'agenda.edit': false,
		'minutes.read': true, 'minutes.edit': false, 'minutes.approve': true, 'minutes.publish': false, 'membership.manage': false
	},
	'region user, not a member': {
		'body.read': true, 'meeting.read': false, 'meeting.manage': false, 'agenda.edit': false,
		'minutes.read': false, 'minutes.edit': false, 'minutes.approve': false, 'minutes.publish': false, 'membership.manage': false
	},
	'anonymous': {
		'body.read': false, 'meeting.read': false, 'meeting.manage': false, 'agenda.edit': false,
		'minutes.read': false, 'minutes.edit': false, 'minutes.approve': false, 'minutes.publish': false, 'membership.manage': false
	}
};

const ACTORS: Record<keyof typeof EXPECTED, Actor | null> = {
	'admin': actor('admin'),
	'coordinator (region)': actor('coordinator'),
	'coordinator (other region)': actor('coordinator', undefined, 'county', OTHER_REGION),
	'chair': actor('member', 'chair'),
	'vice_chair': actor('member', 'vice_chair'),
	'secretary': actor('member', 'secretary'),
	'member': actor('member', 'member'),
	'guest': actor('member', 'guest'),
	'NGO member': actor('member', 'member', 'ngo'),
	'NGO secretary': actor('member', 'secretary', 'ngo'),
	'region user, not a member': actor('member'),
	'anonymous': null
};

describe('policy: role × action × level', () => {
	for (const [who, row] of Object.entries(EXPECTED)) {
		for (const action of BODY_ACTIONS) {
			for (const level of LEVELS) {
				const expected = row[action] === 'co' ? defaultMembersCoEditMinutes(level) : row[action];
				it(`${who} ${expected ? 'may' : 'may not'} ${action} at ${level}`, () => {
					expect(can(ACTORS[who], action, body(level))).toBe(expected);
				});
			}
		}
	}
});

describe('policy: region administration', () => {
	it('lets a coordinator manage only their own region', () => {
		const coordinator = actor('coordinator');
		expect(can(coordinator, 'organisation.manage', { regionId: REGION })).toBe(true);
		expect(can(coordinator, 'user.manage', { regionId: OTHER_REGION })).toBe(false);
		expect(can(coordinator, 'body.manage', { regionId: REGION })).toBe(true);
	});

	it('keeps the administrator role for administrators to give', () => {
		expect(can(actor('coordinator'), 'user.assignRole', { regionId: REGION, siteRole: 'admin' })).toBe(false);
		expect(can(actor('coordinator'), 'user.assignRole', { regionId: REGION, siteRole: 'coordinator' })).toBe(true);
		expect(can(actor('admin'), 'user.assignRole', { regionId: OTHER_REGION, siteRole: 'admin' })).toBe(true);
	});

	it('keeps members and NGO representatives out of administration', () => {
		expect(can(actor('member'), 'admin.access', null)).toBe(false);
		expect(can(actor('member', 'member', 'ngo'), 'admin.access', null)).toBe(false);
		expect(can(actor('coordinator'), 'admin.access', null)).toBe(true);
	});

	it('lets members co-edit minutes when a body turns it on, whatever its level', () => {
		expect(can(actor('member', 'member'), 'minutes.edit', body('strategic', { membersCoEditMinutes: true }))).toBe(true);
		expect(can(actor('member', 'member'), 'minutes.edit', body('coordinator_network', { membersCoEditMinutes: false }))).toBe(false);
	});

	it('lets a minute checker named for the meeting approve, and nobody else outside the officers', () => {
		const checker = actor('member', 'member');
		expect(can(checker, 'minutes.approve', body('operational'))).toBe(false);
		expect(can(checker, 'minutes.approve', body('operational', { checkerUserIds: [checker.userId] }))).toBe(true);
		expect(can(actor('member', 'member', 'ngo'), 'minutes.approve', body('forum', { checkerUserIds: [99] }))).toBe(true);
		expect(can(actor('member', 'member', 'ngo'), 'minutes.approve', body('forum', { checkerUserIds: [7] }))).toBe(false);
	});

	it('lets the region’s coordinators and the secretary correct approved minutes and read the audit log', () => {
		expect(can(actor('member', 'secretary'), 'minutes.correct', body('strategic'))).toBe(true);
		expect(can(actor('member', 'chair'), 'minutes.correct', body('strategic'))).toBe(false);
		expect(can(actor('coordinator'), 'audit.read', { regionId: REGION })).toBe(true);
		expect(can(actor('coordinator'), 'audit.read', { regionId: OTHER_REGION })).toBe(false);
		expect(can(actor('member', 'secretary'), 'audit.read', { regionId: REGION })).toBe(false);
	});

	it('lets users edit only their own account', () => {
		expect(can(actor('member'), 'account.edit', { id: 99 })).toBe(true);
		expect(can(actor('member'), 'account.edit', { id: 100 })).toBe(false);
	});

	it('shows notifications to their own user only, coordinators included', () => {
		expect(can(actor('member'), 'notification.read', { id: 99 })).toBe(true);
		expect(can(actor('member'), 'notification.read', { id: 100 })).toBe(false);
		expect(can(actor('coordinator'), 'notification.read', { id: 100 })).toBe(false);
		expect(can(null, 'notification.read', { id: 99 })).toBe(false);
	});

	it('shows the structure of the own region only', () => {
		expect(can(actor('member'), 'structure.read', { regionId: REGION })).toBe(true);
		expect(can(actor('member'), 'structure.read', { regionId: OTHER_REGION })).toBe(false);
		expect(can(null, 'structure.read', { regionId: REGION })).toBe(false);
	});
});

describe('policy: consultations', () => {
	const NGO_BODY = 20;
	const round = (status: ConsultationTarget['status'], audience: Partial<ConsultationTarget['audience']> = {}): ConsultationTarget => ({
		regionId: REGION,
		status,
		audience: { kind: 'region_ngos', organisationIds: [], bodyIds: [], ...audience }
	});
	const ngo = actor('member', undefined, 'ngo');
	const municipal = actor('member');
	const forumMember: Actor = { ...municipal, memberships: [{ bodyId: NGO_BODY, role: 'member' }] };
	const otherRegionNgo = actor('member', undefined, 'ngo', OTHER_REGION);

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
		expect(can(ngo, 'consultation.comment', round('open', { kind: 'organisations', organisationIds: [6] }))).toBe(false);
		const byBody = round('open', { kind: 'bodies', bodyIds: [NGO_BODY] });
		expect(can(forumMember, 'consultation.comment', byBody)).toBe(true);
		expect(can(ngo, 'consultation.comment', byBody)).toBe(false);
	});

	it('takes comments only while the round is open, from the audience and from those who run it', () => {
		for (const who of [ngo, actor('coordinator', undefined, 'county')]) {
			expect(can(who, 'consultation.comment', round('upcoming'))).toBe(false);
			expect(can(who, 'consultation.comment', round('open'))).toBe(true);
			expect(can(who, 'consultation.comment', round('closed'))).toBe(false);
			expect(can(who, 'consultation.read', round('closed'))).toBe(true);
		}
	});

	it('lets authors edit their own comments until the deadline', () => {
		const mine = { ...round('open'), authorId: ngo.userId };
		expect(can(ngo, 'comment.edit', mine)).toBe(true);
		expect(can(ngo, 'comment.edit', { ...mine, status: 'closed' })).toBe(false);
		expect(can(ngo, 'comment.edit', { ...mine, authorId: 7 })).toBe(false);
		expect(can({ ...actor('coordinator', undefined, 'county'), userId: 100 }, 'comment.edit', mine)).toBe(false);
	});

	it('lets the region’s coordinators run consultations, answer and hide comments, and co-edit documents', () => {
		const coordinator = actor('coordinator', undefined, 'county');
		expect(can(coordinator, 'consultation.manage', { regionId: REGION })).toBe(true);
		expect(can(coordinator, 'consultation.manage', { regionId: OTHER_REGION })).toBe(false);
		expect(can(ngo, 'consultation.manage', { regionId: REGION })).toBe(false);
		expect(can(actor('member', 'secretary'), 'consultation.manage', { regionId: REGION })).toBe(false);
		for (const action of ['consultation.answer', 'comment.hide'] as const) {
			expect(can(coordinator, action, round('closed'))).toBe(true);
			expect(can(ngo, action, round('open'))).toBe(false);
			expect(can(actor('coordinator', undefined, 'county', OTHER_REGION), action, round('open'))).toBe(false);
		}
		// A coordinator account of an NGO (the county's records are its own people's) does not run them.
		expect(can(actor('coordinator', undefined, 'ngo'), 'consultation.manage', { regionId: REGION })).toBe(false);
	});
});

describe('policy: goals and measures', () => {
	const OWN_ORG = 5;
	const measure = (ownerOrganisationIds: number[]) => ({ regionId: REGION, bodyId: BODY_ID, ownerOrganisationIds });
	const owned = measure([OWN_ORG, 6]);
	const others = measure([6]);
	type MeasureAction = 'measure.record' | 'measure.update' | 'measure.reopen' | 'measure.read';
	const ACTIONS: MeasureAction[] = ['measure.record', 'measure.update', 'measure.reopen', 'measure.read'];
	// [record, update own org's, update another org's, reopen, read]
	const TABLE: [string, Actor | null, boolean[]][] = [
		['admin', actor('admin'), [true, true, true, true, true]],
		['coordinator (region)', actor('coordinator'), [true, true, true, true, true]],
		['coordinator (other region)', actor('coordinator', undefined, 'county', OTHER_REGION), [false, false, false, false, false]],
		['secretary of the source body', actor('member', 'secretary'), [true, true, false, true, true]],
		['chair of the source body', actor('member', 'chair'), [true, true, false, true, true]],
		['member of the source body', actor('member', 'member'), [false, true, false, true, true]],
		['NGO secretary of the source body', actor('member', 'secretary', 'ngo'), [false, true, false, true, true]],
		['region user of an owner organisation', actor('member'), [false, true, false, true, true]],
		['user of an owner organisation in another region', actor('member', undefined, 'municipality', OTHER_REGION), [false, false, false, false, false]],
		['anonymous', null, [false, false, false, false, false]]
	];
	for (const [who, subject, [record, updateOwn, updateOthers, reopen, read]] of TABLE) {
		it(`${who}: record ${record}, update own ${updateOwn}, update others' ${updateOthers}, reopen ${reopen}, read ${read}`, () => {
			expect(ACTIONS.map((a) => can(subject, a, owned))).toEqual([record, updateOwn, reopen, read]);
			expect(can(subject, 'measure.update', others)).toBe(updateOthers);
		});
	}

	it('lets only the region’s coordinators manage indicators', () => {
		expect(can(actor('coordinator'), 'indicator.manage', { regionId: REGION })).toBe(true);
		expect(can(actor('coordinator'), 'indicator.manage', { regionId: OTHER_REGION })).toBe(false);
		expect(can(actor('member', 'secretary'), 'indicator.manage', { regionId: REGION })).toBe(false);
	});

	it('shows indicators to everyone in the region and no one else', () => {
		expect(can(actor('member', undefined, 'ngo'), 'indicator.read', { regionId: REGION })).toBe(true);
		expect(can(actor('coordinator', undefined, 'county', OTHER_REGION), 'indicator.read', { regionId: REGION })).toBe(false);
		expect(can(null, 'indicator.read', { regionId: REGION })).toBe(false);
	});
});

describe('policy: the annual calendar and forwarded items', () => {
	const region = { regionId: REGION };
	it('everyone in the region reads the calendar; coordinators manage it', () => {
		expect(can(actor('member'), 'calendar.read', region)).toBe(true);
		expect(can(actor('member', undefined, 'county', OTHER_REGION), 'calendar.read', region)).toBe(false);
		expect(can(null, 'calendar.read', region)).toBe(false);
		expect(can(actor('coordinator'), 'calendar.manage', region)).toBe(true);
		expect(can(actor('member', 'secretary'), 'calendar.manage', region)).toBe(false);
	});

	const cases: [string, Actor | null, boolean, boolean][] = [
		// who, may forward from the body, may accept into the body
		['coordinator (region)', actor('coordinator'), true, true],
		['chair', actor('member', 'chair'), true, true],
		['vice_chair', actor('member', 'vice_chair'), true, false],
		['secretary', actor('member', 'secretary'), true, true],
		['member', actor('member', 'member'), false, false],
		['NGO secretary', actor('member', 'secretary', 'ngo'), false, false],
		['coordinator (other region)', actor('coordinator', undefined, 'county', OTHER_REGION), false, false],
		['anonymous', null, false, false]
	];
	for (const [who, subject, forward, receive] of cases) {
		it(`${who}: forward ${forward}, receive ${receive}`, () => {
			expect(can(subject, 'item.forward', body('coordinator_network'))).toBe(forward);
			expect(can(subject, 'item.receive', body('strategic'))).toBe(receive);
		});
	}
});
