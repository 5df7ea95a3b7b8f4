import type { BodyTarget } from '../../domain/policy';
import type { Body } from '../db/schema';

/** What the policy needs to know of a body to decide who may do what in it. */
export function bodyTarget(row: Body): BodyTarget {
	return {
		id: row.id,
		regionId: row.regionId,
		level: row.level,
		public: row.public,
		membersCoEditMinutes: row.membersCoEditMinutes
	};
}
