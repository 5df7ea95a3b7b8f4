import { getDb } from '$lib/server/db/instance';
import { oparlPerson } from '$lib/server/oparl/bodies';
import { oparlResponse } from '$lib/server/oparl/http';
import type { RequestHandler } from './$types';

/** One officer of public bodies as an OParl Person. */
export const GET: RequestHandler = ({ url, params }) => oparlResponse(oparlPerson(getDb(), url.origin, params.id));
