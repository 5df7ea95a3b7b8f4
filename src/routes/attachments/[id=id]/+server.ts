import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { runOrError } from '#lib/kit/errors.js';
import { openAttachmentForDownload } from '#lib/server/attachments/service.js';
import { getDb } from '#lib/server/db/instance.js';
import type { RequestHandler } from './$types';

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * as they are, but they are not allowed there. */
function encodeFilename(filename: string): string {
	return encodeURIComponent(filename).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
}

/** Always a download, never shown inline: an uploaded file must not run as a page of this site. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const file = await runOrError(() => openAttachmentForDownload(getDb(), locals.actor, params.id));
	const stream = createReadStream(file.path);
	// A missing file fails here, as a server error, before any header has gone out.
	await once(stream, 'open');
	return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
		headers: {
			'Content-Type': file.contentType,
			'Content-Length': String(file.size),
			'Content-Disposition': `attachment; filename*=UTF-8''${encodeFilename(file.filename)}`,
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private'
		}
	});
};
