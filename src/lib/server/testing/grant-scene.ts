/**
 * A region with an open call and everyone around it, for the application and
 * assessment tests: the coordinator, a named handler, two assessors, two
 * people of the applicant NGO, another NGO, an administrator, a municipality's
 * officer and an NGO of another region.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import { grantCall, type GrantCallRow } from '../db/schema';
import { createTestDb } from '../db/testing';
import { insertActivityClass, insertBasket, insertCall } from './grant-fixtures';
import { insertActor, insertBody, insertOrganisation, insertRegion } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;

export interface GrantScene {
	db: Db;
	now: Date;
	/** After the call's deadline. */
	afterDeadline: Date;
	call: GrantCallRow;
	classId: number;
	/** A class of the region the call does not fund. */
	otherClassId: number;
	municipalityId: number;
	ngoId: number;
	otherNgoId: number;
	coordinator: Actor;
	handler: Actor;
	assessor: Actor;
	secondAssessor: Actor;
	applicant: Actor;
	colleague: Actor;
	otherNgo: Actor;
	admin: Actor;
	municipal: Actor;
	foreignNgo: Actor;
}

export function grantScene(): GrantScene {
	const db = createTestDb();
	const now = new Date('2026-10-15T09:00:00Z');
	const r = insertRegion(db, 'av');
	const elsewhere = insertRegion(db, 'muu');
	const ngoId = insertOrganisation(db, r.regionId, 'Mielenterveysyhdistys Tuki ry', 'ngo');
	const otherNgoId = insertOrganisation(db, r.regionId, 'Liikuntaseura Into ry', 'ngo');
	const foreignNgoId = insertOrganisation(db, elsewhere.regionId, 'Toisen alueen yhdistys', 'ngo');
	const coordinator = insertActor(db, r.countyId, 'koordinaattori@av.example', 'coordinator');
	const handler = insertActor(db, r.countyId, 'kasittelija@av.example', 'member');
	const assessor = insertActor(db, r.countyId, 'arvioija1@av.example', 'member');
	const secondAssessor = insertActor(db, r.municipalityId, 'arvioija2@av.example', 'member');
	const classId = insertActivityClass(db, r.regionId);
	const otherClassId = insertActivityClass(db, r.regionId, 'Liikunta');
	const call = insertCall(db, {
		regionId: r.regionId,
		basketId: insertBasket(db, r.regionId, 'operating', 2027, 10_000_000),
		decidingBodyId: insertBody(db, r.regionId, 'strategic'),
		createdBy: coordinator.userId,
		opensAt: new Date(now.getTime() - 10 * DAY),
		closesAt: new Date(now.getTime() + 10 * DAY),
		classIds: [classId],
		staff: [
			{ userId: handler.userId, duty: 'handler' },
			{ userId: assessor.userId, duty: 'assessor' },
			{ userId: secondAssessor.userId, duty: 'assessor' }
		]
	});
	db.update(grantCall)
		.set({ requiredAttachments: JSON.stringify(['statutes']) })
		.where(eq(grantCall.id, call.id))
		.run();
	return {
		db,
		now,
		afterDeadline: new Date(now.getTime() + 11 * DAY),
		call: { ...call, requiredAttachments: '["statutes"]' },
		classId,
		otherClassId,
		municipalityId: r.municipalityId,
		ngoId,
		otherNgoId,
		coordinator,
		handler,
		assessor,
		secondAssessor,
		applicant: insertActor(db, ngoId, 'hakija@tuki.example', 'member'),
		colleague: insertActor(db, ngoId, 'kollega@tuki.example', 'member'),
		otherNgo: insertActor(db, otherNgoId, 'into@into.example', 'member'),
		admin: insertActor(db, r.countyId, 'admin@av.example', 'admin'),
		municipal: insertActor(db, r.municipalityId, 'kunta@av.example', 'member'),
		foreignNgo: insertActor(db, foreignNgoId, 'muu@muu.example', 'member')
	};
}
