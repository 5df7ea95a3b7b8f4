/** The picture's figures as a page shows them, in the reader's language. */
import { formatEuros } from '../domain/grants';
import type { FigureColumn, MeasureClass, RegionFigures } from '../domain/situation-figures';
import { MEASURE_KEYS, type AnswerValue } from '../domain/survey';
import type { MessageKey, Translator } from './translator';

const OPTION_PREFIX = {
	countyStructure: 'picture.structure',
	cooperationDocument: 'picture.document',
	hyteNegotiations: 'picture.hyte'
} as const;

function optionText(i18n: Translator, column: keyof typeof OPTION_PREFIX, option: string): string {
	return i18n.t(`${OPTION_PREFIX[column]}.${option}` as MessageKey);
}

/** Euros as the picture shows them: whole euros as such, an amount per resident with its cents. */
export const eurosText = (i18n: Pick<Translator, 'locale'>, eur: number, fractions = false) =>
	fractions
		? new Intl.NumberFormat(i18n.locale, {
				style: 'currency',
				currency: 'EUR',
				minimumFractionDigits: 2,
				maximumFractionDigits: 2
			}).format(eur)
		: formatEuros(Math.round(eur * 100), i18n.locale);

/** A change in per cent with its sign: "−19,3 %". */
export function percentText(i18n: Translator, percent: number): string {
	return new Intl.NumberFormat(i18n.locale, {
		style: 'percent',
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero'
	}).format(percent / 100);
}

/** One figure of a region as text; "no data" without one. */
export function figureText(i18n: Translator, column: FigureColumn, figures: RegionFigures): string {
	const value = figures[column];
	if (value === null) return i18n.t('picture.noValue');
	if (column in OPTION_PREFIX) {
		return optionText(i18n, column as keyof typeof OPTION_PREFIX, String(value));
	}
	if (column === 'steaChangePercent') return percentText(i18n, value as number);
	return eurosText(i18n, value as number, column === 'grantsPerResident');
}

/** A class of the map's legend as text: a range of the measure, or an option. */
export function classText(
	i18n: Translator,
	measure: FigureColumn,
	measureClass: MeasureClass
): string {
	if (measureClass.kind === 'option') {
		return optionText(i18n, measure as keyof typeof OPTION_PREFIX, measureClass.option);
	}
	const end = (n: number) =>
		measure === 'steaChangePercent' ? percentText(i18n, n) : eurosText(i18n, n, true);
	return `${end(measureClass.from)} – ${end(measureClass.to)}`;
}

/** A region's answer as the region's page shows it; the HYTE negotiations' options in words. */
export function answerDisplay(
	i18n: Translator,
	key: string,
	value: AnswerValue | undefined
): string {
	if (!value) return '';
	const named = (state: string, name: string) => (name ? `${state}: ${name}` : state);
	switch (value.kind) {
		case 'money':
			return formatEuros(value.cents, i18n.locale);
		case 'number':
			return i18n.number(value.number);
		case 'choice':
			return key === MEASURE_KEYS.hyteNegotiations
				? optionText(i18n, 'hyteNegotiations', value.choice)
				: value.choice;
		case 'choices':
			return value.choices.join(', ');
		case 'text':
			return value.text;
		case 'structure':
			return named(optionText(i18n, 'countyStructure', value.structure), value.name);
		case 'document':
			return named(optionText(i18n, 'cooperationDocument', value.state), value.name);
	}
}
