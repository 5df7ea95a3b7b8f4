/**
 * The demo's open data: on last year's decided operating call, the handler has
 * hidden one grant from the public list, the CSV and the 360Giving JSON, with
 * the reason in the audit log. Fictional people and situation.
 */
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import { hideGrant } from '../grants/open-data';

const DAY = 24 * 60 * 60_000;

export function seedDemoOpenData(
	db: Db,
	handler: Actor,
	hiddenApplicationId: number,
	decidedAt: Date
): void {
	hideGrant(
		db,
		handler,
		hiddenApplicationId,
		'Henkilön suojaaminen: yhdistyksen ainoalla kyläavustajalla on turvakielto, ja avustuksen tiedot yhdistäisivät hänet toiminta-alueeseen. Päätös on saajalla ja pöytäkirjassa.',
		new Date(decidedAt.getTime() + 3 * DAY)
	);
}
