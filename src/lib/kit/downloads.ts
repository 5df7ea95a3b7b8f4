import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * as they are, but they are not allowed there. */
function encodeFilename(filename: string): string {
	return encodeURIComponent(filename).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
}

export interface StoredDownload {
	path: string;
	filename: string;
	contentType: string;
	size: number;
}

/** Always a download, never shown inline: an uploaded file must not run as a page of this site. */
export async function downloadResponse(file: StoredDownload): Promise<Response> {
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
}
