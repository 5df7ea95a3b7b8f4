/**
 * Granted grants as open data in the 360Giving Data Standard 1.4.3, and euros
 * per resident shared by population.
 *
 * Identifiers (360Giving's guidance: a publisher prefix `360G-…` and an id from
 * the publisher's records) are built from ids that never change, so a grant,
 * organisation, call or activity class keeps its public id whatever is edited:
 * - grant: `360G-yhdyspinta-<application id>`;
 * - recipient: `FI-PRO-<business ID>` (the Finnish Patent and Registration
 *   Office's register in org-id.guide) where the NGO's profile gives a valid
 *   one, else `360G-yhdyspinta-org-<organisation id>`;
 * - funder (the county): `360G-yhdyspinta-region-<region slug>`;
 * - programme (basket and call): `360G-yhdyspinta-call-<call id>`;
 * - activity class: code `<class id>` in the vocabulary
 *   `360G-yhdyspinta-activity-classes-<region slug>`.
 */

export const PUBLIC_ID_PREFIX = '360G-yhdyspinta';

/** The grant's public id: stable, as the application's id never changes. */
export function publicGrantId(applicationId: number): string {
	return `${PUBLIC_ID_PREFIX}-${applicationId}`;
}

/** A Finnish business ID (Y-tunnus): seven digits, a hyphen, a check digit. */
const BUSINESS_ID = /^\d{7}-\d$/;

export function recipientOrganizationId(businessId: string, organisationId: number): string {
	const trimmed = businessId.trim();
	return BUSINESS_ID.test(trimmed)
		? `FI-PRO-${trimmed}`
		: `${PUBLIC_ID_PREFIX}-org-${organisationId}`;
}

export function fundingOrganizationId(regionSlug: string): string {
	return `${PUBLIC_ID_PREFIX}-region-${regionSlug}`;
}

export function grantProgrammeCode(callId: number): string {
	return `${PUBLIC_ID_PREFIX}-call-${callId}`;
}

export function activityClassVocabulary(regionSlug: string): string {
	return `${PUBLIC_ID_PREFIX}-activity-classes-${regionSlug}`;
}

/** What the 360Giving package is built from: one granted, public grant. */
export interface OpenGrant {
	applicationId: number;
	/** The purpose, as the public list shows it. */
	title: string;
	amountAppliedForCents: number | null;
	amountAwardedCents: number;
	amountDisbursedCents: number;
	/** ISO date of the decision. */
	awardDate: string;
	budgetYear: number;
	recipient: { organisationId: number; name: string; businessId: string };
	funder: { slug: string; name: string };
	programme: { callId: number; basketName: string; callTitle: string };
	municipalities: readonly string[];
	activityClass: { id: number; name: string } | null;
	dateModified: Date;
}

export interface PackageMetadata {
	title: string;
	description: string;
	/** The address the package is downloaded from. */
	downloadURL: string;
	accessURL: string;
	publisherName: string;
	publisherWebsite: string;
	issued: Date;
}

/** Open data, attribution required: the grant data are public documents, their compilation CC BY 4.0. */
export const OPEN_DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

const euros = (cents: number) => cents / 100;

/** One grant in the 360Giving Data Standard's shape. */
export function toThreeSixtyGrant(grant: OpenGrant) {
	return {
		id: publicGrantId(grant.applicationId),
		title: grant.title,
		// The application's own texts are not public (docs/domain.md, "NGO grants"): the
		// description says what the public list says, the purpose under its call.
		description: `${grant.title} (${grant.programme.basketName}: ${grant.programme.callTitle})`,
		currency: 'EUR',
		...(grant.amountAppliedForCents === null
			? {}
			: { amountAppliedFor: euros(grant.amountAppliedForCents) }),
		amountAwarded: euros(grant.amountAwardedCents),
		amountDisbursed: euros(grant.amountDisbursedCents),
		awardDate: grant.awardDate,
		// A grant is for its budget year.
		plannedDates: [
			{ startDate: `${grant.budgetYear}-01-01`, endDate: `${grant.budgetYear}-12-31`, duration: 12 }
		],
		recipientOrganization: [
			{
				id: recipientOrganizationId(grant.recipient.businessId, grant.recipient.organisationId),
				name: grant.recipient.name,
				addressCountry: 'FI'
			}
		],
		fundingOrganization: [
			{ id: fundingOrganizationId(grant.funder.slug), name: grant.funder.name }
		],
		grantProgramme: [
			{
				code: grantProgrammeCode(grant.programme.callId),
				title: `${grant.programme.basketName}: ${grant.programme.callTitle}`
			}
		],
		beneficiaryLocation: grant.municipalities.map((name) => ({ name, countryCode: 'FI' })),
		classifications: grant.activityClass
			? [
					{
						vocabulary: activityClassVocabulary(grant.funder.slug),
						code: String(grant.activityClass.id),
						title: grant.activityClass.name
					}
				]
			: [],
		dateModified: grant.dateModified.toISOString()
	};
}

/** The package: its metadata, licence and grants. */
export function threeSixtyPackage(grants: readonly OpenGrant[], meta: PackageMetadata) {
	const modified = grants.reduce(
		(latest, g) => (g.dateModified > latest ? g.dateModified : latest),
		new Date(0)
	);
	return {
		version: '1.4',
		title: meta.title,
		description: meta.description,
		issued: meta.issued.toISOString(),
		modified: (grants.length > 0 ? modified : meta.issued).toISOString(),
		identifier: `${PUBLIC_ID_PREFIX}-grants`,
		publisher: {
			identifier: PUBLIC_ID_PREFIX,
			name: meta.publisherName,
			website: meta.publisherWebsite
		},
		downloadURL: meta.downloadURL,
		accessURL: meta.accessURL,
		license: OPEN_DATA_LICENSE,
		grants: grants.map(toThreeSixtyGrant)
	};
}

/**
 * Shares an amount among places by their populations, in whole cents that add
 * up to the amount (the largest remainders get the cents left over).
 */
export function shareByPopulation<K>(
	amountCents: number,
	places: readonly { key: K; population: number }[]
): Map<K, number> {
	const total = places.reduce((sum, p) => sum + p.population, 0);
	const shares = new Map<K, number>();
	if (total === 0) return shares;
	const exact = places.map((p) => ({ key: p.key, exact: (amountCents * p.population) / total }));
	let left = amountCents;
	for (const p of exact) {
		shares.set(p.key, Math.floor(p.exact));
		left -= Math.floor(p.exact);
	}
	const byRemainder = [...exact].sort(
		(a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact))
	);
	for (const p of byRemainder.slice(0, left)) shares.set(p.key, shares.get(p.key)! + 1);
	return shares;
}
