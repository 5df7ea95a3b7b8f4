import { describe, expect, it } from 'vitest';
import { approversOf, defaultChair, dutyWording, meetingOfficers, type Attendee } from './officers';

const chair: Attendee = {
	id: 1,
	userId: 11,
	name: 'Pia Puheenjohtaja',
	role: 'chair',
	status: 'present'
};
const vice: Attendee = {
	id: 2,
	userId: 12,
	name: 'Ville Varapuheenjohtaja',
	role: 'vice_chair',
	status: 'present'
};
const secretary: Attendee = {
	id: 3,
	userId: 13,
	name: 'Sini Sihteeri',
	role: 'secretary',
	status: 'present'
};
const member: Attendee = {
	id: 4,
	userId: 14,
	name: 'Jussi Jäsen',
	role: 'member',
	status: 'present'
};
const expert: Attendee = {
	id: 5,
	userId: null,
	name: 'Eeva Asiantuntija',
	role: null,
	status: 'present'
};
const items = [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }, { key: 'e' }];

describe('defaultChair', () => {
	it('is the body chair when present', () => {
		expect(defaultChair([member, vice, chair])).toBe(chair);
	});
	it('is the vice chair when the chair is away', () => {
		expect(defaultChair([{ ...chair, status: 'excused' }, vice])).toBe(vice);
		expect(defaultChair([{ ...chair, status: 'absent' }, vice])).toBe(vice);
	});
	it('stays the chair when both are away, and is nobody in a body without chairs', () => {
		const away = { ...chair, status: 'absent' };
		expect(defaultChair([away, { ...vice, status: 'absent' }])).toBe(away);
		expect(defaultChair([member])).toBeNull();
	});
	it('counts an unmarked chair as there', () => {
		const unmarked = { ...chair, status: null };
		expect(defaultChair([unmarked, vice])).toBe(unmarked);
	});
});

describe('meetingOfficers', () => {
	const people = [chair, vice, secretary, member, expert];

	it('defaults to the body chair and secretary', () => {
		expect(meetingOfficers(people, [], items)).toEqual({
			chairedBy: [{ person: chair, items: null }],
			secretary
		});
	});

	it('takes what was recorded for the whole meeting over the defaults', () => {
		const officers = meetingOfficers(
			people,
			[
				{ attendanceId: 2, duty: 'chair', itemKey: null },
				{ attendanceId: 4, duty: 'secretary', itemKey: null }
			],
			items
		);
		expect(officers.chairedBy).toEqual([{ person: vice, items: null }]);
		expect(officers.secretary).toBe(member);
	});

	it('names an item chair with the item numbers in agenda order', () => {
		const officers = meetingOfficers(
			people,
			[
				{ attendanceId: 2, duty: 'chair', itemKey: 'e' },
				{ attendanceId: 2, duty: 'chair', itemKey: 'b' }
			],
			items
		);
		expect(officers.chairedBy).toEqual([
			{ person: chair, items: null },
			{
				person: vice,
				items: [
					{ key: 'b', number: 2 },
					{ key: 'e', number: 5 }
				]
			}
		]);
	});

	it('leaves out item chairs who chair anyway, and items or people no longer there', () => {
		const officers = meetingOfficers(
			people,
			[
				{ attendanceId: 1, duty: 'chair', itemKey: 'a' },
				{ attendanceId: 2, duty: 'chair', itemKey: 'gone' },
				{ attendanceId: 99, duty: 'chair', itemKey: 'c' }
			],
			items
		);
		expect(officers.chairedBy).toEqual([{ person: chair, items: null }]);
	});

	it('has no secretary in a body without one until one is recorded', () => {
		expect(meetingOfficers([chair, member], [], items).secretary).toBeNull();
	});
});

describe('approversOf', () => {
	it('is everyone who chaired, then the secretary, then the checkers', () => {
		const officers = meetingOfficers(
			[chair, vice, secretary, member],
			[{ attendanceId: 2, duty: 'chair', itemKey: 'c' }],
			items
		);
		expect(approversOf(officers, [{ userId: 14, name: member.name }])).toEqual([
			{ userId: 11, name: chair.name, role: 'chair' },
			{ userId: 12, name: vice.name, role: 'chair' },
			{ userId: 13, name: secretary.name, role: 'secretary' },
			{ userId: 14, name: member.name, role: 'checker' }
		]);
	});

	it('asks each person once, with their first duty', () => {
		const officers = meetingOfficers([chair, secretary], [], items);
		expect(approversOf(officers, [{ userId: 13, name: secretary.name }])).toEqual([
			{ userId: 11, name: chair.name, role: 'chair' },
			{ userId: 13, name: secretary.name, role: 'secretary' }
		]);
	});

	it('leaves out people without an account, who cannot sign in to approve', () => {
		const officers = meetingOfficers(
			[chair, expert],
			[{ attendanceId: 5, duty: 'secretary', itemKey: null }],
			items
		);
		expect(approversOf(officers, []).map((a) => a.userId)).toEqual([11]);
	});
});

describe('dutyWording', () => {
	it('says nothing when the body chair chairs and the body secretary writes', () => {
		const officers = meetingOfficers([chair, secretary], [], items);
		expect(dutyWording(chair, officers)).toBe('');
		expect(dutyWording(secretary, officers)).toBe('');
	});

	it('names a vice chair who chaired the whole meeting', () => {
		const officers = meetingOfficers([{ ...chair, status: 'absent' }, vice], [], items);
		expect(dutyWording(vice, officers)).toBe('toimi puheenjohtajana');
	});

	it('names the items someone chaired', () => {
		const one = meetingOfficers(
			[chair, vice],
			[{ attendanceId: 2, duty: 'chair', itemKey: 'e' }],
			items
		);
		expect(dutyWording(vice, one)).toBe('toimi puheenjohtajana asian 5 käsittelyn ajan');
		const three = meetingOfficers(
			[chair, vice],
			['a', 'c', 'e'].map((itemKey) => ({ attendanceId: 2, duty: 'chair' as const, itemKey })),
			items
		);
		expect(dutyWording(vice, three)).toBe(
			'toimi puheenjohtajana asioiden 1, 3 ja 5 käsittelyn ajan'
		);
	});

	it('names a stand-in secretary', () => {
		const officers = meetingOfficers(
			[chair, secretary, member],
			[{ attendanceId: 4, duty: 'secretary', itemKey: null }],
			items
		);
		expect(dutyWording(member, officers)).toBe('toimi sihteerinä');
		expect(dutyWording(secretary, officers)).toBe('');
	});
});
