import { describe, expect, it } from 'vitest';
import { applicationDocName, docName, meetingOf, parseDocName, planDocName } from './doc-name';

describe('document names', () => {
	it('parse agenda and minutes names', () => {
		expect(parseDocName('agenda:12')).toEqual({ kind: 'agenda', meetingId: 12 });
		expect(parseDocName('minutes:7')).toEqual({ kind: 'minutes', meetingId: 7 });
		expect(parseDocName(docName('minutes', 42))).toEqual({ kind: 'minutes', meetingId: 42 });
	});

	it('parse plan document names', () => {
		expect(parseDocName('document:3')).toEqual({ kind: 'document', documentId: 3 });
		expect(parseDocName(planDocName(15))).toEqual({ kind: 'document', documentId: 15 });
		expect(meetingOf(parseDocName('document:3')!)).toBeNull();
		expect(meetingOf(parseDocName('agenda:3')!)).toBe(3);
	});

	it('parse grant application names', () => {
		expect(parseDocName('application:9')).toEqual({ kind: 'application', applicationId: 9 });
		expect(parseDocName(applicationDocName(21))).toEqual({
			kind: 'application',
			applicationId: 21
		});
		expect(meetingOf(parseDocName('application:9')!)).toBeNull();
	});

	// Sixteen digits fit the pattern but not always a number exactly: such an id could name another meeting.
	it('refuse anything else', () => {
		for (const bad of [
			'',
			'agenda:',
			'agenda:0',
			'agenda:01',
			'agenda:-1',
			'agenda:1.5',
			'Agenda:1',
			'notes:1',
			'document:',
			'document:0',
			'Document:1',
			'application:',
			'application:0',
			'applications:1',
			'Application:1',
			'agenda:1 ',
			'agenda:99999999999999999',
			'agenda:9999999999999999',
			'../agenda:1'
		]) {
			expect(parseDocName(bad), bad).toBeNull();
		}
	});
});
