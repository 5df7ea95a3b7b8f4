import { json } from '@sveltejs/kit';
import { requireApiActor } from '$lib/kit/guard';
import { getDb } from '$lib/server/db/instance';
import { meetingsForApi } from '$lib/server/meetings/api';
import type { RequestHandler } from './$types';

/** Integration API: meetings the signed-in user may see (README). */
export const GET: RequestHandler = (event) => json(meetingsForApi(getDb(), requireApiActor(event), event.url.origin));
