/**
 * What the notification centre tells users about, and how often they want it
 * by email. The in-app text is the message `notification.<kind>` rendered with
 * the notification's params in the reader's language.
 *
 * Params per kind:
 *   consultation_opened       { title, closesAt (ISO instant) }
 *   consultation_deadline     { title, closesAt (ISO instant) }
 *   comment_answered          { title }
 *   item_forwarded            { item, fromBody, toBody }
 *   minutes_awaiting_approval { body, number }
 *   measure_updated           { title, status }
 *   item_requested            { body, number, item, organisation }
 *   meeting_invited           { body, number, startsAt (ISO instant), onlineUrl ('' for none) }
 *   grant_call_opened         { title, closesAt (ISO instant) }
 *   grant_application_changed { title, organisation, status }
 *   grant_message             { title, organisation }
 *   grant_decided             { title, organisation, status }
 *   grant_report_due          { title, organisation, dueOn (ISO date) }
 *   grant_change_requested    { title, organisation, kind (ChangeKind) }
 *   grant_change_decided      { title, organisation, decision (ChangeDecision) }
 *   grant_claim_made          { title, organisation, dueOn (ISO date) }
 *   grant_acceptance          { title, organisation, acceptance (accepted | refused) }
 *   grant_report_submitted    { title, organisation, kind (interim | final) }
 *   grant_draft_reminder      { title, organisation, closesAt (ISO instant) }
 */
import * as v from 'valibot';
import type { RecordLanguage } from './organisation-profile';
import type { Language } from './roles';
import { atClockOn } from './time';

export const NOTIFICATION_KINDS = [
	'consultation_opened',
	'consultation_deadline',
	'comment_answered',
	'item_forwarded',
	'minutes_awaiting_approval',
	'measure_updated',
	'item_requested',
	'meeting_invited',
	'grant_call_opened',
	'grant_application_changed',
	'grant_message',
	'grant_decided',
	'grant_report_due',
	'grant_change_requested',
	'grant_change_decided',
	'grant_claim_made',
	'grant_acceptance',
	'grant_report_submitted',
	'grant_draft_reminder',
	'survey_opened',
	'survey_respondent_named',
	'survey_reminder',
	'survey_reopened'
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationParams = Record<string, string | number>;

/** A notification's stored parameters as read back. */
export const NotificationParamsSchema: v.GenericSchema<NotificationParams> = v.record(
	v.string(),
	v.union([v.string(), v.number()])
);

/** 'immediate': one email per notification; 'daily': one digest a day; 'off': in-app only. */
export const EMAIL_PREFERENCES = ['immediate', 'daily', 'off'] as const;
export type EmailPreference = (typeof EMAIL_PREFERENCES)[number];
export const DEFAULT_EMAIL_PREFERENCE: EmailPreference = 'daily';

/** The Helsinki clock time from which the day's digest goes out. */
export const DIGEST_TIME = '07:00';

/** Whether a 'daily' user's digest is due: from 07:00 Helsinki time, once a day. */
export function digestDue(now: Date, lastSentAt: Date | null): boolean {
	const sendFrom = atClockOn(now, DIGEST_TIME)!;
	return now >= sendFrom && (lastSentAt === null || lastSentAt < sendFrom);
}

/** What decides the language of a message to a person. */
export interface RecipientLanguageInput {
	/** The language on the person's account (the UI's). */
	preferredLanguage: Language;
	/** Whether the person chose it themselves (language switch or account page), not a default or an admin's. */
	languageChosen: boolean;
	/** The language of the person's organisation's profile, an NGO's: null where it has none. */
	organisationLanguage: RecordLanguage | null;
}

/**
 * The language every notification and email to a person is written in. The
 * person's own explicit choice wins (a Swedish-speaking NGO's Finnish-speaking
 * treasurer who picked Finnish reads Finnish); otherwise an NGO's people get
 * its messages in the organisation's language, the language of its letters;
 * otherwise the account's language.
 */
export function recipientLanguage(input: RecipientLanguageInput): Language {
	if (input.languageChosen) return input.preferredLanguage;
	return input.organisationLanguage ?? input.preferredLanguage;
}
