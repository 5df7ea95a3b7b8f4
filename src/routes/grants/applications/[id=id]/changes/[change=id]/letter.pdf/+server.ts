import { runOrError } from '#lib/kit/errors.js';
import { pdfResponse } from '#lib/kit/pdf.js';
import { notFoundPage } from '#lib/kit/params.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	changeLetter,
	changeLetterFileName,
	renderChangeLetterPdf
} from '#lib/server/grants/change-letter.js';
import type { RequestHandler } from './$types';

/** The letter of a decided change application, for the recipient's people and the call's handlers. */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor ?? notFoundPage();
	const letter = await runOrError(() =>
		changeLetter(getDb(), actor, event.params.id, event.params.change)
	);
	return pdfResponse(await renderChangeLetterPdf(letter), changeLetterFileName(letter));
};
