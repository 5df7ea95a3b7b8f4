import * as v from 'valibot';
import { EMAIL_PREFERENCES } from '../domain/notifications';
import { choice, id } from './fields';

export const markReadSchema = v.object({ id });

export const emailPreferenceSchema = v.object({ email: choice(EMAIL_PREFERENCES) });
