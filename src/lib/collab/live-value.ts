import type { Attachment } from 'svelte/attachments';

/**
 * Shows the shared value of a text input, except while the user is typing
 * in it: a remote write then waits for blur instead of jumping the caret.
 * Writes of other fields re-render the input, but leave it alone while focused.
 */
export function liveValue(read: () => string): Attachment<HTMLInputElement> {
	return (input) => {
		const value = read();
		if (document.activeElement !== input) input.value = value;
		const catchUp = () => (input.value = read());
		input.addEventListener('blur', catchUp);
		return () => input.removeEventListener('blur', catchUp);
	};
}
