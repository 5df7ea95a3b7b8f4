import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE, LEVELS, defaultMembersCoEditMinutes } from './levels';

describe('the four levels', () => {
	it('run from the strategic level down to the forums', () => {
		expect(LEVELS).toEqual(['strategic', 'operational', 'coordinator_network', 'forum']);
	});

	it('aim for their yearly meetings: 1–2 strategic, 2–3 operational, 6–8 network, 1–2 forum', () => {
		expect(DEFAULT_CADENCE).toEqual({
			strategic: { min: 1, max: 2 },
			operational: { min: 2, max: 3 },
			coordinator_network: { min: 6, max: 8 },
			forum: { min: 1, max: 2 }
		});
	});

	it('let the members of a new coordinator network co-edit its minutes, and leave them to the officers elsewhere', () => {
		expect(LEVELS.filter(defaultMembersCoEditMinutes)).toEqual(['coordinator_network']);
	});
});
