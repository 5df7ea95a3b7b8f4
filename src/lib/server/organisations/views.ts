/** The pages about organisations: each checks access itself and returns what it shows. */
import { can, type Actor } from '../../domain/policy';
import { isoDate } from '../../domain/time';
import type { Queryable } from '../db/client';
import { readableInstalments } from '../grants/grant';
import { indicatorSeries } from '../indicators/series';
import { getOrganisationCommitments } from '../measures/lists';
import { pickRegion, regionSlugFor } from '../regions/visible';
import { profileReadable } from './profile';
import { getOrganisation, listOrganisations } from './service';

/**
 * `/organisations/[id]`, "what has Liperi agreed to, and where is it?": an
 * organisation's commitments across bodies and years, and its indicators.
 */
export function organisationPage(db: Queryable, actor: Actor, organisationId: number, now: Date) {
	const { organisation, measures } = getOrganisationCommitments(
		db,
		actor,
		organisationId,
		isoDate(now)
	);
	const regionId = organisation.regionId;
	return {
		organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
		profileReadable: profileReadable(db, actor, organisation.id),
		measures,
		years: [...new Set(measures.map((m) => m.budgetYear))],
		grantInstalments: readableInstalments(
			db,
			actor,
			{ regionId, organisationId: organisation.id },
			now
		),
		indicatorSeries: can(actor, 'indicator.read', { regionId })
			? indicatorSeries(db, actor, { regionId, organisationIds: [organisation.id] })
			: []
	};
}

/** `/admin/organisations`: the region's organisations, those matching the search. */
export function adminOrganisationsPage(
	db: Queryable,
	actor: Actor,
	regionSlug: string | null,
	query: string
) {
	const region = pickRegion(db, actor, regionSlug);
	return { query, organisations: listOrganisations(db, actor, { regionId: region.id, query }) };
}

/** `/admin/organisations/[id]`. */
export function adminOrganisationPage(db: Queryable, actor: Actor, organisationId: number) {
	const organisation = getOrganisation(db, actor, organisationId);
	return { organisation, regionSlug: regionSlugFor(db, actor, organisation.regionId) };
}

/** The organisations a user of the region can belong to, for the user forms. */
export function organisationChoices(db: Queryable, actor: Actor, regionId: number) {
	return listOrganisations(db, actor, { regionId }).map(({ id, name }) => ({ id, name }));
}
