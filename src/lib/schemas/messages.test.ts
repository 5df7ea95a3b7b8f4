import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../i18n';

/**
 * Every schema module of the app, found by file name, so a new one is walked
 * without editing this test. `messages.ts` itself is left out: the setting
 * must come in through the modules' own imports, as it does in the app.
 */
const modules = import.meta.glob<Record<string, unknown>>(
	[
		'./*.ts',
		'!./*.test.ts',
		'!./messages.ts',
		'../server/import/schemas.ts',
		'../domain/indicators.ts'
	],
	{ eager: true }
);

function isSchema(value: unknown): value is v.GenericSchema {
	return (
		typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'schema'
	);
}

/** Arguments the field factories take: a length, a message key, a list of choices. */
const SAMPLE_ARGUMENTS: unknown[] = [200, 'validation.invalid', ['a', 'b']];

/** Exported schemas, and the factories of fields (`requiredText(200)`) called with sample arguments. */
function exportedSchemas(): [string, v.GenericSchema][] {
	const found: [string, v.GenericSchema][] = [];
	for (const [file, exports] of Object.entries(modules)) {
		for (const [name, value] of Object.entries(exports)) {
			if (isSchema(value)) found.push([`${file}: ${name}`, value]);
			else if (typeof value === 'function' && value.length <= 1) {
				for (const argument of SAMPLE_ARGUMENTS) {
					const made = safely(() => (value as (arg: unknown) => unknown)(argument));
					if (isSchema(made)) found.push([`${file}: ${name}(${JSON.stringify(argument)})`, made]);
				}
			}
		}
	}
	return found;
}

function safely<T>(make: () => T): T | undefined {
	try {
		return make();
	} catch {
		return undefined;
	}
}

/** Wrong input of every kind a form or a JSON body can carry. */
const WRONG_VALUES: unknown[] = [
	undefined,
	null,
	12,
	-1.5,
	true,
	{},
	[],
	['x'],
	'',
	' ',
	'x'.repeat(100_000),
	'a\u0000b',
	'\r\n',
	'ä'.repeat(5000)
];

function inputsFor(schema: v.GenericSchema): unknown[] {
	const entries = (schema as { entries?: Record<string, unknown> }).entries;
	if (schema.type !== 'object' || !entries) return WRONG_VALUES;
	const keys = Object.keys(entries);
	const inputs: unknown[] = [...WRONG_VALUES, Object.fromEntries(keys.map((key) => [key, 'x']))];
	for (const key of keys) {
		// Each field missing, then each field wrong, the others plausible.
		const others = Object.fromEntries(keys.filter((k) => k !== key).map((k) => [k, '1']));
		inputs.push(others);
		for (const wrong of WRONG_VALUES) inputs.push({ ...others, [key]: wrong });
	}
	return inputs;
}

function messagesOf(issues: readonly v.BaseIssue<unknown>[] | undefined): string[] {
	return (issues ?? []).flatMap((issue) => [issue.message, ...messagesOf(issue.issues)]);
}

describe('schema messages', () => {
	const schemas = exportedSchemas();

	it('finds the schemas of every form and import', () => {
		expect(schemas.length).toBeGreaterThan(50);
	});

	it('are catalogue keys for every kind of wrong input, never the library’s English', () => {
		const foreign = new Set<string>();
		for (const [name, schema] of schemas) {
			for (const input of inputsFor(schema)) {
				const result = safely(() => v.safeParse(schema, input));
				for (const message of messagesOf(result?.issues)) {
					// A sample argument that a factory took as its message is not a message of the app.
					if (typeof message === 'string' && !isMessageKey(message))
						foreign.add(`${name}: ${message.slice(0, 120)}`);
				}
			}
		}
		expect([...foreign]).toEqual([]);
	});
});
