/**
 * Paper applications: an NGO that sends its application by post or brings it
 * in gets it entered by a handler of the call, marked so, with the scan of the
 * paper beside it. What counts against the deadline is the day it arrived.
 */
import { APPLICATION_ATTACHMENT_KINDS, type ApplicationAttachmentKind } from './grants';
import { isoDate } from './time';

/** How an application reached the county. The values are the API's contract. */
export const APPLICATION_CHANNELS = ['online', 'paper'] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];

/** The file kind of a paper application's scan: stored with its files, never asked of an NGO. */
export const PAPER_SCAN_KIND = 'paper_scan';

/** What an application's files may be: the attachments a call asks for, and a paper application's scan. */
export const APPLICATION_FILE_KINDS = [...APPLICATION_ATTACHMENT_KINDS, PAPER_SCAN_KIND] as const;
export type ApplicationFileKind = (typeof APPLICATION_FILE_KINDS)[number];

/** A file the NGO delivered as an attachment, not the scan a handler made of its paper. */
export function isAttachmentKind(kind: ApplicationFileKind): kind is ApplicationAttachmentKind {
	return kind !== PAPER_SCAN_KIND;
}

/** Why a paper application's arrival date is refused, or null when it stands. */
export type ReceiptProblem = 'future' | 'late';

/**
 * A paper application counts when it arrived by the call's last day (in
 * Helsinki), whenever it is entered; a day still to come has not happened.
 * A deadline at midnight ends the day before it.
 */
export function receiptProblem(
	receivedOn: string,
	call: { closesAt: Date },
	now: Date
): ReceiptProblem | null {
	if (receivedOn > isoDate(now)) return 'future';
	if (receivedOn > isoDate(new Date(call.closesAt.getTime() - 1))) return 'late';
	return null;
}

/** A scan is a PDF or a picture: what a scanner or a phone's camera gives. */
export function scanAccepted(contentType: string): boolean {
	return contentType === 'application/pdf' || contentType.startsWith('image/');
}
