/** Forms of grant payments: gathering a batch, its steps, the approval limit and a recipient's request. */
import * as v from 'valibot';
import { id, idList, optionalText } from './fields';

export const batchSchema = v.object({
	instalmentIds: v.pipe(idList, v.minLength(1, 'grantPayments.batch.chooseSome'))
});

/** Checking, approving, exporting and marking paid name the batch in the URL only. */
export const batchStepSchema = v.object({});

/** The amount stays text here: `parseEuros` reads it as people write it, in the use case. */
export const paymentLimitSchema = v.object({ amount: optionalText(30) });

export const paymentRequestSchema = v.object({ instalmentId: id });
