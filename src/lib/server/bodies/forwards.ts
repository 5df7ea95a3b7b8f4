/** Items other bodies sent to this one, as its page accepts them. */
import { and, eq } from 'drizzle-orm';
import { numberOf } from '../../domain/meetings';
import type { Actor } from '../../domain/policy';
import { acceptForward } from '../calendar/forwarding';
import type { Queryable } from '../db/client';
import { itemForward } from '../db/schema';
import { notFound } from '../errors';
import { authorizeBody } from './readable';

/**
 * Puts an item sent to this body on its next meeting's agenda and names that
 * meeting. A forward sent to another body is not found here, whatever the
 * actor may do there.
 */
export function acceptForwardToBody(
	db: Queryable,
	actor: Actor,
	bodyId: number,
	forwardId: number,
	now = new Date()
): { meetingId: number; number: string } {
	authorizeBody(db, actor, bodyId, 'item.receive');
	const sentHere = db
		.select({ id: itemForward.id })
		.from(itemForward)
		.where(and(eq(itemForward.id, forwardId), eq(itemForward.targetBodyId, bodyId)))
		.get();
	if (!sentHere) throw notFound();
	const into = acceptForward(db, actor, forwardId, null, now);
	return { meetingId: into.id, number: numberOf(into) };
}
