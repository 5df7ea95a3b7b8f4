import type { SubmitFunction } from '$app/forms';

/**
 * `use:enhance` for edit forms: after saving, keep what the fields show
 * instead of resetting them to the values the page was first rendered with.
 */
export const keepValues: SubmitFunction =
	() =>
	({ update }) =>
		update({ reset: false });
