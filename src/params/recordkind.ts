import type { ParamMatcher } from '@sveltejs/kit';

/** The two documents of a meeting that download as PDF. */
export const match = ((param: string): param is 'agenda' | 'minutes' => param === 'agenda' || param === 'minutes') satisfies ParamMatcher;
