/**
 * The record as one HTML document in the Finnish layout of the seed minutes,
 * stored with the record at approval as its frozen rendering.
 */
import { groupedFingerprint, signOffHeading, type MeetingRecord } from '../../domain/record';
import { escapeHtml, richTextToHtml } from '../../domain/rich-text';

const ROLE_ABBREVIATION: Record<string, string> = { chair: 'pj.', vice_chair: 'vpj.', secretary: 'sihteeri' };
const APPROVER_ROLE: Record<string, string> = { chair: 'puheenjohtaja', secretary: 'sihteeri', checker: 'pöytäkirjantarkastaja' };

const dateFormat = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', day: 'numeric', month: 'numeric', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', hour: '2-digit', minute: '2-digit' });
const date = (iso: string) => dateFormat.format(new Date(iso));
const time = (iso: string) => timeFormat.format(new Date(iso));

function attendee(a: MeetingRecord['attendance'][number]): string {
	const parts = [[a.title, a.name].filter(Boolean).join(' '), a.role ? ROLE_ABBREVIATION[a.role] : '', a.organisation, a.wording];
	return `<li>${escapeHtml(parts.filter(Boolean).join(', '))}</li>`;
}

function section(label: string, html: string): string {
	return html ? `<h4>${label}</h4>${html}` : '';
}

export function renderRecordHtml(record: MeetingRecord): string {
	const { meeting: m, body } = record;
	const kind = record.kind === 'agenda' ? 'Esityslista' : body.formal ? 'Pöytäkirja' : 'Muistio';
	const present = record.attendance.filter((a) => a.status !== 'absent' && a.status !== 'excused');
	const away = record.attendance.filter((a) => a.status === 'absent' || a.status === 'excused');
	const items = record.items
		.map((item) => {
			const heading = `<h3>${item.number}. ${escapeHtml(item.title)}</h3>`;
			if (!item.public && !item.proposal && !item.discussion && !item.decision) {
				return `${heading}<p>Ei julkinen: ${escapeHtml(item.reason)}</p>`;
			}
			const attachments = item.attachments.map((a) => `<li>Liite ${a.number} ${escapeHtml(a.filename)}</li>`).join('');
			return [
				heading,
				item.public ? '' : `<p>Ei julkinen: ${escapeHtml(item.reason)}</p>`,
				attachments ? `<ul class="attachments">${attachments}</ul>` : '',
				section('Käsittelyehdotus', richTextToHtml(item.proposal)),
				section('Käsittely', richTextToHtml(item.discussion)),
				section('Päätös', richTextToHtml(item.decision))
			].join('');
		})
		.join('');
	const approvals = record.approvals
		.map((a) => `<li>${escapeHtml(a.name)}, ${APPROVER_ROLE[a.role]}, hyväksytty ${date(a.approvedAt)} klo ${time(a.approvedAt)}</li>`)
		.join('');
	return [
		`<article lang="fi" class="record">`,
		`<header><p>${escapeHtml(body.name)}</p><h2>${kind} ${escapeHtml(m.number)}</h2>`,
		`<p>Aika ${date(m.startsAt)} klo ${time(m.startsAt)}–${time(m.endsAt)}</p>`,
		m.place ? `<p>Paikka ${escapeHtml(m.place)}</p>` : '',
		`</header>`,
		present.length ? `<h3>Osallistujat</h3><ul>${present.filter((a) => a.member).map(attendee).join('')}</ul>` : '',
		present.some((a) => !a.member) ? `<h3>Muut osallistujat</h3><ul>${present.filter((a) => !a.member).map(attendee).join('')}</ul>` : '',
		away.length ? `<h3>Poissa</h3><ul>${away.map(attendee).join('')}</ul>` : '',
		m.openedAt ? `<p>Puheenjohtaja avasi kokouksen klo ${time(m.openedAt)}.</p>` : '',
		items,
		m.closedAt ? `<p>Puheenjohtaja päätti kokouksen klo ${time(m.closedAt)}.</p>` : '',
		approvals ? `<h3>${signOffHeading(body.formal)}</h3><ul>${approvals}</ul>` : '',
		record.fingerprint ? `<p>Sisällön tarkiste (SHA-256): <code>${groupedFingerprint(record.fingerprint)}</code></p>` : '',
		`</article>`
	].join('');
}
