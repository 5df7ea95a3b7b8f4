/** An iCalendar response; feeds open inline in calendar apps, a single meeting downloads. */
export function icsResponse(
	body: string,
	filename: string,
	cache: 'public' | 'private',
	disposition: 'inline' | 'attachment' = 'inline'
): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `${disposition}; filename="${filename}"`,
			// Subscribed calendars poll; a short cache keeps changes and cancellations moving.
			'cache-control': `${cache}, max-age=300`
		}
	});
}
