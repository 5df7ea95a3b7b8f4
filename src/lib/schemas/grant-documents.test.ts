import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { completionRequestSchema, documentVersionSchema } from './grant-documents';

describe('documentVersionSchema', () => {
	it('asks a kind, a date and both languages', () => {
		const ok = v.safeParse(documentVersionSchema, {
			kind: 'appeal',
			validFrom: '2026-01-01',
			textFi: 'Ohje',
			textSv: 'Anvisning'
		});
		expect(ok.success).toBe(true);
		const bad = v.safeParse(documentVersionSchema, { kind: 'x', validFrom: '1.1.2026' });
		expect(bad.issues?.map((i) => i.path?.[0].key)).toEqual([
			'kind',
			'validFrom',
			'textFi',
			'textSv'
		]);
	});
});

describe('completionRequestSchema', () => {
	it('takes the ticked parts, at least one', () => {
		const ok = v.parse(completionRequestSchema, {
			parts: 'budget,attachment:statutes',
			message: 'Täydennä talousarvio.',
			dueDate: '2026-10-20'
		});
		expect(ok.parts).toEqual(['budget', 'attachment:statutes']);
		const none = v.safeParse(completionRequestSchema, { message: 'x', dueDate: '2026-10-20' });
		expect(none.issues?.[0].message).toBe('grantDocuments.completion.chooseParts');
		expect(
			v.safeParse(completionRequestSchema, { parts: 'all', message: 'x', dueDate: '2026-10-20' })
				.success
		).toBe(false);
	});
});
