import { runOrError } from '#lib/kit/errors.js';
import { pdfResponse } from '#lib/kit/pdf.js';
import { notFoundPage } from '#lib/kit/params.js';
import { getDb } from '#lib/server/db/instance.js';
import {
	decisionLetter,
	letterFilename,
	renderDecisionLetterPdf
} from '#lib/server/grants/letter.js';
import type { RequestHandler } from './$types';

/** The decision letter in the recipient's language, for the applicant's people and the call's handlers once the call is decided. */
export const GET: RequestHandler = async (event) => {
	const actor = event.locals.actor ?? notFoundPage();
	const letter = await runOrError(() => decisionLetter(getDb(), actor, event.params.id));
	return pdfResponse(await renderDecisionLetterPdf(letter), letterFilename(letter));
};
