import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { confirmSchema, JOIN_LINK_MAX, meetingSchema, reviewSchema } from './meetings';

describe('buttons that ask first', () => {
	it('are confirmed only by confirm=yes', () => {
		expect(v.parse(confirmSchema, { confirm: 'yes' })).toEqual({ confirm: true });
		expect(v.parse(confirmSchema, {})).toEqual({ confirm: false });
		expect(v.parse(confirmSchema, { confirm: '' })).toEqual({ confirm: false });
		expect(v.parse(confirmSchema, { confirm: 'no' })).toEqual({ confirm: false });
	});

	it('send the minutes to review with a closing time once confirmed, and ask without one', () => {
		expect(v.parse(reviewSchema, {})).toEqual({ confirm: false, closedAt: '' });
		expect(v.parse(reviewSchema, { confirm: 'yes', closedAt: '15.10' })).toEqual({
			confirm: true,
			closedAt: '15.10'
		});
		const problems = (input: object) =>
			v.flatten<typeof reviewSchema>(v.safeParse(reviewSchema, input).issues!).nested;
		expect(problems({ confirm: 'yes', closedAt: '' })).toEqual({
			closedAt: ['validation.required']
		});
		expect(problems({ confirm: 'yes', closedAt: '25:00' })).toEqual({
			closedAt: ['validation.time']
		});
	});
});

describe('a meeting’s join link', () => {
	const meeting = (onlineUrl?: string) => ({
		date: '2026-12-08',
		startTime: '13.00',
		endTime: '15.00',
		onlineUrl
	});
	const problems = (onlineUrl: string) => {
		const result = v.safeParse(meetingSchema, meeting(onlineUrl));
		return result.success ? null : v.flatten<typeof meetingSchema>(result.issues).nested;
	};

	it('is optional, and kept as typed without the spaces around it', () => {
		expect(v.parse(meetingSchema, meeting()).onlineUrl).toBe('');
		expect(v.parse(meetingSchema, meeting('  ')).onlineUrl).toBe('');
		expect(
			v.parse(meetingSchema, meeting(' https://teams.microsoft.com/l/meetup-join/19%3a?x=1 '))
				.onlineUrl
		).toBe('https://teams.microsoft.com/l/meetup-join/19%3a?x=1');
	});

	it('is an https address with a host, of at most 2,000 characters', () => {
		const long = 'https://meet.example.fi/' + 'a'.repeat(JOIN_LINK_MAX - 24);
		expect(long).toHaveLength(JOIN_LINK_MAX);
		expect(problems(long)).toBeNull();
		expect(problems(long + 'a')).toEqual({ onlineUrl: ['validation.joinLinkTooLong'] });
		for (const refused of [
			'http://meet.example.fi/room',
			'javascript:alert(1)',
			'JavaScript://meet.example.fi/%0aalert(1)',
			'https://',
			'https:///room',
			'https://:443/room',
			'https:meet.example.fi',
			'meet.example.fi/room',
			'https://meet.example.fi/my room',
			'ftp://meet.example.fi'
		])
			expect(problems(refused), refused).toEqual({ onlineUrl: ['validation.httpsUrl'] });
	});
});
