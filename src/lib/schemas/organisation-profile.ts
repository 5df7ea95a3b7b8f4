/** Forms of an NGO's profile: its facts, its people, the county's verification and who acts for it. */
import * as v from 'valibot';
import {
	normaliseIban,
	ORGANISATION_PERSON_ROLES,
	RECORD_LANGUAGES,
	validBusinessId,
	validIban
} from '../domain/organisation-profile';
import { choice, email, id, optionalText, requiredText } from './fields';

/** Empty is allowed while the NGO fills its profile in; what is given must be valid. */
const businessId = v.pipe(
	optionalText(9),
	v.check((value) => value === '' || validBusinessId(value), 'orgProfile.validation.businessId')
);

const iban = v.pipe(
	optionalText(42),
	v.check((value) => value === '' || validIban(value), 'orgProfile.validation.iban'),
	v.transform(normaliseIban)
);

const optionalEmail = v.pipe(
	optionalText(254),
	v.toLowerCase(),
	v.check((value) => value === '' || v.is(email, value), 'validation.email')
);

export const profileSchema = v.object({
	businessId,
	registerNumber: optionalText(30),
	iban,
	language: choice(RECORD_LANGUAGES),
	email: optionalEmail,
	phone: optionalText(40),
	address: optionalText(300)
});

export const personSchema = v.object({
	name: requiredText(200),
	role: choice(ORGANISATION_PERSON_ROLES),
	email: optionalEmail
});

export const personRemovalSchema = v.object({ personId: id });

export const verificationSchema = v.object({
	contactUserId: id,
	note: optionalText(1000)
});

export const colleagueSchema = v.object({ userId: id });
