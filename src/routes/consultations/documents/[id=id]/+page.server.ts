import { redirect } from '@sveltejs/kit';
import { helsinkiInstant, isoDate, isoTime } from '#lib/domain/time.js';
import { runAction, runOrError } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { requireActor } from '#lib/kit/guard.js';
import { roundSchema } from '#lib/schemas/consultations.js';
import { noFields } from '#lib/schemas/meetings.js';
import {
	freezeVersion,
	getPlanDocument,
	listVersions
} from '#lib/server/consultations/documents.js';
import { audienceChoices, listRounds, openRound } from '#lib/server/consultations/rounds.js';
import { getDb } from '#lib/server/db/instance.js';
import { invalid } from '#lib/server/errors.js';
import type { Actions, PageServerLoad } from './$types';

/** A new round runs two weeks by default, until 16.00. */
const DEFAULT_DAYS_OPEN = 14;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const db = getDb();
	const id = event.params.id;
	const document = await runOrError(() => getPlanDocument(db, actor, id));
	const now = new Date();
	return {
		document: { id: document.id, title: document.title, kind: document.kind },
		versions: listVersions(db, actor, id),
		rounds: listRounds(db, actor, now, id).map(({ round, version, status }) => ({
			id: round.id,
			title: round.title,
			version: version.number,
			opensAt: round.opensAt,
			closesAt: round.closesAt,
			status
		})),
		choices: audienceChoices(db, actor, document.regionId),
		defaults: {
			title: document.title,
			opensDate: isoDate(now),
			opensTime: isoTime(now),
			closesDate: isoDate(new Date(now.getTime() + DEFAULT_DAYS_OPEN * 24 * 60 * 60 * 1000)),
			closesTime: '16:00'
		},
		user: { id: actor.userId, name: event.locals.user!.name }
	};
};

export const actions: Actions = {
	freeze: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, noFields);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			const version = freezeVersion(getDb(), actor, event.params.id);
			return { frozen: version.number };
		});
	},
	openRound: async (event) => {
		const actor = requireActor(event);
		const parsed = await parseForm(event.request, roundSchema);
		if (!parsed.ok) return parsed.failure;
		const { data } = parsed;
		return runAction(parsed.values, () => {
			const opensAt = helsinkiInstant(data.opensDate, data.opensTime);
			const closesAt = helsinkiInstant(data.closesDate, data.closesTime);
			if (!opensAt) throw invalid('validation.date', { opensDate: 'validation.date' });
			if (!closesAt) throw invalid('validation.date', { closesDate: 'validation.date' });
			const round = openRound(getDb(), actor, data.versionId, {
				title: data.title,
				instructions: data.instructions,
				audience: {
					kind: data.audienceKind,
					organisationIds: data.organisationIds,
					bodyIds: data.bodyIds
				},
				opensAt,
				closesAt
			});
			redirect(303, `/consultations/${round.id}`);
		});
	}
};
