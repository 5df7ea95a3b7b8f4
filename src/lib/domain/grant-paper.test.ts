import { describe, expect, it } from 'vitest';
import {
	APPLICATION_FILE_KINDS,
	isAttachmentKind,
	PAPER_SCAN_KIND,
	receiptProblem,
	scanAccepted
} from './grant-paper';
import { helsinkiInstant } from './time';

describe('a paper application’s arrival', () => {
	const call = { closesAt: helsinkiInstant('2026-03-31', '16:00')! };
	const now = helsinkiInstant('2026-04-10', '09:00')!;

	it('counts when it arrived by the last day, whenever it is entered', () => {
		expect(receiptProblem('2026-03-31', call, now)).toBeNull();
		expect(receiptProblem('2026-03-02', call, now)).toBeNull();
	});

	it('is late the day after the deadline', () => {
		expect(receiptProblem('2026-04-01', call, now)).toBe('late');
	});

	it('ends the day before a deadline at midnight', () => {
		const midnight = { closesAt: helsinkiInstant('2026-04-01', '00:00')! };
		expect(receiptProblem('2026-03-31', midnight, now)).toBeNull();
		expect(receiptProblem('2026-04-01', midnight, now)).toBe('late');
	});

	it('cannot have arrived on a day still to come', () => {
		const before = helsinkiInstant('2026-03-20', '23:30')!;
		expect(receiptProblem('2026-03-20', call, before)).toBeNull();
		expect(receiptProblem('2026-03-21', call, before)).toBe('future');
	});
});

describe('a paper application’s scan', () => {
	it('is a PDF or a picture', () => {
		expect(scanAccepted('application/pdf')).toBe(true);
		expect(scanAccepted('image/jpeg')).toBe(true);
		expect(scanAccepted('image/png')).toBe(true);
		expect(scanAccepted('application/msword')).toBe(false);
		expect(scanAccepted('text/image/')).toBe(false);
	});

	it('is a file kind of its own, beside the attachments a call asks for', () => {
		expect(APPLICATION_FILE_KINDS).toContain(PAPER_SCAN_KIND);
		expect(APPLICATION_FILE_KINDS).toContain('statutes');
	});
});

describe('an application’s files', () => {
	it('are attachments the NGO delivered, except the scan of a paper application', () => {
		expect(APPLICATION_FILE_KINDS.filter(isAttachmentKind)).toEqual(
			APPLICATION_FILE_KINDS.filter((kind) => kind !== PAPER_SCAN_KIND)
		);
		expect(isAttachmentKind('statutes')).toBe(true);
		expect(isAttachmentKind(PAPER_SCAN_KIND)).toBe(false);
	});
});
