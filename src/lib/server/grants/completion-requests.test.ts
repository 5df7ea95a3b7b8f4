import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy';
import { listAuditEvents } from '../audit/log';
import type { Db } from '../db/client';
import { grantApplication, notification } from '../db/schema';
import { createTestDb } from '../db/testing';
import {
	insertActivityClass,
	insertApplication,
	insertBasket,
	insertCall
} from '../testing/grant-fixtures';
import {
	insertActor,
	insertBody,
	insertOrganisation,
	insertRegion,
	refusal
} from '../testing/fixtures';
import { addApplicationFile } from './application-files';
import { saveDraft } from './applications';
import { completeApplication, requestCompletion } from './completion-requests';

const NOW = new Date('2026-09-10T09:00:00Z');
const DUE = new Date('2026-09-20T20:59:00Z');
const PDF = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('requests for completion', () => {
	let db: Db;
	let dir: string;
	let coordinator: Actor;
	let ngo: Actor;
	let otherNgo: Actor;
	let applicationId: number;
	let regionId: number;

	const stored = () =>
		db.select().from(grantApplication).where(eq(grantApplication.id, applicationId)).get()!;
	const sent = {
		title: 'Muutettu otsikko',
		activity: 'Muutettu kuvaus',
		activityClassId: null,
		targetGroups: '',
		municipalityIds: [],
		amountRequestedCents: 650_000,
		budget: { costs: [{ label: 'Vuokra', cents: 650_000 }], income: [], ownFundingCents: 0 },
		declarationAccepted: false
	};

	beforeEach(() => {
		db = createTestDb();
		dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-taydennys-'));
		const r = insertRegion(db, 'tay');
		regionId = r.regionId;
		coordinator = insertActor(db, r.countyId, 'koord@example.fi', 'coordinator');
		const bodyId = insertBody(db, r.regionId, 'strategic');
		const basketId = insertBasket(db, r.regionId, 'operating', 2027, 1_000_000);
		const call = insertCall(db, {
			regionId: r.regionId,
			basketId,
			decidingBodyId: bodyId,
			createdBy: coordinator.userId,
			opensAt: new Date('2026-09-01T06:00:00Z'),
			closesAt: new Date('2026-10-01T13:00:00Z')
		});
		const orgId = insertOrganisation(db, r.regionId, 'Nuorisoseura Kipinä ry', 'ngo');
		ngo = insertActor(db, orgId, 'kipina@example.fi', 'member');
		otherNgo = insertActor(
			db,
			insertOrganisation(db, r.regionId, 'Muu ry', 'ngo'),
			'muu@example.fi',
			'member'
		);
		applicationId = insertApplication(db, call.id, orgId, ngo.userId, {
			status: 'submitted',
			submittedAt: NOW,
			activityClassId: insertActivityClass(db, r.regionId, 'Nuoret'),
			declarationAccepted: true
		}).id;
	});

	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	const ask = (parts: ('budget' | 'activity' | 'attachment:statutes')[]) =>
		requestCompletion(
			db,
			coordinator,
			applicationId,
			{ parts, message: 'Täydentäkää talousarvio.', dueAt: DUE },
			NOW
		);

	it('lets the handler ask, and only the handler', () => {
		ask(['budget']);
		expect(
			refusal(() =>
				requestCompletion(
					db,
					ngo,
					applicationId,
					{ parts: ['budget'], message: 'x', dueAt: DUE },
					NOW
				)
			).code
		).toBe('forbidden');
	});

	it('opens only the asked part until the deadline, and logs and tells both sides', () => {
		ask(['budget']);
		expect(
			db.select().from(notification).where(eq(notification.userId, ngo.userId)).all()
		).toHaveLength(1);
		// The draft form stays closed: the application is still submitted.
		expect(refusal(() => saveDraft(db, ngo, applicationId, sent, NOW)).code).toBe('forbidden');
		expect(refusal(() => completeApplication(db, otherNgo, applicationId, sent, NOW)).code).toBe(
			'not_found'
		);
		completeApplication(db, ngo, applicationId, sent, NOW);
		const after = stored();
		expect(after.amountRequestedCents).toBe(650_000);
		expect(after.title).toBe('Vertaistukiryhmät');
		expect(after.activity).toBe('Viikoittaiset vertaistukiryhmät');
		expect(after.status).toBe('submitted');
		// Answered: nothing is open any more.
		expect(refusal(() => completeApplication(db, ngo, applicationId, sent, NOW)).code).toBe(
			'forbidden'
		);
		expect(listAuditEvents(db, coordinator, regionId).map((e) => e.action)).toEqual([
			'grantApplication.completed',
			'grantApplication.completionRequested'
		]);
	});

	it('closes at the deadline', () => {
		ask(['activity']);
		expect(refusal(() => completeApplication(db, ngo, applicationId, sent, DUE)).code).toBe(
			'forbidden'
		);
	});

	it('opens the asked kind of file only', async () => {
		ask(['attachment:statutes']);
		const file = (kind: 'statutes' | 'plan') =>
			addApplicationFile(
				db,
				ngo,
				applicationId,
				{ kind, filename: `${kind}.pdf`, bytes: PDF },
				NOW,
				dir
			);
		await expect(file('statutes')).resolves.toBeGreaterThan(0);
		await expect(file('plan')).rejects.toMatchObject({ code: 'forbidden' });
	});
});
