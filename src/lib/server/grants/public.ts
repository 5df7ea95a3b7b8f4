/**
 * The public list of granted grants: recipient, purpose, amount, basket,
 * decision and year, for anyone, signed in or not. Nothing of an application
 * beyond these fields, and nothing of one that was not granted, leaves here.
 * A grant its recipient refused stays on the list, as the decision was made,
 * marked refused and left out of the sum of granted money.
 */
import { and, asc, desc, eq, inArray, isNotNull, notExists } from 'drizzle-orm';
import Papa from 'papaparse';
import { numberOf } from '../../domain/meetings';
import { APPLICATION_STATUSES, isGranted, type GrantBasket } from '../../domain/grants';
import { isoDate } from '../../domain/time';
import type { Queryable } from '../db/client';
import {
	body,
	grantActivityClass,
	grantApplication,
	grantBasket,
	grantCall,
	grantHidden,
	meeting,
	organisation,
	region
} from '../db/schema';

export interface PublicGrant {
	id: number;
	region: string;
	regionSlug: string;
	budgetYear: number;
	basket: GrantBasket;
	basketName: string;
	call: string;
	recipient: string;
	purpose: string;
	activityClass: string | null;
	amountGrantedCents: number;
	/** The recipient refused the grant: it was decided, but no money goes to it. */
	refused: boolean;
	/** ISO date of the approval of the minutes that decided it. */
	decidedOn: string;
	decidingBody: string;
	/** "3/2026". */
	decisionNumber: string;
	/** The archive page of the decision, once its minutes are published. */
	decisionMeetingId: number | null;
}

export interface PublicGrantFilter {
	regionSlug?: string;
	year?: number;
}

const GRANTED = APPLICATION_STATUSES.filter(isGranted);

/**
 * What makes a grant public: granted in a decided call, with its amount, and
 * not hidden by a handler (open-data.ts). Every public list (the page, CSV,
 * 360Giving JSON) filters by this, on a query that joins the call and region.
 */
export function publicGrantCondition(db: Queryable, filter: PublicGrantFilter) {
	return and(
		inArray(grantApplication.status, [...GRANTED]),
		isNotNull(grantCall.decidedAt),
		isNotNull(grantApplication.amountGrantedCents),
		notExists(
			db
				.select({ id: grantHidden.applicationId })
				.from(grantHidden)
				.where(eq(grantHidden.applicationId, grantApplication.id))
		),
		filter.regionSlug ? eq(region.slug, filter.regionSlug) : undefined,
		filter.year ? eq(grantCall.budgetYear, filter.year) : undefined
	);
}

export function listPublicGrants(db: Queryable, filter: PublicGrantFilter = {}): PublicGrant[] {
	return db
		.select({
			id: grantApplication.id,
			region: region.name,
			regionSlug: region.slug,
			budgetYear: grantCall.budgetYear,
			basket: grantBasket.kind,
			basketName: grantBasket.name,
			call: grantCall.title,
			recipient: organisation.name,
			purpose: grantApplication.title,
			activityClass: grantActivityClass.name,
			amountGrantedCents: grantApplication.amountGrantedCents,
			acceptance: grantApplication.acceptance,
			decidedAt: grantApplication.decidedAt,
			decidingBody: body.name,
			meeting
		})
		.from(grantApplication)
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.innerJoin(grantBasket, eq(grantCall.basketId, grantBasket.id))
		.innerJoin(region, eq(grantCall.regionId, region.id))
		.innerJoin(organisation, eq(grantApplication.organisationId, organisation.id))
		.innerJoin(meeting, eq(grantApplication.decisionMeetingId, meeting.id))
		.innerJoin(body, eq(meeting.bodyId, body.id))
		.leftJoin(grantActivityClass, eq(grantApplication.activityClassId, grantActivityClass.id))
		.where(publicGrantCondition(db, filter))
		.orderBy(desc(grantCall.budgetYear), asc(region.name), asc(organisation.name))
		.all()
		.map((row) => ({
			id: row.id,
			region: row.region,
			regionSlug: row.regionSlug,
			budgetYear: row.budgetYear,
			basket: row.basket,
			basketName: row.basketName,
			call: row.call,
			recipient: row.recipient,
			purpose: row.purpose,
			activityClass: row.activityClass,
			amountGrantedCents: row.amountGrantedCents ?? 0,
			refused: row.acceptance === 'refused',
			decidedOn: row.decidedAt ? isoDate(row.decidedAt) : '',
			decidingBody: row.decidingBody,
			decisionNumber: numberOf(row.meeting),
			decisionMeetingId: row.meeting.publishedAt ? row.meeting.id : null
		}));
}

/** The years and regions that have public grants, for the list's filters. */
export function publicGrantChoices(db: Queryable) {
	const rows = db
		.selectDistinct({ year: grantCall.budgetYear, slug: region.slug, name: region.name })
		.from(grantApplication)
		.innerJoin(grantCall, eq(grantApplication.callId, grantCall.id))
		.innerJoin(region, eq(grantCall.regionId, region.id))
		.where(publicGrantCondition(db, {}))
		.all();
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
	const regions = [...new Map(rows.map((r) => [r.slug, r.name])).entries()]
		.map(([slug, name]) => ({ slug, name }))
		.sort((a, b) => a.name.localeCompare(b.name, 'fi'));
	return { years, regions };
}

/** The public list page: the filtered grants, the filters and the sum. */
export function publicGrantsPage(db: Queryable, filter: PublicGrantFilter) {
	const grants = listPublicGrants(db, filter);
	return {
		grants,
		totalCents: grants.reduce((sum, g) => sum + (g.refused ? 0 : g.amountGrantedCents), 0),
		filter,
		choices: publicGrantChoices(db)
	};
}

/** Finnish headings: the list is the county's public record, as the decision was made in Finnish. */
const CSV_COLUMNS: readonly [string, (g: PublicGrant) => string | number][] = [
	['tunnus', (g) => g.id],
	['hyvinvointialue', (g) => g.region],
	['vuosi', (g) => g.budgetYear],
	['avustuskori', (g) => g.basket],
	['korin nimi', (g) => g.basketName],
	['haku', (g) => g.call],
	['saaja', (g) => g.recipient],
	['käyttötarkoitus', (g) => g.purpose],
	['toimintaluokka', (g) => g.activityClass ?? ''],
	['myönnetty euroa', (g) => (g.amountGrantedCents / 100).toFixed(2)],
	['saaja kieltäytyi', (g) => (g.refused ? 'kyllä' : '')],
	['päätöspäivä', (g) => g.decidedOn],
	['päättäjä', (g) => g.decidingBody],
	['kokous', (g) => g.decisionNumber]
];

/** The list as CSV for a spreadsheet: semicolons, a BOM for Excel, formulae defused. */
export function publicGrantsCsv(grants: readonly PublicGrant[]): string {
	return (
		'\uFEFF' +
		Papa.unparse(
			{
				fields: CSV_COLUMNS.map(([heading]) => heading),
				data: grants.map((g) => CSV_COLUMNS.map(([, cell]) => cell(g)))
			},
			{ delimiter: ';', newline: '\r\n', escapeFormulae: true }
		)
	);
}
