import type { CadenceProblem } from '../domain/cadence';
import type { Translator } from '../i18n';

/** A cadence shortfall in the reader's language; dates in the Finnish numeric form. */
export function cadenceProblemText(
	problem: CadenceProblem,
	i18n: Pick<Translator, 'tKey' | 'date'>
): string {
	const params: Record<string, string | number> = { ...problem.params };
	if ('date' in problem.params) params.date = i18n.date(new Date(problem.params.date));
	return i18n.tKey(`cadence.problem.${problem.code}`, params);
}

/** "Hyvinvointikoordinaattoriverkosto: 4 / 6–8 kokousta suunniteltu", or the body's name and "on track". */
export function cadenceMessage(
	bodyName: string,
	problems: readonly CadenceProblem[],
	i18n: Pick<Translator, 't' | 'tKey' | 'date'>
): string {
	const text =
		problems.length === 0
			? i18n.t('calendar.cadence.ok')
			: problems.map((p) => cadenceProblemText(p, i18n)).join('; ');
	return `${bodyName}: ${text}`;
}
