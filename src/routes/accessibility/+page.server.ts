import { runAction } from '#lib/kit/errors.js';
import { parseForm } from '#lib/kit/forms.js';
import { getDb } from '#lib/server/db/instance.js';
import { submitFeedback } from '#lib/server/feedback/submit.js';
import { feedbackSchema } from '#lib/schemas/feedback.js';
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
