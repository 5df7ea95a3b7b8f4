import * as v from 'valibot';
import { optionalText, requiredText } from './fields';

export const feedbackSchema = v.object({
	message: requiredText(5000),
	contact: optionalText(254),
	page: optionalText(500)
});
