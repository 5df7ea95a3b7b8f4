/**
 * Grant data the e2e tests need before the pages that make it exist on their
 * branch: an open, published operating-grant call of the demo region, written
 * straight into the server's database (WAL lets the server go on meanwhile).
 */
import Database from 'better-sqlite3';
import { DEMO } from './fixtures';

export interface OpenCall {
	callId: number;
	className: string;
}

/** An open call requiring the statutes, with two weighted criteria and the given assessors. */
export function insertOpenCall(databasePath: string, assessorEmails: readonly string[]): OpenCall {
	const db = new Database(databasePath, { fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	try {
		return db.transaction(() => {
			const now = Date.now();
			const day = 24 * 60 * 60 * 1000;
			const userId = (email: string) =>
				(db.prepare('select id from user where email = ?').get(email) as { id: number }).id;
			const coordinatorId = userId(DEMO.coordinator);
			const { regionId } = db
				.prepare(
					'select o.region_id as regionId from user u join organisation o on o.id = u.organisation_id where u.id = ?'
				)
				.get(coordinatorId) as { regionId: number };
			const bodyId = (
				db.prepare('select min(id) as id from body where region_id = ?').get(regionId) as {
					id: number;
				}
			).id;
			const basketId = db
				.prepare(
					"insert into grant_basket (region_id, kind, name, created_at) values (?, 'operating', 'Toiminta-avustukset', ?)"
				)
				.run(regionId, now).lastInsertRowid;
			const year = new Date(now).getFullYear() + 1;
			db.prepare(
				'insert into grant_appropriation (basket_id, year, amount_cents) values (?, ?, ?)'
			).run(basketId, year, 50_000_000);
			const className = 'Mielenterveys- ja päihdetyö';
			const classId = db
				.prepare(
					'insert into grant_activity_class (region_id, name, municipality_classes) values (?, ?, ?)'
				)
				.run(regionId, className, 'Sosiaali- ja terveystoimi: järjestöavustukset').lastInsertRowid;
			const callId = Number(
				db
					.prepare(
						`insert into grant_call (region_id, basket_id, budget_year, title, criteria,
							required_attachments, opens_at, closes_at, deciding_body_id, published_at, created_by, created_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
					)
					.run(
						regionId,
						basketId,
						year,
						`Järjestöjen toiminta-avustukset ${year}`,
						JSON.stringify([
							{ name: 'Vaikuttavuus', weight: 2 },
							{ name: 'Toteutettavuus', weight: 1 }
						]),
						JSON.stringify(['statutes']),
						now - day,
						now + 14 * day,
						bodyId,
						now - day,
						coordinatorId,
						now - day
					).lastInsertRowid
			);
			db.prepare('insert into grant_call_class (call_id, class_id) values (?, ?)').run(
				callId,
				classId
			);
			for (const email of assessorEmails)
				db.prepare(
					"insert into grant_call_staff (call_id, user_id, duty) values (?, ?, 'assessor')"
				).run(callId, userId(email));
			return { callId, className };
		})();
	} finally {
		db.close();
	}
}

/** A submitted application, with a file, of another NGO of the region than the demo NGO user's. */
export function insertOtherNgoApplication(
	databasePath: string,
	callId: number
): { applicationId: number; fileId: number } {
	const db = new Database(databasePath, { fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	try {
		return db.transaction(() => {
			const now = Date.now();
			const ngo = db
				.prepare(
					`select u.id as userId, o.id as organisationId from user u join organisation o on o.id = u.organisation_id where u.email = ?`
				)
				.get(DEMO.ngo) as { userId: number; organisationId: number };
			const other = db
				.prepare(
					`select min(o.id) as id from organisation o join organisation mine on mine.id = ?
					where o.kind = 'ngo' and o.region_id = mine.region_id and o.id <> mine.id`
				)
				.get(ngo.organisationId) as { id: number };
			const applicationId = Number(
				db
					.prepare(
						`insert into grant_application (call_id, organisation_id, title, status, submitted_at,
							amount_requested_cents, created_by, created_at, updated_at)
						values (?, ?, 'Toisen yhdistyksen hakemus', 'submitted', ?, 300000, ?, ?, ?)`
					)
					.run(callId, other.id, now, ngo.userId, now, now).lastInsertRowid
			);
			const fileId = Number(
				db
					.prepare(
						`insert into grant_application_file (application_id, kind, filename, content_type, size,
							sha256, uploaded_by, created_at)
						values (?, 'statutes', 'saannot.pdf', 'application/pdf', 10, ?, ?, ?)`
					)
					.run(applicationId, '0'.repeat(64), ngo.userId, now).lastInsertRowid
			);
			return { applicationId, fileId };
		})();
	} finally {
		db.close();
	}
}
