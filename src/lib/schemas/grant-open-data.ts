/** The handler's forms to hide a grant from the public lists, and to bring it back. */
import * as v from 'valibot';
import { requiredText } from './fields';
import './messages';

export const hideGrantSchema = v.object({ reason: requiredText(1000) });

/** Unhiding takes nothing but the button: the grant is the one the URL names. */
export const unhideGrantSchema = v.object({});
