import { describe, expect, it } from 'vitest';
import { LEVELS, defaultMembersCoEditMinutes, type Level } from './levels';
import { can, type Action, type Actor, type MinutesTarget } from './policy';
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

	it('shows the structure of the own region only', () => {
		expect(can(actor('member'), 'structure.read', { regionId: REGION })).toBe(true);
		expect(can(actor('member'), 'structure.read', { regionId: OTHER_REGION })).toBe(false);
		expect(can(null, 'structure.read', { regionId: REGION })).toBe(false);
	});
});
