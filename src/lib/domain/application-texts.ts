/**
 * The long texts of a grant application, co-edited live by the NGO's people
 * (`application:<id>`, see doc-name.ts), and who changed them: each change
 * is put down with its author, and consecutive changes by one person to one
 * text are one entry while they keep on within a few minutes.
 */

/** The texts, by the names of the application's columns and of their fragments in the live document. */
export const APPLICATION_TEXT_FIELDS = ['activity', 'targetGroups'] as const;
export type ApplicationTextField = (typeof APPLICATION_TEXT_FIELDS)[number];

/** The longest each text may be when the application is saved, as the form's fields allow. */
export const APPLICATION_TEXT_MAX_LENGTH: Record<ApplicationTextField, number> = {
	activity: 5000,
	targetGroups: 1000
};

export function isApplicationTextField(name: string): name is ApplicationTextField {
	return (APPLICATION_TEXT_FIELDS as readonly string[]).includes(name);
}

/** A pause longer than this after a person's last change starts a new entry in the history. */
export const TEXT_EDIT_PAUSE_MS = 5 * 60_000;

export interface TextEdit {
	field: ApplicationTextField;
	userId: number;
	at: Date;
}

/** Whether `next` continues the text's latest entry `last` instead of starting a new one. */
export function continuesEdit(
	last: { userId: number; changedAt: Date } | undefined,
	next: TextEdit
): boolean {
	return (
		last !== undefined &&
		last.userId === next.userId &&
		next.at.getTime() - last.changedAt.getTime() <= TEXT_EDIT_PAUSE_MS
	);
}
