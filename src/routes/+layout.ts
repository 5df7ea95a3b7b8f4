import { loadMessages } from '#lib/i18n/load.js';
import type { LayoutLoad } from './$types';

// The reader's messages load as a chunk of their own, here rather than in the server load, so they are never serialised into the page.
export const load: LayoutLoad = async ({ data }) => ({
	...data,
	messages: await loadMessages(data.locale)
});
