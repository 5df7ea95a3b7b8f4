import { describe, expect, it } from 'vitest';
import {
	decidedOutcome,
	decisionMinutesText,
	letterDate,
	proposalItemTitle,
	proposalMinutesText,
	reportDuties,
	type DecidedLine
} from './grant-minutes';

/** Amounts in Finnish put a no-break space between the thousands and before the euro sign. */
const nbsp = (text: string) => text.replaceAll(' ', '\u00a0');

describe('the proposal', () => {
	it('is titled by the call', () => {
		expect(proposalItemTitle('Toiminta-avustukset 2027')).toBe(
			'Järjestöavustusten myöntäminen: Toiminta-avustukset 2027'
		);
	});

	it('lists each applicant with its purpose and amount, the total against the appropriation, and the proposal', () => {
		expect(
			proposalMinutesText({
				callTitle: 'Toiminta-avustukset 2027',
				budgetYear: 2027,
				appropriationCents: 1_000_000,
				lines: [
					{ organisation: 'Kotikylän Martat ry', purpose: ' Vertaistukiryhmät ', cents: 500_050 },
					{ organisation: 'Pelastakaa Pihat ry', purpose: '  ', cents: 0 }
				]
			})
		).toBe(
			[
				'Hakuun Toiminta-avustukset 2027 saapui päätettäväksi 2 hakemusta. Avustuksia esitetään seuraavasti:',
				`Kotikylän Martat ry: Vertaistukiryhmät, ${nbsp('5 000,50 €')}`,
				`Pelastakaa Pihat ry, ${nbsp('0 €')} (ei myönnetä)`,
				`Esitetyt avustukset ovat yhteensä ${nbsp('5 000,50 €')}. Talousarvion määräraha vuodelle 2027 on ${nbsp('10 000 €')}.`,
				'Esitys: Järjestöavustukset myönnetään yllä olevan luettelon mukaisesti. Hakemukset, joille avustusta ei esitetä, hylätään.'
			].join('\n\n')
		);
	});

	const totalParagraph = (appropriationCents: number) =>
		proposalMinutesText({
			callTitle: 'Hankeavustukset 2027',
			budgetYear: 2027,
			appropriationCents,
			lines: [
				{ organisation: 'A ry', purpose: 'Kerho', cents: 300_000 },
				{ organisation: 'B ry', purpose: 'Leiri', cents: 200_000 }
			]
		}).split('\n\n')[3];

	it('says by how much a proposal goes beyond the appropriation, and says nothing when it fits exactly', () => {
		expect(totalParagraph(450_000)).toBe(
			`Esitetyt avustukset ovat yhteensä ${nbsp('5 000 €')}. Talousarvion määräraha vuodelle 2027 on ${nbsp('4 500 €')}. Esitys ylittää määrärahan ${nbsp('500 €')}.`
		);
		expect(totalParagraph(500_000)).toBe(
			`Esitetyt avustukset ovat yhteensä ${nbsp('5 000 €')}. Talousarvion määräraha vuodelle 2027 on ${nbsp('5 000 €')}.`
		);
	});
});

describe('the decision', () => {
	const line = (overrides: Partial<DecidedLine>): DecidedLine => ({
		organisation: 'Kotikylän Martat ry',
		purpose: 'Vertaistukiryhmät',
		cents: 500_000,
		proposedCents: 500_000,
		grounds: '',
		...overrides
	});

	it('says “as proposed” when the body changed nothing', () => {
		expect(
			decisionMinutesText([line({}), line({ organisation: 'B ry', cents: 0, proposedCents: 0 })])
		).toBe('Päätös: Toimielin myönsi avustukset esityksen mukaisesti.');
	});

	it('otherwise lists every amount, with the grounds where the body departed from the proposal', () => {
		expect(
			decisionMinutesText([
				line({ grounds: 'Ei muutosta, joten perustelua ei kirjata.' }),
				line({ organisation: 'B ry', cents: 200_000, proposedCents: 300_000, grounds: ' Säästö ' }),
				line({ organisation: 'C ry', cents: 0, proposedCents: 100_000, grounds: ' ' }),
				line({ organisation: 'D ry', purpose: 'Leiri', cents: 50_000, proposedCents: null })
			])
		).toBe(
			[
				'Päätös: Toimielin myönsi avustukset seuraavasti:',
				`Kotikylän Martat ry: Vertaistukiryhmät, ${nbsp('5 000 €')}`,
				`B ry: Vertaistukiryhmät, ${nbsp('2 000 €')}. Perustelu: Säästö`,
				`C ry: Vertaistukiryhmät, ${nbsp('0 €')} (ei myönnetä)`,
				`D ry: Leiri, ${nbsp('500 €')}`,
				`Myönnetyt avustukset ovat yhteensä ${nbsp('7 500 €')}.`
			].join('\n\n')
		);
	});

	it('reads each decided status as its outcome', () => {
		expect(decidedOutcome('granted')).toBe('granted');
		expect(decidedOutcome('partly_granted')).toBe('partly_granted');
		expect(decidedOutcome('rejected')).toBe('rejected');
	});
});

describe('the reporting duty', () => {
	it('asks for a final report by 31 January after the budget year, unless the call names a date', () => {
		expect(reportDuties({ basket: 'operating', budgetYear: 2027, reportDueOn: null })).toEqual([
			{ kind: 'final', dueOn: '2028-01-31' }
		]);
		expect(
			reportDuties({ basket: 'project', budgetYear: 2027, reportDueOn: '2028-03-31' })
		).toEqual([{ kind: 'final', dueOn: '2028-03-31' }]);
	});

	it('asks a partnership for an interim report at the end of August too', () => {
		expect(reportDuties({ basket: 'partnership', budgetYear: 2027, reportDueOn: null })).toEqual([
			{ kind: 'interim', dueOn: '2027-08-31' },
			{ kind: 'final', dueOn: '2028-01-31' }
		]);
	});

	it('dates the letter in the Finnish way', () => {
		expect(letterDate('2028-01-31')).toBe('31.1.2028');
		expect(letterDate('2027-12-31')).toBe('31.12.2027');
	});
});
