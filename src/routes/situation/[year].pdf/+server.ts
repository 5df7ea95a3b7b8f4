import { httpError } from '#lib/kit/errors.js';
import { pictureYear } from '#lib/kit/situation.js';
import { translator } from '#lib/i18n/index.js';
import { getDb } from '#lib/server/db/instance.js';
import { loadPicture } from '#lib/server/situation/picture.js';
import { renderPictureReportPdf } from '#lib/server/situation/report.js';
import type { RequestHandler } from './$types';

/** A published year's picture as a PDF report in the reader's language. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const year = pictureYear(params.year);
	const picture = loadPicture(getDb(), year) ?? httpError(404, 'error.notFound');
	const pdf = await renderPictureReportPdf(picture, translator(locals.locale));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `attachment; filename="tilannekuva-${year}.pdf"`
		}
	});
};
