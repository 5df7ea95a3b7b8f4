/**
 * Less paperwork in the demo (issue 19): the demo NGO's statutes in its
 * profile; a small-grants call open for next year where it has not applied
 * yet, so last year's application can be copied there; its operating-grant
 * draft, which can reuse the financial statements and plan its project
 * application delivered this year, reminded a week before its call closes.
 */
import type { Actor } from '../../domain/policy';
import type { CallInput } from '../../schemas/grant-calls';
import type { Db } from '../db/client';
import { createCall, publishCall } from '../grants/calls';
import { remindOfUnfinishedDrafts } from '../grants/jobs';
import { uploadStatutes } from '../organisations/statutes';
import { DEMO_ORGANISATIONS } from './data';
import { demoPdf } from './meetings';

const DAY = 24 * 60 * 60 * 1000;

export async function seedDemoReuse(
	db: Db,
	demo: {
		now: Date;
		year: number;
		ngo: Actor;
		coordinator: Actor;
		/** Next year's small-grants call of the operating basket, as the demo writes its calls. */
		smallGrantsCall: (title: string, opensAt: Date, closesAt: Date) => CallInput;
		statutesAt: Date;
		attachmentsDir: string;
	}
): Promise<void> {
	const { now, year, ngo, coordinator } = demo;
	const name = DEMO_ORGANISATIONS.mentalHealth.name;
	await uploadStatutes(
		db,
		ngo,
		ngo.organisationId,
		{
			filename: 'Säännöt.pdf',
			bytes: await demoPdf('Säännöt', `Säännöt: ${name}`, name, 'Yhdistyksen säännöt')
		},
		demo.statutesAt,
		demo.attachmentsDir
	);
	const opensAt = new Date(now.getTime() - 5 * DAY);
	const call = createCall(
		db,
		coordinator,
		demo.smallGrantsCall(`Pienavustukset ${year + 1}`, opensAt, new Date(now.getTime() + 40 * DAY)),
		opensAt
	);
	publishCall(db, coordinator, call.id, opensAt);
	// The hourly job, as it ran this morning: the operating call closes within the week.
	remindOfUnfinishedDrafts(db, new Date(now.getTime() - 2 * 60 * 60 * 1000));
}
