import type { Actor } from '#lib/domain/policy.js';
import { formAction } from '#lib/kit/actions.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import {
	colleagueSchema,
	personRemovalSchema,
	personSchema,
	profileSchema,
	verificationSchema
} from '#lib/schemas/organisation-profile.js';
import type { Db } from '#lib/server/db/client.js';
import { getDb } from '#lib/server/db/instance.js';
import { profilePage } from '#lib/server/organisations/profile-page.js';
import {
	addPerson,
	authorizeProfile,
	nameColleague,
	removeColleague,
	removePerson,
	saveProfile,
	verifyProfile,
	type ProfileAction
} from '#lib/server/organisations/profile.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => profilePage(getDb(), actor, event.params.id));
};

export const actions: Actions = {
	save: (event) =>
		formAction(event, {
			...may(event.params.id, 'organisationProfile.edit'),
			schema: profileSchema,
			run: (db, actor, data) => {
				saveProfile(db, actor, event.params.id, data, new Date());
				return { saved: 'orgProfile.saved' };
			}
		}),
	addPerson: (event) =>
		formAction(event, {
			...may(event.params.id, 'organisationProfile.edit'),
			schema: personSchema,
			run: (db, actor, data) => {
				addPerson(db, actor, event.params.id, data);
				return { saved: 'orgProfile.people.added' };
			}
		}),
	removePerson: (event) =>
		formAction(event, {
			...may(event.params.id, 'organisationProfile.edit'),
			schema: personRemovalSchema,
			run: (db, actor, data) => {
				removePerson(db, actor, event.params.id, data.personId);
				return { saved: 'orgProfile.people.removed' };
			}
		}),
	verify: (event) =>
		formAction(event, {
			...may(event.params.id, 'organisationProfile.verify'),
			schema: verificationSchema,
			run: (db, actor, data) => {
				verifyProfile(db, actor, event.params.id, data, new Date());
				return { saved: 'orgProfile.verify.done' };
			}
		}),
	nameColleague: (event) =>
		formAction(event, {
			...may(event.params.id, 'organisationProfile.name'),
			schema: colleagueSchema,
			run: (db, actor, data) => {
				nameColleague(db, actor, event.params.id, data.userId, new Date());
				return { saved: 'orgProfile.acting.named' };
			}
		}),
	removeColleague: (event) =>
		formAction(event, {
			...may(event.params.id, 'organisationProfile.name'),
			schema: colleagueSchema,
			run: (db, actor, data) => {
				removeColleague(db, actor, event.params.id, data.userId, new Date());
				return { saved: 'orgProfile.acting.removed' };
			}
		})
};

/** Who may use a form here is decided before the form is read. */
function may(organisationId: number, action: ProfileAction) {
	return {
		authorize: (db: Db, actor: Actor) => void authorizeProfile(db, actor, organisationId, action)
	};
}
