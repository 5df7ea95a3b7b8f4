/**
 * The record as one HTML document in the Finnish layout of the seed minutes,
 * stored with the record at approval as its frozen rendering.
 */
import { addedChairSentences } from '../../domain/chair-sentences';
import {
	groupedFingerprint,
	signOffHeading,
	type MeetingRecord,
	type RecordAttendee
} from '../../domain/record';
import { disqualificationSentence } from '../../domain/disqualification';
import {
	attendeeLine,
	RECORD_WORDS as W,
	recordKind,
	recordMeetingTime,
	requestLine,
	signatures,
	splitAttendance
} from '../../domain/record-words';
import { escapeHtml, richTextToHtml } from '../../domain/rich-text';

function people(title: string, list: RecordAttendee[]): string {
	return list.length
		? `<h3>${title}</h3><ul>${list.map((a) => `<li>${escapeHtml(attendeeLine(a))}</li>`).join('')}</ul>`
		: '';
}

function section(label: string, html: string): string {
	return html ? `<h4>${label}</h4>${html}` : '';
}

function signOff(record: MeetingRecord): string {
	const signed = signatures(record);
	if (signed.length === 0) return '';
	const names = signed
		.map((s) => `<li><strong>${escapeHtml(s.name)}</strong><br>${s.role}</li>`)
		.join('');
	const approvals = signed
		.map((s) => `<li>${escapeHtml(s.name)}, ${s.role}, ${W.approved} ${s.approvedAt}</li>`)
		.join('');
	return [
		`<h3>${signOffHeading(record.body.formal)}</h3><ul class="signatures">${names}</ul>`,
		`<p>${W.approvedElectronically}:</p><ul>${approvals}</ul>`,
		record.fingerprint
			? `<p>${W.fingerprint}: <code>${groupedFingerprint(record.fingerprint)}</code></p>`
			: ''
	].join('');
}

export function renderRecordHtml(record: MeetingRecord): string {
	const { meeting: m, body } = record;
	const { members, others, away } = splitAttendance(record);
	const added = addedChairSentences(record);
	const items = record.items
		.map((item) => {
			const heading = `<h3>${item.number}. ${escapeHtml(item.title)}</h3>`;
			const notPublic = `<p>${W.notPublic}: ${escapeHtml(item.reason)}</p>`;
			if (!item.public && !item.proposal && !item.discussion && !item.decision)
				return `${heading}${notPublic}`;
			const attachments = item.attachments
				.map((a) => `<li>${W.attachment} ${a.number} ${escapeHtml(a.filename)}</li>`)
				.join('');
			return [
				heading,
				item.public ? '' : notPublic,
				attachments ? `<ul class="attachments">${attachments}</ul>` : '',
				item.requests
					? `<ul class="requests">${item.requests.map((r) => `<li>${escapeHtml(requestLine(r))}</li>`).join('')}</ul>`
					: '',
				(item.disqualified ?? [])
					.map((d) => `<p>${escapeHtml(disqualificationSentence(d))}</p>`)
					.join(''),
				section(W.proposal, richTextToHtml(item.proposal)),
				section(W.discussion, richTextToHtml(item.discussion)),
				section(W.decision, richTextToHtml(item.decision))
			].join('');
		})
		.join('');
	return [
		`<article lang="fi" class="record">`,
		`<header><p>${escapeHtml(body.name)}</p><h2>${recordKind(record)} ${escapeHtml(m.number)}</h2>`,
		`<p>${W.time} ${recordMeetingTime(m.startsAt, m.endsAt)}</p>`,
		m.place ? `<p>${W.place} ${escapeHtml(m.place)}</p>` : '',
		`</header>`,
		people(W.attendees, members),
		people(W.others, others),
		people(W.away, away),
		added.opened ? `<p>${added.opened}</p>` : '',
		items,
		added.closed ? `<p>${added.closed}</p>` : '',
		signOff(record),
		`</article>`
	].join('');
}
