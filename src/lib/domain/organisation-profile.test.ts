import { describe, expect, it } from 'vitest';
import { onBoard } from './organisation-profile';

describe('onBoard', () => {
	it('counts the chair and the board members, not the contact people', () => {
		expect(onBoard('chair')).toBe(true);
		expect(onBoard('board_member')).toBe(true);
		expect(onBoard('contact')).toBe(false);
	});
});
