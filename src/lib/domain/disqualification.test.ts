import { describe, expect, it } from 'vitest';
import {
	applicantTie,
	applicantTies,
	barredApprovers,
	disqualificationSentence,
	isDisqualificationGround,
	preparerRefusal,
	suggestedGround,
	tieSpecification,
	visibleTieWarnings
} from './disqualification';

describe('disqualification sentence', () => {
	it('says it in the words of Finnish minutes, with the ground and its specification', () => {
		expect(
			disqualificationSentence({ name: 'Aino Esimerkki', ground: 'position', specification: '' })
		).toBe(
			'Aino Esimerkki ilmoitti olevansa esteellinen (yhteisöjäävi) eikä osallistunut asian käsittelyyn.'
		);
		expect(
			disqualificationSentence({
				name: 'Aino Esimerkki',
				ground: 'position',
				specification: ' hakijayhdistyksen hallituksen jäsen '
			})
		).toBe(
			'Aino Esimerkki ilmoitti olevansa esteellinen (yhteisöjäävi, hakijayhdistyksen hallituksen jäsen) eikä osallistunut asian käsittelyyn.'
		);
	});

	it('has a Swedish form for a Swedish record', () => {
		expect(
			disqualificationSentence(
				{ name: 'Anna Exempel', ground: 'close_relation', specification: '' },
				'sv'
			)
		).toBe('Anna Exempel anmälde jäv (släktskapsjäv) och deltog inte i behandlingen av ärendet.');
	});

	it('knows the grounds of the API contract and nothing else', () => {
		for (const ground of ['interest', 'position', 'close_relation', 'other'])
			expect(isDisqualificationGround(ground)).toBe(true);
		expect(isDisqualificationGround('board')).toBe(false);
	});
});

describe('who a disqualification bars from approving', () => {
	const signers = [
		{ userId: 1, role: 'chair' as const, chairedItemKeys: ['a', 'c'] },
		{ userId: 2, role: 'chair' as const, chairedItemKeys: ['b'] },
		{ userId: 3, role: 'secretary' as const, chairedItemKeys: [] },
		{ userId: 4, role: 'checker' as const, chairedItemKeys: [] },
		{ userId: 5, role: 'checker' as const, chairedItemKeys: [] }
	];

	it('bars a checker disqualified on any item: a checker vouches for every item', () => {
		expect(barredApprovers(signers, [{ userId: 4, itemKey: 'c' }])).toEqual([4]);
	});

	it('lets a chair sign when someone else chaired the item they were disqualified on', () => {
		expect(barredApprovers(signers, [{ userId: 1, itemKey: 'b' }])).toEqual([]);
		expect(barredApprovers(signers, [{ userId: 1, itemKey: 'a' }])).toEqual([1]);
	});

	it('lets the secretary sign as the keeper of the minutes, and ignores guests without an account', () => {
		expect(
			barredApprovers(signers, [
				{ userId: 3, itemKey: 'a' },
				{ userId: null, itemKey: 'a' }
			])
		).toEqual([]);
	});
});

describe('a tie to an applicant NGO', () => {
	it('finds a board seat first, then an account of the NGO, and suggests the ground', () => {
		const tie = (userOrganisationId: number | null, boardOrganisationIds: number[]) =>
			applicantTie({ userOrganisationId, applicantOrganisationId: 7, boardOrganisationIds });
		expect(tie(7, [7])).toBe('board');
		expect(tie(7, [])).toBe('organisation_member');
		expect(tie(null, [8])).toBeNull();
		expect(suggestedGround('board')).toBe('position');
		expect(suggestedGround('organisation_member')).toBe('interest');
		expect(suggestedGround(null)).toBe('other');
	});
});

describe('ties of the deciding body to the applicants', () => {
	it('pairs every tied person with every applicant they are tied to, each applicant once', () => {
		const people = [
			{ userId: 1, userOrganisationId: 50, boardOrganisationIds: [7, 8] },
			{ userId: 2, userOrganisationId: 7, boardOrganisationIds: [] },
			{ userId: 3, userOrganisationId: null, boardOrganisationIds: [9] }
		];
		expect(applicantTies(people, [7, 8, 7])).toEqual([
			{ userId: 1, applicantOrganisationId: 7, tie: 'board' },
			{ userId: 1, applicantOrganisationId: 8, tie: 'board' },
			{ userId: 2, applicantOrganisationId: 7, tie: 'organisation_member' }
		]);
		expect(applicantTies(people, [])).toEqual([]);
	});

	it('writes the tie into the declaration in Finnish, as the minutes are', () => {
		expect(tieSpecification('board', 'Föreningen Gemenskap rf')).toBe(
			'Föreningen Gemenskap rf, hallituksen jäsen'
		);
		expect(tieSpecification('organisation_member', 'Kyläyhdistys ry')).toBe(
			'Kyläyhdistys ry, jäsen'
		);
	});

	it('shows the secretary everyone’s warning and a member their own, until it is declared', () => {
		const warnings = [
			{ userId: 1, itemKey: 'a' },
			{ userId: 1, itemKey: 'b' },
			{ userId: 2, itemKey: 'a' }
		];
		const declared = [
			{ userId: 1, itemKey: 'b' },
			{ userId: null, itemKey: 'a' }
		];
		expect(visibleTieWarnings(warnings, declared, { userId: 9, seesAll: true })).toEqual([
			{ userId: 1, itemKey: 'a' },
			{ userId: 2, itemKey: 'a' }
		]);
		expect(visibleTieWarnings(warnings, declared, { userId: 2, seesAll: false })).toEqual([
			{ userId: 2, itemKey: 'a' }
		]);
		expect(visibleTieWarnings(warnings, [], { userId: 1, seesAll: false })).toEqual([
			{ userId: 1, itemKey: 'a' },
			{ userId: 1, itemKey: 'b' }
		]);
	});
});

describe('a handler tied to an applicant prepares the proposal', () => {
	it('answers every tie first, then leaves out what they are disqualified on', () => {
		expect(preparerRefusal([], [1, 2])).toBeNull();
		expect(
			preparerRefusal(
				[
					{ applicationId: 1, answer: 'confirmed' },
					{ applicationId: 2, answer: null }
				],
				[3]
			)
		).toBe('mustAnswer');
		const answered = [
			{ applicationId: 1, answer: 'confirmed' as const },
			{ applicationId: 2, answer: 'declared' as const }
		];
		expect(preparerRefusal(answered, [1, 3])).toBeNull();
		expect(preparerRefusal(answered, [3, 2])).toBe('disqualified');
	});
});
