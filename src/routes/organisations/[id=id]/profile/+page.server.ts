import { formAction } from '#lib/kit/actions.js';
import { uploadAction } from '#lib/kit/grant-files.js';
import { runOrError } from '#lib/kit/errors.js';
import { requireActor } from '#lib/kit/guard.js';
import {
	colleagueSchema,
	personRemovalSchema,
	personSchema,
	profileSchema,
	verificationSchema
} from '#lib/schemas/organisation-profile.js';
import { noFields } from '#lib/schemas/meetings.js';
import { getDb } from '#lib/server/db/instance.js';
import { profilePage } from '#lib/server/organisations/profile-page.js';
import {
	addPerson,
	authorizeProfile,
	nameColleague,
	removeColleague,
	removePerson,
	saveProfile,
	verifyProfile
} from '#lib/server/organisations/profile.js';
import { uploadStatutes } from '#lib/server/organisations/statutes.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const actor = requireActor(event);
	return runOrError(() => profilePage(getDb(), actor, event.params.id));
};

/** Who may use each form is decided before the form is read. */
export const actions: Actions = {
	save: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeProfile(db, actor, event.params.id, 'organisationProfile.edit'),
			schema: profileSchema,
			run: (db, actor, data) => {
				saveProfile(db, actor, event.params.id, data, new Date());
				return { saved: 'orgProfile.saved' };
			}
		}),
	statutes: (event) =>
		uploadAction(event, {
			authorize: (db, actor) =>
				void authorizeProfile(db, actor, event.params.id, 'organisationProfile.edit'),
			schema: noFields,
			run: async (db, actor, _data, upload, now) => {
				await uploadStatutes(db, actor, event.params.id, upload, now);
				return { saved: 'grantReuse.statutes.saved' };
			}
		}),
	addPerson: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeProfile(db, actor, event.params.id, 'organisationProfile.edit'),
			schema: personSchema,
			run: (db, actor, data) => {
				addPerson(db, actor, event.params.id, data);
				return { saved: 'orgProfile.people.added' };
			}
		}),
	removePerson: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeProfile(db, actor, event.params.id, 'organisationProfile.edit'),
			schema: personRemovalSchema,
			run: (db, actor, data) => {
				removePerson(db, actor, event.params.id, data.personId);
				return { saved: 'orgProfile.people.removed' };
			}
		}),
	verify: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeProfile(db, actor, event.params.id, 'organisationProfile.verify'),
			schema: verificationSchema,
			run: (db, actor, data) => {
				verifyProfile(db, actor, event.params.id, data, new Date());
				return { saved: 'orgProfile.verify.done' };
			}
		}),
	nameColleague: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeProfile(db, actor, event.params.id, 'organisationProfile.name'),
			schema: colleagueSchema,
			run: (db, actor, data) => {
				nameColleague(db, actor, event.params.id, data.userId, new Date());
				return { saved: 'orgProfile.acting.named' };
			}
		}),
	removeColleague: (event) =>
		formAction(event, {
			authorize: (db, actor) =>
				void authorizeProfile(db, actor, event.params.id, 'organisationProfile.name'),
			schema: colleagueSchema,
			run: (db, actor, data) => {
				removeColleague(db, actor, event.params.id, data.userId, new Date());
				return { saved: 'orgProfile.acting.removed' };
			}
		})
};
