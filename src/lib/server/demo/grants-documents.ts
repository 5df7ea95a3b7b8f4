/**
 * The demo's versioned grant documents and the recipient's language: the
 * general terms and appeal instructions in force when last year's calls were
 * published (so they are pinned to them), a later edit of the instructions
 * that those calls do not carry, and an open request for completion of the
 * demo NGO's project application. Every NGO and person is fictional.
 */
import { DateTime } from 'luxon';
import { helsinkiInstant, isoDate, ZONE } from '../../domain/time';
import type { Actor } from '../../domain/policy';
import { translator } from '../../i18n';
import type { Db } from '../db/client';
import { requestCompletion } from '../grants/completion-requests';
import { addDocumentVersion } from '../grants/documents';

/** Before last year's calls are published: the documents in force (the Swedish-speaking association's language is in its profile). */
export function seedDemoDocuments(db: Db, coordinator: Actor, publishedAt: Date): void {
	const yearStart = isoDate(
		DateTime.fromJSDate(publishedAt, { zone: ZONE }).startOf('year').toJSDate()
	);
	const [fi, sv] = [translator('fi'), translator('sv')];
	for (const kind of ['terms', 'appeal'] as const)
		addDocumentVersion(
			db,
			coordinator,
			{
				kind,
				validFrom: yearStart,
				textFi: fi.t(`grantDocuments.default.${kind}`),
				textSv: sv.t(`grantDocuments.default.${kind}`)
			},
			publishedAt
		);
	// A month after publishing, the registry's contact details were added: a new version for later calls.
	const edited = new Date(publishedAt.getTime() + 30 * 24 * 60 * 60 * 1000);
	addDocumentVersion(
		db,
		coordinator,
		{
			kind: 'appeal',
			validFrom: isoDate(edited),
			textFi: `${fi.t('grantDocuments.default.appeal')}\n\nKirjaamon sähköpostiosoite: kirjaamo@pkhva.example.`,
			textSv: `${sv.t('grantDocuments.default.appeal')}\n\nRegistratorskontorets e-postadress: kirjaamo@pkhva.example.`
		},
		edited
	);
}

/** The handler asked yesterday for a clearer budget of a submitted application, due in a week. */
export function askDemoCompletion(
	db: Db,
	coordinator: Actor,
	applicationId: number,
	now: Date
): void {
	const day = 24 * 60 * 60 * 1000;
	requestCompletion(
		db,
		coordinator,
		applicationId,
		{
			parts: ['budget'],
			message:
				'Eritelkää talousarviossa palkat ja palkkiot sekä tilavuokrat omille riveilleen ja kertokaa, mitä osallistumismaksut ovat.',
			dueAt: helsinkiInstant(isoDate(new Date(now.getTime() + 7 * day)), '23:59')!
		},
		new Date(now.getTime() - day)
	);
}
