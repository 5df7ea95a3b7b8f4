import { defineParams } from '@sveltejs/kit/params';

/** The two documents of a meeting that download as PDF. */
const matchRecordkind = (param: string): param is 'agenda' | 'minutes' =>
	param === 'agenda' || param === 'minutes';

export const params = defineParams({
	recordkind: (param) => (matchRecordkind(param) ? param : undefined)
});
