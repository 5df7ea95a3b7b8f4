/**
 * The demo's grants after their decision: the carers' partnership asked for a
 * longer period of use and the handler accepted it, which moved its final
 * report; the village association's change of budget waits for the handler;
 * the mental health association's crisis line closed early, so the county
 * claims back what was granted for the rest of the year. Fictional NGOs and
 * people; dates are relative to `now`.
 */
import { claimDueOn } from '../../domain/grant-changes';
import { isoDate } from '../../domain/time';
import type { Db } from '../db/client';
import { applyForChange, decideChange, makeClaim } from '../grants/changes';
import { demoActor } from './people';

const DAY = 24 * 60 * 60_000;

export function seedDemoGrantChanges(
	db: Db,
	now: Date,
	budgetYear: number,
	partnershipId: number,
	/** The operating grants: the mental health association's, then the village association's. */
	[mentalHealthId, villagesId]: number[]
): void {
	const coordinator = demoActor(db, 'coordinator');
	const askedAt = new Date(now.getTime() - 70 * DAY);
	const changeId = applyForChange(
		db,
		demoActor(db, 'carersChair'),
		partnershipId,
		{
			kind: 'extension',
			description: '',
			reasons:
				'Kiteen ja Outokummun vertaisryhmät pääsivät alkamaan vasta syyskuussa, kun ohjaajat oli koulutettu. Pyydämme käyttöaikaa kevään ryhmäkauden loppuun, jotta ryhmät saavat täyden kauden.',
			requestedEndOn: `${budgetYear + 1}-06-30`
		},
		askedAt
	);
	decideChange(
		db,
		coordinator,
		partnershipId,
		changeId,
		{
			decision: 'accepted',
			reasons:
				'Ryhmien myöhäinen alku johtui ohjaajakoulutuksesta, ja pidennys pitää toiminnan kumppanuussopimuksen tavoitteiden mukaisena.',
			endOn: null
		},
		new Date(askedAt.getTime() + 8 * DAY)
	);

	applyForChange(
		db,
		demoActor(db, 'villagesChair'),
		villagesId!,
		{
			kind: 'budget',
			description:
				'Siirretään 1 200 € matkakuluista kyläavustajien ensiapu- ja turvallisuuskoulutukseen.',
			reasons:
				'Kuntien kyläkuljetus korvaa nyt osan avustajien matkoista. Avustajat ovat pyytäneet ensiapukoulutusta, koska he tapaavat yksin asuvia ikäihmisiä kotona.',
			requestedEndOn: null
		},
		new Date(now.getTime() - 5 * DAY)
	);

	const claimedAt = new Date(now.getTime() - 10 * DAY);
	// Money is claimed back only once some was paid: from the first instalment of the year on.
	if (isoDate(claimedAt) <= `${budgetYear}-02-15`) return;
	makeClaim(
		db,
		coordinator,
		mentalHealthId!,
		{
			kind: 'return',
			amountCents: 350_000,
			dueOn: claimDueOn(isoDate(claimedAt)),
			reason:
				'Kriisipuhelimen iltapäivystys on päättynyt, kun päivystäjiä ei saatu riittävästi. Loppuvuoden päivystykseen myönnetty osuus jää käyttämättä ja palautetaan.'
		},
		claimedAt
	);
}
