import { notFoundPage } from '#lib/kit/params.js';
import { getDb } from '#lib/server/db/instance.js';
import { numberOf } from '#lib/domain/meetings.js';
import { getArchiveBody } from '#lib/server/records/archive.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const found = getArchiveBody(getDb(), params.id, new Date());
	if (!found) notFoundPage();
	const summary = (m: {
		id: number;
		title: string;
		sequence: number;
		year: number;
		startsAt: Date;
		endsAt: Date;
	}) => ({
		id: m.id,
		title: m.title,
		number: numberOf(m),
		startsAt: m.startsAt,
		endsAt: m.endsAt
	});
	return {
		body: {
			id: found.body.id,
			name: found.body.name,
			level: found.body.level,
			description: found.body.description
		},
		published: found.published.map((p) => summary(p.meeting)),
		upcoming: found.upcoming.map((u) => summary(u.meeting))
	};
};
