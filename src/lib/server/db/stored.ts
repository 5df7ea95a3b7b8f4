/**
 * JSON the app stored in a text column, read back through the schema of its
 * shape. A row that does not fit (written by hand, by an old bug, cut short)
 * stops here with a message naming the row and the first field that is
 * wrong, rather than as a TypeError wherever the value is first used.
 */
import * as v from 'valibot';

export class CorruptRowError extends Error {
	constructor(what: string, detail: string, options?: ErrorOptions) {
		super(`Stored ${what} is corrupt: ${detail}`, options);
		this.name = 'CorruptRowError';
	}
}

/** `what` names the row for the message, e.g. "minutes record of meeting 12". */
export function parseStored<T>(schema: v.GenericSchema<T>, text: string, what: string): T {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (err) {
		throw new CorruptRowError(what, 'not JSON', { cause: err });
	}
	const result = v.safeParse(schema, json);
	if (result.success) return result.output;
	const [issue] = result.issues;
	throw new CorruptRowError(what, `${v.getDotPath(issue) ?? '(the value)'}: ${issue.message}`);
}
