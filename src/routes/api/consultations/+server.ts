import { json } from '@sveltejs/kit';
import { requireApiActor } from '$lib/kit/guard';
import { roundsForApi } from '$lib/server/consultations/api';
import { getDb } from '$lib/server/db/instance';
import type { RequestHandler } from './$types';

/** Integration API: consultation rounds the signed-in user may see (README). */
export const GET: RequestHandler = (event) => json(roundsForApi(getDb(), requireApiActor(event)));
