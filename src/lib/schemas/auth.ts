import * as v from 'valibot';
import { LANGUAGES } from '../domain/roles';
import { choice, email, newPassword, optionalText, requiredText } from './fields';

export const loginSchema = v.object({
	email: requiredText(254),
	// Only bounded here: a wrong password gets the same answer whatever its length.
	password: v.pipe(
		v.string('validation.required'),
		v.nonEmpty('validation.required'),
		v.maxLength(1024, 'validation.tooLong')
	)
});

export const setupSchema = v.object({
	regionName: requiredText(120),
	name: requiredText(120),
	email,
	title: optionalText(120),
	password: newPassword
});

export const setPasswordSchema = v.object({ password: newPassword });

export const profileSchema = v.object({
	name: requiredText(120),
	title: optionalText(120),
	preferredLanguage: choice(LANGUAGES)
});

export const changePasswordSchema = v.object({
	currentPassword: v.pipe(
		v.string('validation.required'),
		v.nonEmpty('validation.required'),
		v.maxLength(1024, 'validation.tooLong')
	),
	newPassword
});
