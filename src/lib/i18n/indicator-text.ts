import { changeUnit } from '../domain/indicators';
import type { Translator } from './translator';

/** "−0,7 %-yks.", "+12 henkilöä", "+3": a change with its sign and the unit a change is measured in. */
export function indicatorChange(change: number, unit: string, i18n: Pick<Translator, 't'>): string {
	return i18n.t('indicators.change', { kind: changeUnit(unit), change, unit: unit.trim() });
}
