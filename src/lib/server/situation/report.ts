/**
 * A published year's picture as a PDF report, in the reader's language: the regions' table with
 * its figures and the totals, Helsinki marked not comparable, and the map's measures in words.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FIGURE_COLUMNS, type Totals } from '../../domain/situation-figures';
import { eurosText, figureText, percentText } from '../../i18n/situation-text';
import type { Translator } from '../../i18n/translator';
import { pdfmake } from '../pdf/pdfmake';
import type { Picture } from './picture';

export async function renderPictureReportPdf(picture: Picture, i18n: Translator): Promise<Buffer> {
	const title = i18n.t('picture.yearTitle', { year: picture.year });
	const euros = (eur: number | null, fractions = false) =>
		eur === null ? '' : eurosText(i18n, eur, fractions);
	const totalRow = (label: string, totals: Totals) => [
		{ text: label, bold: true },
		i18n.number(totals.population),
		euros(totals.ngoGrantsEur),
		euros(totals.grantsPerResident, true),
		euros(totals.steaEur),
		totals.steaChangePercent === null ? '' : percentText(i18n, totals.steaChangePercent),
		'',
		'',
		''
	];
	const definition: TDocumentDefinitions = {
		pageSize: 'A4',
		pageOrientation: 'landscape',
		defaultStyle: { font: 'Roboto', fontSize: 8 },
		info: { title },
		content: [
			{ text: title, fontSize: 14, bold: true },
			{ text: i18n.t('picture.intro'), margin: [0, 4, 0, 10] },
			{
				table: {
					headerRows: 1,
					widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto'],
					body: [
						[
							i18n.t('picture.region'),
							i18n.t('picture.population'),
							i18n.t('picture.ngoGrants'),
							i18n.t('picture.grantsPerResident'),
							i18n.t('picture.stea', { year: picture.year }),
							i18n.t('picture.steaChange'),
							i18n.t('picture.countyStructure'),
							i18n.t('picture.cooperationDocument'),
							i18n.t('picture.hyteNegotiations')
						].map((text) => ({ text, bold: true })),
						...picture.regions.map((r) => [
							r.comparable ? r.name : `${r.name} (${i18n.t('picture.notComparable')})`,
							r.population === null ? '' : i18n.number(r.population),
							...FIGURE_COLUMNS.map((column) => figureText(i18n, column, r.figures))
						]),
						totalRow(i18n.t('picture.totalComparable'), picture.totals.comparable),
						totalRow(i18n.t('picture.totalAll'), picture.totals.all)
					]
				},
				layout: 'lightHorizontalLines'
			},
			{ text: i18n.t('picture.notComparableNote'), margin: [0, 8, 0, 0] }
		]
	};
	return pdfmake.createPdf(definition).getBuffer();
}
