/** The goals and measures part of a meeting's page. */
import { agendaEditable, type MeetingStatus } from '../../domain/meetings';
import { evaluatedYear, offersEvaluation, recordsFromMinutes } from '../../domain/measures';
import { can, type Actor } from '../../domain/policy';
import { bodyTarget } from '../bodies/target';
import type { Queryable } from '../db/client';
import type { Body } from '../db/schema';
import { listMeasures } from './lists';
import { decidedItems, measureTarget } from './rows';

/** What the meeting page shows: decided items to record from, the measures already recorded, the evaluation action. */
export function meetingMeasures(
	db: Queryable,
	actor: Actor,
	m: { id: number; status: MeetingStatus; year: number },
	b: Body
) {
	const target = measureTarget({ regionId: b.regionId, bodyId: b.id }, []);
	const settled = recordsFromMinutes(m.status);
	return {
		canRecord: settled && can(actor, 'measure.record', target),
		items: settled
			? decidedItems(db, m.id).map(({ key, number, title }) => ({ key, number, title }))
			: [],
		recorded:
			settled && can(actor, 'measure.read', target)
				? listMeasures(db, actor, { regionId: b.regionId, sourceMeetingId: m.id })
				: [],
		evaluation:
			agendaEditable(m.status) &&
			offersEvaluation(b.level) &&
			can(actor, 'agenda.edit', bodyTarget(b))
				? { year: evaluatedYear(m.year) }
				: null
	};
}
