import { runAction } from '$lib/kit/errors';
import { parseForm } from '$lib/kit/forms';
import { getDb } from '$lib/server/db/instance';
import { submitFeedback } from '$lib/server/feedback/submit';
import { feedbackSchema } from '$lib/schemas/feedback';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const parsed = await parseForm(request, feedbackSchema);
		if (!parsed.ok) return parsed.failure;
		return runAction(parsed.values, () => {
			submitFeedback(getDb(), parsed.data, getClientAddress());
			return { sent: true };
		});
	}
};
