/**
 * The assessments of a call as the deciding body's non-public attachment: per
 * applicant the amount asked, the mean score, how many assessed it, the
 * declared conflicts of interest, and the proposal.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatEuros } from '../../domain/grants';
import { pdfmake } from '../pdf/pdfmake';
import type { AssessmentSummary } from './decision-rows';

export interface SummaryRow {
	organisation: string;
	title: string;
	amountRequestedCents: number;
	proposedCents: number | null;
	summary: AssessmentSummary | null;
}

const euros = (cents: number | null) => (cents === null ? '–' : formatEuros(cents, 'fi-FI'));
const score = (mean: number | null | undefined) =>
	mean === null || mean === undefined ? '–' : mean.toFixed(2).replace('.', ',');

export async function renderAssessmentSummaryPdf(input: {
	callTitle: string;
	budgetYear: number;
	rows: readonly SummaryRow[];
}): Promise<Buffer> {
	const definition: TDocumentDefinitions = {
		pageSize: 'A4',
		pageOrientation: 'landscape',
		defaultStyle: { font: 'Roboto', fontSize: 9 },
		info: { title: `Arviointien yhteenveto: ${input.callTitle}` },
		content: [
			{ text: `Arviointien yhteenveto: ${input.callTitle}`, fontSize: 14, bold: true },
			{
				text: `Talousarviovuosi ${input.budgetYear}. Ei julkinen: hakemusten arvioinnit ovat päätöksenteon valmisteluaineistoa.`,
				margin: [0, 4, 0, 10]
			},
			{
				table: {
					headerRows: 1,
					widths: ['*', '*', 'auto', 'auto', 'auto', 'auto', 'auto'],
					body: [
						['Hakija', 'Toiminta', 'Haettu', 'Keskiarvo', 'Arvioijia', 'Esteellisiä', 'Esitys'].map(
							(text) => ({ text, bold: true })
						),
						...input.rows.map((r) => [
							r.organisation,
							r.title,
							euros(r.amountRequestedCents),
							score(r.summary?.mean),
							String(r.summary?.completed ?? 0),
							String(r.summary?.conflicts ?? 0),
							euros(r.proposedCents)
						])
					]
				},
				layout: 'lightHorizontalLines'
			}
		]
	};
	return pdfmake.createPdf(definition).getBuffer();
}
