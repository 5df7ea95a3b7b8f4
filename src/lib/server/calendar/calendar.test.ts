import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { itemsOf, readItems, textOf, plainText } from '../../documents/doc-schema';
import { MEETING_STATUSES } from '../../domain/meetings';
import { CLOSING_TITLES } from '../../domain/minutes';
import type { Actor } from '../../domain/policy';
import { changeLiveDoc, loadDoc } from '../collab/store';
import type { Db } from '../db/client';
import { body, membership, milestone, notification } from '../db/schema';
import { createTestDb } from '../db/testing';
import { listItems } from '../meetings/rows';
import { meetingCalendarFile } from '../meetings/calendar-file';
import { projectDocument } from '../meetings/projection';
import {
	cancelMeeting,
	scheduleMeeting,
	startMeeting,
	updateMeetingDetails
} from '../meetings/service';
import { inviteToMeeting } from '../records/signoff';
import { actorOf, insertActor, insertRegion, insertUser, refusal } from '../testing/fixtures';
import { feedTokenOf, personalFeed, publicBodyFeed, resetFeedToken, webcalUrl } from './feeds';
import { acceptForward, declineForward, forwardItem, meetingForwards } from './forwarding';
import {
	authorizeCalendar,
	copyYearToNext,
	createMilestone,
	deleteMilestone,
	insertDefaultYear,
	listMilestones,
	milestoneToManage,
	startYearFromDefaults,
	updateMilestone
} from './milestones';
import { authorizeYearPlan, draftYearPlan, saveYearPlan } from './plan';
import { calendarMonthPage, calendarPage, milestonePage } from './views';
import { calendarYear, meetingHref } from './year';

const ORIGIN = 'https://yhdyspinta.example';
const slot = (day: string, time = '10:00') => ({
	title: '',
	startsAt: new Date(`${day}T${time}:00Z`),
	endsAt: new Date(`${day}T12:00:00Z`),
	place: 'Teams',
	onlineUrl: ''
});

/** Parses a feed with ical.js, an independent implementation of RFC 5545. */
function events(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
		'Europe/Helsinki'
	);
	return calendar.getAllSubcomponents('vevent').map((component) => {
		const event = new ICAL.Event(component);
		return {
			uid: event.uid,
			summary: event.summary,
			sequence: event.sequence,
			status: component.getFirstPropertyValue('status'),
			location: component.getFirstPropertyValue('location'),
			description: component.getFirstPropertyValue('description'),
			url: component.getFirstPropertyValue('url'),
			start: event.startDate,
			end: event.endDate
		};
	});
}

describe('the annual calendar', () => {
	let db: Db;
	let regionId: number;
	let coordinator: Actor;
	let networkSecretary: Actor;
	let strategicSecretary: Actor;
	let member: Actor;
	let networkId: number;
	let strategicId: number;
	const now = new Date('2026-11-23T08:00:00Z');

	beforeEach(() => {
		db = createTestDb();
		const r = insertRegion(db, 'pk');
		regionId = r.regionId;
		const addBody = (
			name: string,
			level: 'coordinator_network' | 'strategic',
			min: number,
			max: number,
			isPublic = true
		) =>
			db
				.insert(body)
				.values({
					regionId,
					name,
					level,
					cadenceMin: min,
					cadenceMax: max,
					membersCoEditMinutes: false,
					public: isPublic
				})
				.returning()
				.get().id;
		networkId = addBody('Verkosto', 'coordinator_network', 6, 8);
		strategicId = addBody('HYTE-neuvottelut', 'strategic', 1, 2);
		const add = (email: string, bodyId: number, role: 'secretary' | 'member') => {
			const u = insertUser(db, r.countyId, email);
			db.insert(membership).values({ bodyId, userId: u.id, role }).run();
			return actorOf(db, u.id);
		};
		coordinator = insertActor(db, r.countyId, 'koordinaattori@example.fi', 'coordinator');
		networkSecretary = add('verkosto@example.fi', networkId, 'secretary');
		strategicSecretary = add('hyte@example.fi', strategicId, 'secretary');
		member = add('jasen@example.fi', networkId, 'member');
		insertDefaultYear(db, regionId, 2026);
	});

	describe('milestones', () => {
		it('starts a year from the default template once, and copies a year to the next', () => {
			expect(listMilestones(db, member, regionId, 2026).length).toBeGreaterThan(8);
			expect(refusal(() => startYearFromDefaults(db, coordinator, regionId, 2026)).messageKey).toBe(
				'calendar.yearNotEmpty'
			);
			const september = listMilestones(db, coordinator, regionId, 2026).find(
				(m) => m.kind === 'annual_plan'
			)!;
			updateMilestone(db, coordinator, september.id, {
				...september,
				startsOn: '2026-09-07',
				endsOn: '2026-09-25'
			});
			createMilestone(db, coordinator, regionId, 2026, {
				kind: 'custom',
				title: 'Järjestöinfo',
				description: '',
				startsOn: '2026-10-05',
				endsOn: null,
				level: 'forum',
				meetingId: null
			});

			const copied = copyYearToNext(db, coordinator, regionId, 2026);
			const next = listMilestones(db, member, regionId, 2027);
			expect(next).toHaveLength(copied);
			expect(next.find((m) => m.kind === 'annual_plan')).toMatchObject({
				startsOn: '2027-09-07',
				endsOn: '2027-09-25',
				revision: 0
			});
			expect(next.find((m) => m.title === 'Järjestöinfo')?.startsOn).toBe('2027-10-05');
			expect(refusal(() => copyYearToNext(db, coordinator, regionId, 2026)).messageKey).toBe(
				'calendar.yearNotEmpty'
			);
		});

		it("a month shows a milestone that began the month before on its 1st, with the milestone's own dates", () => {
			createMilestone(db, coordinator, regionId, 2026, {
				kind: 'custom',
				title: 'Avustushaku',
				description: '',
				startsOn: '2026-11-15',
				endsOn: '2026-12-15',
				level: null,
				meetingId: null
			});
			const shown = (month: number) =>
				calendarMonthPage(db, member, 2026, month, now).entries.find(
					(e) => e.type === 'milestone' && e.title === 'Avustushaku'
				);
			expect(shown(11)).toMatchObject({ shownOn: '2026-11-15', startsOn: '2026-11-15' });
			expect(shown(12)).toMatchObject({
				shownOn: '2026-12-01',
				startsOn: '2026-11-15',
				endsOn: '2026-12-15'
			});
			expect(shown(10)).toBeUndefined();
			expect(shown(1)).toBeUndefined();
		});

		it('only coordinators edit milestones; bad dates change nothing', () => {
			expect(refusal(() => startYearFromDefaults(db, networkSecretary, regionId, 2027)).code).toBe(
				'forbidden'
			);
			const first = listMilestones(db, coordinator, regionId, 2026)[0];
			const bad = refusal(() =>
				updateMilestone(db, coordinator, first.id, {
					...first,
					startsOn: '2026-05-01',
					endsOn: '2026-04-01'
				})
			);
			expect(bad.issues).toEqual({ endsOn: 'calendar.milestone.datesInvalid' });
			expect(db.select().from(milestone).where(eq(milestone.id, first.id)).get()).toEqual(first);
		});
	});

	describe('cadence in the year view', () => {
		it('warns that the network is short of its rhythm and that the strategic level misses the budget milestone', () => {
			for (const day of ['2026-02-10', '2026-04-14', '2026-06-09', '2026-10-13'])
				scheduleMeeting(db, coordinator, networkId, slot(day));
			scheduleMeeting(db, coordinator, strategicId, slot('2026-12-01'));
			const year = calendarYear(db, member, regionId, 2026);
			const network = year.cadence.find((c) => c.bodyId === networkId)!;
			expect(network).toMatchObject({ planned: 4, status: 'warning', target: { min: 6, max: 8 } });
			const strategic = year.cadence.find((c) => c.bodyId === strategicId)!;
			expect(strategic.problems.map((p) => p.code)).toEqual(['noMeetingBeforeBudget']);
			expect(year.statutory.find((s) => s.rule === 'hyteYearly')?.status).toBe('ok');
		});
	});

	describe('plan the year', () => {
		it('drafts the network year around the strategic meetings and saves what the user kept, all or nothing', () => {
			scheduleMeeting(db, coordinator, strategicId, slot('2027-03-16'));
			insertDefaultYear(db, regionId, 2027);
			const draft = draftYearPlan(db, coordinator, networkId, 2027, now);
			expect(draft.proposals).toHaveLength(7);
			expect(draft.proposals.some((p) => p.reason.code === 'prepareStrategic')).toBe(true);

			const rows = draft.proposals.slice(0, 6).map((p) => slot(p.date));
			const failing = [...rows, slot('2026-01-01')];
			expect(refusal(() => saveYearPlan(db, coordinator, networkId, failing, now)).code).toBe(
				'invalid'
			);
			expect(
				calendarYear(db, coordinator, regionId, 2027).cadence.find((c) => c.bodyId === networkId)
					?.planned
			).toBe(0);

			const saved = saveYearPlan(db, coordinator, networkId, rows, now);
			expect(saved.map((m) => m.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
			expect(
				calendarYear(db, coordinator, regionId, 2027).cadence.find((c) => c.bodyId === networkId)
			).toMatchObject({ planned: 6, status: 'ok' });
			expect(refusal(() => draftYearPlan(db, member, networkId, 2027, now)).code).toBe('forbidden');
		});
	});

	describe('who may act, decided before the form is read', () => {
		it('refuses those who do not keep the calendar or plan the body, and another region’s milestone', () => {
			const [first] = listMilestones(db, coordinator, regionId, 2026);
			expect(refusal(() => authorizeCalendar(member, regionId)).code).toBe('forbidden');
			expect(refusal(() => milestoneToManage(db, networkSecretary, first.id)).code).toBe(
				'forbidden'
			);
			expect(refusal(() => milestoneToManage(db, coordinator, 999_999)).code).toBe('not_found');
			expect(refusal(() => authorizeYearPlan(db, member, networkId)).code).toBe('forbidden');
			expect(authorizeYearPlan(db, networkSecretary, networkId).id).toBe(networkId);

			const elsewhere = insertRegion(db, 'muu');
			const stranger = insertActor(db, elsewhere.countyId, 'muu@example.fi', 'coordinator');
			expect(
				refusal(() => updateMilestone(db, stranger, first.id, { ...first, title: 'X' })).code
			).toBe('forbidden');
			expect(refusal(() => deleteMilestone(db, stranger, first.id)).code).toBe('forbidden');
			expect(db.select().from(milestone).where(eq(milestone.id, first.id)).get()).toEqual(first);
		});

		it('gives the pages their reader’s permissions from the policy', () => {
			const page = (actor: Actor) =>
				calendarPage(db, actor, 2026, { level: null, bodyId: null }, ORIGIN, now);
			expect(page(member)).toMatchObject({ canManage: false });
			expect(page(member).bodies.every((b) => !b.canPlan)).toBe(true);
			expect(page(networkSecretary).bodies.find((b) => b.id === networkId)?.canPlan).toBe(true);
			expect(page(coordinator).canManage).toBe(true);
			const september = listMilestones(db, member, regionId, 2026).find(
				(m) => m.kind === 'annual_plan'
			)!;
			expect(milestonePage(db, member, september.id)).toMatchObject({
				canManage: false,
				budget: { year: 2027, rows: [] }
			});
		});
	});

	describe('iCalendar feeds', () => {
		const JOIN_LINK = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_1';
		const STANDARD_TITLES = [
			'1. Kokouksen avaus ja läsnäolijoiden toteaminen',
			'2. Esityslistan hyväksyminen',
			'3. Seuraavat kokoukset',
			'4. Muut asiat',
			'5. Tiedoksi',
			'6. Kokouksen päättäminen'
		];
		const meetingEvents = (ics: string) => events(ics).filter((e) => e.uid.startsWith('meeting-'));
		const renameFirstItem = (meetingId: number, title: string) => {
			const name = `agenda:${meetingId}`;
			const doc = changeLiveDoc(db, name, (d) => itemsOf(d).get(0).set('title', title));
			projectDocument(db, name, doc);
		};

		it('a public body feed parses, and carries updates (SEQUENCE) and cancellations', () => {
			const m = scheduleMeeting(db, coordinator, networkId, slot('2026-12-08'));
			const [first] = events(publicBodyFeed(db, networkId, ORIGIN, now));
			expect(first).toMatchObject({
				uid: `meeting-${m.id}@yhdyspinta`,
				summary: 'Verkosto 1/2026',
				sequence: 0,
				status: 'TENTATIVE'
			});
			expect(first.start.toString()).toBe('2026-12-08T12:00:00');
			expect(first.start.zone.tzid).toBe('Europe/Helsinki');

			updateMeetingDetails(db, coordinator, m.id, slot('2026-12-09', '11:00'));
			const [moved] = events(publicBodyFeed(db, networkId, ORIGIN, now));
			expect(moved).toMatchObject({ uid: first.uid, sequence: 1 });
			expect(moved.start.toString()).toBe('2026-12-09T13:00:00');

			cancelMeeting(db, coordinator, m.id, { confirmed: true });
			const [cancelled] = events(publicBodyFeed(db, networkId, ORIGIN, now));
			expect(cancelled).toMatchObject({ uid: first.uid, sequence: 2, status: 'CANCELLED' });
		});

		it('a public body feed shows the agenda and a link only while they are public, and never the join link', () => {
			const m = scheduleMeeting(db, coordinator, networkId, {
				...slot('2026-12-08'),
				place: 'Kaupungintalo',
				onlineUrl: JOIN_LINK
			});
			const publicEvent = () => meetingEvents(publicBodyFeed(db, networkId, ORIGIN, now))[0];
			expect(publicEvent()).toMatchObject({
				status: 'TENTATIVE',
				location: 'Kaupungintalo',
				description: null,
				url: null
			});

			inviteToMeeting(db, coordinator, m.id, now);
			const invited = publicEvent();
			expect(invited).toMatchObject({
				status: 'CONFIRMED',
				sequence: 1,
				location: 'Kaupungintalo',
				url: `${ORIGIN}/archive/meetings/${m.id}`
			});
			expect(invited.description).toBe(
				['Esityslista:', ...STANDARD_TITLES].join('\n') + `\n\n${ORIGIN}/archive/meetings/${m.id}`
			);
			expect(publicBodyFeed(db, networkId, ORIGIN, now)).not.toContain('teams.microsoft.com');

			// Started, the agenda is no longer public in the archive until the minutes are.
			startMeeting(db, coordinator, m.id, new Date('2026-12-08T11:55:00Z'));
			expect(publicEvent()).toMatchObject({
				status: 'CONFIRMED',
				sequence: 2,
				description: null,
				url: null
			});
		});

		it('the personal feed and the download show the agenda, the page and the join link to members', () => {
			const m = scheduleMeeting(db, coordinator, networkId, {
				...slot('2026-12-08'),
				place: 'Kaupungintalo',
				onlineUrl: JOIN_LINK
			});
			const page = `${ORIGIN}/meetings/${m.id}`;
			const description = ['Esityslista:', ...STANDARD_TITLES].join('\n') + `\n\n${page}`;
			const token = feedTokenOf(db, member, now);
			const [personal] = meetingEvents(personalFeed(db, token, ORIGIN, now));
			const [download] = events(meetingCalendarFile(db, member, m.id, ORIGIN, 'fi'));
			for (const event of [personal, download])
				expect(event).toMatchObject({
					status: 'TENTATIVE',
					sequence: 0,
					location: `Kaupungintalo, ${JOIN_LINK}`,
					url: page,
					description
				});

			// Only the link, where there is no place.
			updateMeetingDetails(db, coordinator, m.id, {
				...slot('2026-12-08'),
				place: '',
				onlineUrl: JOIN_LINK
			});
			expect(events(meetingCalendarFile(db, member, m.id, ORIGIN, 'fi'))[0]).toMatchObject({
				location: JOIN_LINK,
				sequence: 1
			});
			// Swedish readers get the agenda's heading in Swedish.
			expect(events(meetingCalendarFile(db, member, m.id, ORIGIN, 'sv'))[0].description).toMatch(
				/^Föredragningslista:\n1\. /
			);
		});

		it('raises SEQUENCE on every change that shows in the event, across the three feeds', () => {
			const m = scheduleMeeting(db, coordinator, networkId, slot('2026-12-08'));
			const token = feedTokenOf(db, member, now);
			const sequences = () => [
				meetingEvents(publicBodyFeed(db, networkId, ORIGIN, now))[0].sequence,
				meetingEvents(personalFeed(db, token, ORIGIN, now))[0].sequence,
				events(meetingCalendarFile(db, member, m.id, ORIGIN, 'fi'))[0].sequence
			];
			const seen = [sequences()[0]];
			const rises = (change: () => void) => {
				change();
				const [inPublic, inPersonal, inDownload] = sequences();
				expect(inPersonal).toBe(inPublic);
				expect(inDownload).toBe(inPublic);
				expect(inPublic).toBeGreaterThan(seen.at(-1)!);
				seen.push(inPublic);
			};
			expect(seen).toEqual([0]);
			rises(() => updateMeetingDetails(db, coordinator, m.id, slot('2026-12-08', '11:00')));
			rises(() =>
				updateMeetingDetails(db, coordinator, m.id, { ...slot('2026-12-08'), place: 'Kirjasto' })
			);
			rises(() =>
				updateMeetingDetails(db, coordinator, m.id, { ...slot('2026-12-08'), onlineUrl: JOIN_LINK })
			);
			rises(() => renameFirstItem(m.id, 'Avaus'));
			rises(() => inviteToMeeting(db, coordinator, m.id, now));
			// An agenda saved again with the same titles, or a second invitation, is no change.
			renameFirstItem(m.id, 'Avaus');
			inviteToMeeting(db, coordinator, m.id, now);
			expect(sequences()[0]).toBe(seen.at(-1));
			expect(events(meetingCalendarFile(db, member, m.id, ORIGIN, 'fi'))[0].description).toContain(
				'1. Avaus\n2. Esityslistan hyväksyminen'
			);
			rises(() => startMeeting(db, coordinator, m.id, new Date('2026-12-08T11:55:00Z')));
		});

		it('a cancelled meeting stays in the feeds as cancelled', () => {
			const m = scheduleMeeting(db, coordinator, networkId, slot('2026-12-08'));
			cancelMeeting(db, coordinator, m.id, { confirmed: true });
			const token = feedTokenOf(db, member, now);
			for (const event of [
				meetingEvents(publicBodyFeed(db, networkId, ORIGIN, now))[0],
				meetingEvents(personalFeed(db, token, ORIGIN, now))[0],
				events(meetingCalendarFile(db, member, m.id, ORIGIN, 'fi'))[0]
			])
				expect(event).toMatchObject({ status: 'CANCELLED', sequence: 1 });
		});

		it('the calendar page offers the personal feed for a calendar app with the webcal: scheme', () => {
			const page = calendarPage(db, member, 2026, { level: null, bodyId: null }, ORIGIN, now);
			expect(page.feedUrl).toBe(`${ORIGIN}/calendar/feed/${feedTokenOf(db, member, now)}.ics`);
			expect(page.feedWebcalUrl).toBe(page.feedUrl.replace(/^https:/, 'webcal:'));
			expect(webcalUrl('http://localhost:4600/calendar/feed/abc.ics')).toBe(
				'webcal://localhost:4600/calendar/feed/abc.ics'
			);
		});

		it('a non-public body has no public feed', () => {
			db.update(body).set({ public: false }).where(eq(body.id, networkId)).run();
			expect(refusal(() => publicBodyFeed(db, networkId, ORIGIN, now)).code).toBe('not_found');
		});

		it('the personal feed has my meetings and the milestones; a wrong or reset token is refused', () => {
			scheduleMeeting(db, coordinator, networkId, slot('2026-12-08'));
			scheduleMeeting(db, coordinator, strategicId, slot('2026-12-15'));
			const token = feedTokenOf(db, member, now);
			expect(feedTokenOf(db, member, now)).toBe(token);
			const feed = events(personalFeed(db, token, ORIGIN, now));
			expect(feed.filter((e) => e.uid.startsWith('meeting-')).map((e) => e.summary)).toEqual([
				'Verkosto 1/2026'
			]);
			const september = feed.find((e) => e.summary === 'Ensi vuoden suunnitelma talousarvioon');
			expect(september?.start.isDate).toBe(true);
			expect(september?.end.toString()).toBe('2026-10-01');

			expect(refusal(() => personalFeed(db, 'not-a-token', ORIGIN, now)).code).toBe('not_found');
			const fresh = resetFeedToken(db, member, now);
			expect(fresh).not.toBe(token);
			expect(refusal(() => personalFeed(db, token, ORIGIN, now)).code).toBe('not_found');
			expect(events(personalFeed(db, fresh, ORIGIN, now)).length).toBe(feed.length);
		});

		it('a single meeting downloads as one event, for those who may see it', () => {
			const m = scheduleMeeting(db, coordinator, networkId, slot('2026-12-08'));
			const [event, ...more] = events(meetingCalendarFile(db, member, m.id, ORIGIN, 'fi'));
			expect(event.uid).toBe(`meeting-${m.id}@yhdyspinta`);
			expect(more).toEqual([]);
			expect(
				refusal(() => meetingCalendarFile(db, strategicSecretary, m.id, ORIGIN, 'fi')).code
			).toBe('forbidden');
		});
	});

	describe('forwarding an item between levels', () => {
		it('the network forwards an item; the strategic secretary accepts it into the next meeting with a link back', () => {
			const source = scheduleMeeting(db, networkSecretary, networkId, slot('2026-12-01'));
			const target = scheduleMeeting(db, strategicSecretary, strategicId, slot('2026-12-15'));
			const item = listItems(db, [source.id])[2];
			const forward = forwardItem(
				db,
				networkSecretary,
				source.id,
				item.key,
				{
					targetBodyId: strategicId,
					targetMeetingId: null,
					note: 'Verkosto esittää panostusta liikkumiseen.'
				},
				now
			);
			expect(
				refusal(() =>
					forwardItem(
						db,
						networkSecretary,
						source.id,
						item.key,
						{ targetBodyId: strategicId, targetMeetingId: null, note: '' },
						now
					)
				).messageKey
			).toBe('calendar.forward.alreadyPending');
			expect(
				db
					.select()
					.from(notification)
					.all()
					.map((n) => n.userId)
			).toEqual([strategicSecretary.userId]);

			expect(refusal(() => acceptForward(db, networkSecretary, forward.id, null, now)).code).toBe(
				'forbidden'
			);
			const into = acceptForward(db, strategicSecretary, forward.id, null, now);
			expect(into.id).toBe(target.id);

			const agenda = loadDoc(db, `agenda:${target.id}`)!.doc;
			const items = readItems(agenda);
			const added = items.find((i) => i.title === item.title)!;
			// Before the standard closing items.
			expect(items.slice(items.indexOf(added) + 1).map((i) => i.title)).toEqual(CLOSING_TITLES);
			expect(plainText(textOf(agenda, 'proposal', added.id))).toContain(
				'Asia on siirretty kokouksesta Verkosto 1/2026, asia 3.'
			);
			expect(listItems(db, [target.id]).some((i) => i.key === added.id)).toBe(true);

			const trail = meetingForwards(db, coordinator, source);
			expect(trail.outgoing[0]).toMatchObject({
				forward: { status: 'accepted', targetItemKey: added.id },
				targetMeeting: { id: target.id }
			});
			expect(meetingForwards(db, coordinator, target).incoming[0].sourceMeeting.id).toBe(source.id);
			expect(
				refusal(() => declineForward(db, strategicSecretary, forward.id, 'Myöhässä', now))
					.messageKey
			).toBe('calendar.forward.alreadyDecided');
		});

		it('declining needs a reason; forwarding needs the right to prepare the agenda', () => {
			const source = scheduleMeeting(db, networkSecretary, networkId, slot('2026-12-01'));
			const item = listItems(db, [source.id])[2];
			expect(
				refusal(() =>
					forwardItem(
						db,
						member,
						source.id,
						item.key,
						{ targetBodyId: strategicId, targetMeetingId: null, note: '' },
						now
					)
				).code
			).toBe('forbidden');
			const forward = forwardItem(
				db,
				networkSecretary,
				source.id,
				item.key,
				{ targetBodyId: strategicId, targetMeetingId: null, note: '' },
				now
			);
			expect(
				refusal(() => declineForward(db, strategicSecretary, forward.id, '  ', now)).issues
			).toEqual({ reason: 'calendar.forward.reasonRequired' });
			declineForward(db, strategicSecretary, forward.id, 'Käsitellään ensi vuonna.', now);
			expect(meetingForwards(db, coordinator, source).outgoing[0].forward).toMatchObject({
				status: 'declined',
				decisionNote: 'Käsitellään ensi vuonna.'
			});
			expect(
				refusal(() => acceptForward(db, strategicSecretary, forward.id, null, now)).messageKey
			).toBe('calendar.forward.alreadyDecided');
		});

		it('an item of a cancelled meeting is not forwarded', () => {
			const source = scheduleMeeting(db, networkSecretary, networkId, slot('2026-12-01'));
			const item = listItems(db, [source.id])[2];
			cancelMeeting(db, networkSecretary, source.id, { confirmed: true });
			expect(
				refusal(() =>
					forwardItem(
						db,
						networkSecretary,
						source.id,
						item.key,
						{ targetBodyId: strategicId, targetMeetingId: null, note: '' },
						now
					)
				).messageKey
			).toBe('calendar.forward.sourceCancelled');
		});

		it('with no meeting ahead, accepting waits for one', () => {
			const source = scheduleMeeting(db, networkSecretary, networkId, slot('2026-12-01'));
			const item = listItems(db, [source.id])[2];
			const forward = forwardItem(
				db,
				networkSecretary,
				source.id,
				item.key,
				{ targetBodyId: strategicId, targetMeetingId: null, note: '' },
				now
			);
			expect(
				refusal(() => acceptForward(db, strategicSecretary, forward.id, null, now)).messageKey
			).toBe('calendar.forward.noMeeting');
		});
	});
});

describe('where a calendar entry of a meeting leads', () => {
	const publicBody = { id: 3, public: true };
	const invitedAt = new Date('2026-05-01T09:00:00Z');

	it('opens the meeting page for those who may open it, whatever is public', () => {
		for (const status of MEETING_STATUSES)
			expect(meetingHref({ id: 9, status, invitedAt: null }, { id: 3, public: false }, true)).toBe(
				'/meetings/9'
			);
	});

	it('leads others to one public page per meeting: the archive while its agenda or minutes are public there, else the body', () => {
		const targets = MEETING_STATUSES.map((status) => [
			status,
			meetingHref({ id: 9, status, invitedAt }, publicBody, false)
		]);
		expect(targets).toEqual([
			['planned', '/archive/meetings/9'],
			// Once the meeting starts the archive no longer shows the agenda, and the minutes only once published.
			['in_progress', '/bodies/3'],
			['minutes_review', '/bodies/3'],
			['approved', '/bodies/3'],
			['published', '/archive/meetings/9'],
			['cancelled', '/bodies/3']
		]);
		expect(meetingHref({ id: 9, status: 'planned', invitedAt: null }, publicBody, false)).toBe(
			'/bodies/3'
		);
		expect(meetingHref({ id: 9, status: 'published', invitedAt: null }, publicBody, false)).toBe(
			'/archive/meetings/9'
		);
	});
});
