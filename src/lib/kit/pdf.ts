/** A PDF response that downloads with a readable name. */
export function pdfResponse(bytes: Uint8Array, filename: string): Response {
	// Copied into a plain ArrayBuffer-backed view, which is what a Blob part must be.
	return new Response(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(filename)}`,
			'X-Content-Type-Options': 'nosniff'
		}
	});
}

/** "HYTE-foorumi 3-2026 muistio.pdf" */
export function recordFilename(
	bodyName: string,
	number: string,
	kind: 'agenda' | 'minutes'
): string {
	return `${bodyName} ${number.replace('/', '-')} ${kind === 'agenda' ? 'esityslista' : 'muistio'}.pdf`;
}
