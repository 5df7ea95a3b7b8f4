import { can, type Action, type Actor, type TargetOf } from '../domain/policy';
import { forbidden } from './errors';

/** Use cases call this before they act, so a route that forgets to check still fails closed. */
export function assertCan<A extends Action>(
	actor: Actor | null,
	action: A,
	target: TargetOf<A>
): asserts actor is Actor {
	if (!can(actor, action, target)) throw forbidden(`forbidden.${action}`);
}
