import { can } from '#lib/domain/policy.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import { getDb } from '#lib/server/db/instance.js';
import { indicatorSeries } from '#lib/server/indicators/queries.js';
import { getOrganisationCommitments } from '#lib/server/measures/queries.js';
import type { PageServerLoad } from './$types';

/** "What has Liperi agreed to, and where is it?": an organisation's commitments across bodies and years, and its indicators. */
export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const { organisation, measures } = await runOrError(() =>
		getOrganisationCommitments(db, actor, event.params.id)
	);
	const regionId = organisation.regionId;
	return {
		organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
		measures,
		years: [...new Set(measures.map((m) => m.budgetYear))],
		indicatorSeries: can(actor, 'indicator.read', { regionId })
			? indicatorSeries(db, actor, { regionId, organisationIds: [organisation.id] })
			: []
	};
};
