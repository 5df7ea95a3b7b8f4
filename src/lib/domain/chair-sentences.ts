/**
 * The chair's opening and closing sentences of Finnish minutes ("Puheenjohtaja
 * avasi kokouksen klo 13.02.", "Puheenjohtaja päätti kokouksen klo 15.15.").
 * The app writes them into the minutes as editable text of the opening and
 * closing items, so a record says each once: in the item, where the secretary
 * may also have typed it in words of their own. The rendering adds a sentence
 * only when the items do not say it, and always on records frozen before this
 * (they carry no `chairSentencesInItems`), so those read as they always did.
 */
import { STANDARD_AGENDA } from './minutes';
import type { ChairSentence, MeetingRecord, RecordItem } from './record';
import { RECORD_WORDS, recordTime } from './record-words';
import { richTextToPlain } from './rich-text';

export const CHAIR_SENTENCES: readonly ChairSentence[] = ['opened', 'closed'];

/** "Puheenjohtaja päätti kokouksen klo 15.15." */
export function chairSentence(kind: ChairSentence, at: string | Date): string {
	return `${RECORD_WORDS[kind]} ${recordTime(at)}.`;
}

/** The sentence exactly as the app writes it, at any time: the app may still set its time. */
const APP_FORM: Record<ChairSentence, RegExp> = {
	opened: new RegExp(`^${RECORD_WORDS.opened} \\d{1,2}\\.\\d{2}\\.$`),
	closed: new RegExp(`^${RECORD_WORDS.closed} \\d{1,2}\\.\\d{2}\\.$`)
};

/** The usual ways a secretary says it; text that does is left as typed. */
const SAYS: Record<ChairSentence, RegExp> = {
	opened: /avasi kokouksen|kokous avattiin/i,
	closed: /päätti kokouksen|kokous päättyi|kokous päätettiin/i
};

export function saysChairSentence(kind: ChairSentence, text: string): boolean {
	return SAYS[kind].test(text);
}

/** The standard agenda's opening and closing items carry the sentences. */
const CARRIER_TITLE: Record<ChairSentence, string> = {
	opened: STANDARD_AGENDA[0].title,
	closed: STANDARD_AGENDA[STANDARD_AGENDA.length - 1].title
};

const sameTitle = (a: string, b: string) =>
	a.trim().toLocaleLowerCase('fi') === b.toLocaleLowerCase('fi');

/**
 * The item whose text carries the sentence, by its standard title. Minutes
 * without it (the secretary removed or renamed it) carry none, and their
 * record adds the sentence when rendered, as before.
 */
export function chairSentenceItem<T extends { title: string }>(
	kind: ChairSentence,
	items: readonly T[]
): T | undefined {
	return items.find((item) => sameTitle(item.title, CARRIER_TITLE[kind]));
}

export type ChairSentenceEdit =
	| { action: 'keep' }
	| { action: 'append'; sentence: string }
	| { action: 'replace'; index: number; sentence: string };

/**
 * How the carrying item's text (its paragraphs, and any other text of the item)
 * comes to say the sentence at `at` without overwriting the secretary: a
 * paragraph that is still the app's own sentence takes the new time; text that
 * already says it in other words stays as typed; else the sentence goes last.
 */
export function chairSentenceEdit(
	kind: ChairSentence,
	at: Date,
	paragraphs: readonly string[],
	otherText = ''
): ChairSentenceEdit {
	const sentence = chairSentence(kind, at);
	const own = paragraphs.findIndex((p) => APP_FORM[kind].test(p.trim()));
	if (own >= 0)
		return paragraphs[own].trim() === sentence
			? { action: 'keep' }
			: { action: 'replace', index: own, sentence };
	if ([...paragraphs, otherText].some((text) => saysChairSentence(kind, text)))
		return { action: 'keep' };
	return { action: 'append', sentence };
}

/** The sentences the items' own text says: stored with the record as `chairSentencesInItems`. */
export function chairSentencesInItems(items: readonly RecordItem[]): ChairSentence[] {
	const texts = items.flatMap((item) => [item.discussion, item.decision]).map(richTextToPlain);
	return CHAIR_SENTENCES.filter((kind) => texts.some((text) => saysChairSentence(kind, text)));
}

/** The sentences the rendering adds before and after the items: those the record has a time for and its items do not say. */
export function addedChairSentences(record: MeetingRecord): Record<ChairSentence, string | null> {
	const said = record.chairSentencesInItems ?? [];
	const added = (kind: ChairSentence, at: string | null) =>
		at && !said.includes(kind) ? chairSentence(kind, at) : null;
	return {
		opened: added('opened', record.meeting.openedAt),
		closed: added('closed', record.meeting.closedAt)
	};
}
