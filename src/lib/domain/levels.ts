/**
 * The four levels of cooperation, from the top down. Order matters: the
 * structure diagram and every grouped list follow it.
 */
export const LEVELS = ['strategic', 'operational', 'coordinator_network', 'forum'] as const;
export type Level = (typeof LEVELS)[number];

export interface CadenceTarget {
	min: number;
	max: number;
}

/** Meetings a year that each level aims for (docs/domain.md, "The four levels"). */
export const DEFAULT_CADENCE: Record<Level, CadenceTarget> = {
	strategic: { min: 1, max: 2 },
	operational: { min: 2, max: 3 },
	coordinator_network: { min: 6, max: 8 },
	forum: { min: 1, max: 2 }
};

/** Coordinator networks write their minutes together; other bodies leave it to the officers. */
export function defaultMembersCoEditMinutes(level: Level): boolean {
	return level === 'coordinator_network';
}
