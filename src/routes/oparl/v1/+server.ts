import { oparlSystem } from '#lib/server/oparl/bodies.js';
import { oparlResponse } from '#lib/server/oparl/http.js';
import type { RequestHandler } from './$types';

/** The OParl System: the entry point from which a client discovers everything else. */
export const GET: RequestHandler = ({ url }) => oparlResponse(oparlSystem(url.origin));
