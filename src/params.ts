import { defineParams } from '@sveltejs/kit/params';
// Loaded by Node itself at build time, where only a relative path with its extension resolves.
import { parseId } from './lib/domain/ids.ts';

/** The two documents of a meeting that download as PDF. */
const matchRecordkind = (param: string): param is 'agenda' | 'minutes' =>
	param === 'agenda' || param === 'minutes';

export const params = defineParams({
	/** A database id: `[id=id]` gives the route a number, and anything else is a 404 before any code runs. */
	id: (param) => parseId(param) ?? undefined,
	recordkind: (param) => (matchRecordkind(param) ? param : undefined),
	/** A year of the situational picture's surveys, such as 2026. */
	year: (param) => (/^\d{4}$/.test(param) ? Number(param) : undefined)
});
