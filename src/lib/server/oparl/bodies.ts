/**
 * The OParl System, Body (our region: the county as "Körperschaft"),
 * Organization (our public cooperation bodies) and Person (only the chair,
 * vice chair and secretary of public bodies: the people who answer for a
 * body's minutes; other members are never published, nor anyone's email).
 * Which bodies are public is decided by records/published.ts alone.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { OFFICER_ROLES } from '../../domain/roles';
import { translator } from '../../i18n';
import type { Queryable } from '../db/client';
import {
	membership,
	organisation,
	region,
	user,
	type Body,
	type MembershipRow,
	type Region
} from '../db/schema';
import { listPublicBodies } from '../records/published';
import { paginate } from './pagination';
import {
	oparlDateTime,
	oparlType,
	type OParlBody,
	type OParlList,
	type OParlMembership,
	type OParlOrganization,
	type OParlPerson,
	type OParlSystem
} from './types';
import { parseId } from '../../domain/ids';
import { oparlUrls, type OParlUrls } from './urls';

/** Labels in Finnish, the language of the records themselves. */
const fi = translator('fi');

export function oparlSystem(origin: string): OParlSystem {
	const urls = oparlUrls(origin);
	return {
		id: urls.system,
		type: oparlType('System'),
		oparlVersion: 'https://schema.oparl.org/1.1/',
		name: 'Yhdyspinta',
		body: urls.bodies,
		website: urls.web.home
	};
}

function toBody(urls: OParlUrls, r: Region): OParlBody {
	return {
		id: urls.body(r.id),
		type: oparlType('Body'),
		system: urls.system,
		name: r.name,
		organization: urls.bodyList(r.id, 'organizations'),
		person: urls.bodyList(r.id, 'people'),
		meeting: urls.bodyList(r.id, 'meetings'),
		paper: urls.bodyList(r.id, 'papers'),
		// Required by the schema; cooperation bodies have no electoral terms.
		legislativeTerm: [],
		web: urls.web.archive,
		created: oparlDateTime(r.createdAt),
		// OParl 1.1 wants `modified` on every object; these tables keep no update time yet.
		modified: oparlDateTime(r.createdAt)
	};
}

/** The region behind a Body id. Every region is a Body: a county's name is public on every page anyway. */
export function findRegion(db: Queryable, regionIdParam: string): Region | null {
	const id = parseId(regionIdParam);
	return (id && db.select().from(region).where(eq(region.id, id)).get()) || null;
}

export function oparlBodyList(db: Queryable, origin: string, page: number): OParlList<OParlBody> {
	const urls = oparlUrls(origin);
	return paginate(db.select().from(region).orderBy(asc(region.id)).all(), page, urls.bodies, (r) =>
		toBody(urls, r)
	);
}

export function oparlBody(db: Queryable, origin: string, regionIdParam: string): OParlBody | null {
	const r = findRegion(db, regionIdParam);
	return r && toBody(oparlUrls(origin), r);
}

/** Papers (Drucksachen) do not exist here, but every Body must link to a list of them. */
export function oparlPaperList(
	db: Queryable,
	origin: string,
	regionIdParam: string,
	page: number
): OParlList<never> | null {
	const r = findRegion(db, regionIdParam);
	return r && paginate([], page, oparlUrls(origin).bodyList(r.id, 'papers'), (row: never) => row);
}

interface Officer {
	membership: MembershipRow;
	body: Body;
	person: { id: number; name: string; regionId: number; createdAt: Date };
}

/** Officer memberships of active users in public bodies, by name: everything Person and Membership may show. */
function listOfficers(db: Queryable): Officer[] {
	const publicBodies = new Map(listPublicBodies(db).map((b) => [b.id, b]));
	if (publicBodies.size === 0) return [];
	return db
		.select({
			membership,
			person: {
				id: user.id,
				name: user.name,
				regionId: organisation.regionId,
				createdAt: user.createdAt
			}
		})
		.from(membership)
		.innerJoin(user, eq(membership.userId, user.id))
		.innerJoin(organisation, eq(user.organisationId, organisation.id))
		.where(
			and(
				inArray(membership.role, [...OFFICER_ROLES]),
				inArray(membership.bodyId, [...publicBodies.keys()]),
				eq(user.active, true)
			)
		)
		.orderBy(asc(user.name), asc(user.id), asc(membership.id))
		.all()
		.map((row) => ({ ...row, body: publicBodies.get(row.membership.bodyId)! }));
}

function toMembership(urls: OParlUrls, o: Officer): OParlMembership {
	return {
		id: urls.membership(o.membership.id),
		type: oparlType('Membership'),
		person: urls.person(o.person.id),
		organization: urls.organization(o.body.id),
		role: fi.t(`role.${o.membership.role}`)
	};
}

function toOrganization(urls: OParlUrls, b: Body, officers: Officer[]): OParlOrganization {
	return {
		id: urls.organization(b.id),
		type: oparlType('Organization'),
		body: urls.body(b.regionId),
		name: b.name,
		// OParl's recommended vocabulary is German: a "Gremium" is a deliberative body.
		organizationType: 'Gremium',
		classification: fi.t(`level.${b.level}`),
		membership: officers
			.filter((o) => o.body.id === b.id)
			.map((o) => urls.membership(o.membership.id)),
		meeting: urls.organizationMeetings(b.id),
		web: urls.web.body(b.id),
		created: oparlDateTime(b.createdAt),
		// OParl 1.1 wants `modified` on every object; these tables keep no update time yet.
		modified: oparlDateTime(b.createdAt)
	};
}

export function oparlOrganizationList(
	db: Queryable,
	origin: string,
	regionIdParam: string,
	page: number
): OParlList<OParlOrganization> | null {
	const r = findRegion(db, regionIdParam);
	if (!r) return null;
	const urls = oparlUrls(origin);
	const officers = listOfficers(db);
	const bodies = listPublicBodies(db).filter((b) => b.regionId === r.id);
	return paginate(bodies, page, urls.bodyList(r.id, 'organizations'), (b) =>
		toOrganization(urls, b, officers)
	);
}

export function oparlOrganization(
	db: Queryable,
	origin: string,
	bodyIdParam: string
): OParlOrganization | null {
	const found = listPublicBodies(db).find((b) => b.id === parseId(bodyIdParam));
	return found ? toOrganization(oparlUrls(origin), found, listOfficers(db)) : null;
}

/** One Person per user (`officers` all theirs, at least one), with every officer membership they hold. */
function toPerson(urls: OParlUrls, officers: Officer[]): OParlPerson {
	const { person } = officers[0];
	return {
		id: urls.person(person.id),
		type: oparlType('Person'),
		body: urls.body(person.regionId),
		name: person.name,
		membership: officers.map((o) => toMembership(urls, o)),
		created: oparlDateTime(person.createdAt),
		// OParl 1.1 wants `modified` on every object; these tables keep no update time yet.
		modified: oparlDateTime(person.createdAt)
	};
}

function groupByPerson(officers: Officer[]): Officer[][] {
	const byPerson = new Map<number, Officer[]>();
	for (const o of officers) byPerson.set(o.person.id, [...(byPerson.get(o.person.id) ?? []), o]);
	return [...byPerson.values()];
}

export function oparlPersonList(
	db: Queryable,
	origin: string,
	regionIdParam: string,
	page: number
): OParlList<OParlPerson> | null {
	const r = findRegion(db, regionIdParam);
	if (!r) return null;
	const urls = oparlUrls(origin);
	// A person belongs to the region of their own organisation, as in the rest of the app.
	const people = groupByPerson(listOfficers(db).filter((o) => o.person.regionId === r.id));
	return paginate(people, page, urls.bodyList(r.id, 'people'), (officers) =>
		toPerson(urls, officers)
	);
}

export function oparlPerson(
	db: Queryable,
	origin: string,
	userIdParam: string
): OParlPerson | null {
	const officers = listOfficers(db).filter((o) => o.person.id === parseId(userIdParam));
	return officers.length > 0 ? toPerson(oparlUrls(origin), officers) : null;
}

export function oparlMembership(
	db: Queryable,
	origin: string,
	membershipIdParam: string
): OParlMembership | null {
	const found = listOfficers(db).find((o) => o.membership.id === parseId(membershipIdParam));
	return found ? toMembership(oparlUrls(origin), found) : null;
}
