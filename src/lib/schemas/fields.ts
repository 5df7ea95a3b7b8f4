/** Field schemas shared by forms; their messages are i18n keys shown next to the field. */
import * as v from 'valibot';
import { parseId } from '../domain/ids';
import { PASSWORD_MAX, PASSWORD_MIN } from '../domain/password-rules';
import { isIsoDate } from '../domain/time';
import './messages';

/**
 * Control characters other than tab and line breaks: no keyboard types them,
 * and a NUL or an escape would travel on into the PDF, the iCalendar feed and
 * the search index.
 */
const stripControlCharacters = v.transform((text: string) =>
	// eslint-disable-next-line no-control-regex -- control characters are what it removes
	text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
);

export const requiredText = (max = 200) =>
	v.pipe(
		v.string('validation.required'),
		stripControlCharacters,
		v.trim(),
		v.nonEmpty('validation.required'),
		v.maxLength(max, 'validation.tooLong')
	);

export const optionalText = (max = 200) =>
	v.pipe(
		v.optional(v.string(), ''),
		stripControlCharacters,
		v.trim(),
		v.maxLength(max, 'validation.tooLong')
	);

export const email = v.pipe(
	v.string('validation.required'),
	v.trim(),
	v.toLowerCase(),
	v.nonEmpty('validation.required'),
	v.maxLength(254, 'validation.tooLong'),
	v.email('validation.email')
);

export const newPassword = v.pipe(
	v.string('validation.required'),
	v.minLength(PASSWORD_MIN, 'password.tooShort'),
	v.maxLength(PASSWORD_MAX, 'password.tooLong')
);

export const choice = <const T extends readonly string[]>(options: T) =>
	v.picklist(options, 'validation.choose');

/**
 * An HTML checkbox: a browser sends it ("on") when ticked and leaves it out
 * when not, so a missing key is an answer (false), never a missing field.
 */
export const checkbox = v.optional(
	v.pipe(
		v.unknown(),
		v.transform((value) => typeof value === 'string')
	),
	false
);

export const id = v.pipe(
	v.string('validation.choose'),
	v.check((text) => parseId(text) !== null, 'validation.choose'),
	v.transform(Number)
);

/** Ticked checkboxes of one name arrive joined with commas (src/lib/kit/forms.ts): their ids, none when nothing is ticked. */
export const idList = v.pipe(
	v.optional(v.string(), ''),
	v.transform((value) => value.split(',').filter(Boolean)),
	v.check((ids) => ids.every((text) => parseId(text) !== null), 'validation.choose'),
	v.transform((ids) => ids.map(Number))
);

/** A select whose empty option means "none": the chosen id, or null. */
export const optionalId = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.regex(/^\d*$/, 'validation.choose'),
	v.transform((value) => (value === '' ? null : Number(value)))
);

/** An optional date field (YYYY-MM-DD): the date, or null when left empty. */
export const optionalDate = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.check((value) => value === '' || isIsoDate(value), 'validation.date'),
	v.transform((value) => (value === '' ? null : value))
);
