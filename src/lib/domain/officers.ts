/**
 * The meeting's own officers: who chaired it (for the whole meeting or for
 * single items), who kept the minutes, and so who signs them. By default the
 * body's chair chairs (the vice chair when the chair is away) and the body's
 * secretary keeps the minutes; the secretary records otherwise, as in
 * "varapuheenjohtaja toimi puheenjohtajana asian 5 käsittelyn ajan".
 */
import type { ApproverRole } from './record';

export const OFFICER_DUTIES = ['chair', 'secretary'] as const;
export type OfficerDuty = (typeof OFFICER_DUTIES)[number];

/** A row of the meeting's attendance, as far as officers are concerned. */
export interface Attendee {
	id: number;
	userId: number | null;
	name: string;
	/** The person's role in the body (chair, vice_chair, secretary, member, guest), or null for other participants. */
	role: string | null;
	status: string | null;
}

/** A duty the secretary recorded; `itemKey` null means the whole meeting. */
export interface RecordedDuty {
	attendanceId: number;
	duty: OfficerDuty;
	itemKey: string | null;
}

export interface ChairTurn<A extends Attendee = Attendee> {
	person: A;
	/** The items this person chaired, in agenda order; null for the whole meeting (except items chaired by others). */
	items: { key: string; number: number }[] | null;
}

export interface MeetingOfficers<A extends Attendee = Attendee> {
	chairedBy: ChairTurn<A>[];
	secretary: A | null;
}

const isAway = (a: Attendee) => a.status === 'absent' || a.status === 'excused';

function byBodyRole<A extends Attendee>(attendees: readonly A[], role: string): A | undefined {
	return attendees.find((a) => a.role === role);
}

/** The body's chair unless marked away, then the vice chair unless away, else the chair anyway (the secretary corrects it). */
export function defaultChair<A extends Attendee>(attendees: readonly A[]): A | null {
	const chair = byBodyRole(attendees, 'chair');
	const vice = byBodyRole(attendees, 'vice_chair');
	if (chair && !isAway(chair)) return chair;
	if (vice && !isAway(vice)) return vice;
	return chair ?? vice ?? null;
}

/**
 * Who chaired and who kept the minutes, from what was recorded and the
 * defaults. Item chairs that are the meeting's chair anyway, or refer to items
 * or people no longer there, are left out.
 */
export function meetingOfficers<A extends Attendee>(
	attendees: readonly A[],
	recorded: readonly RecordedDuty[],
	items: readonly { key: string }[]
): MeetingOfficers<A> {
	const person = (id: number) => attendees.find((a) => a.id === id);
	const wholeMeeting = (duty: OfficerDuty) => {
		const row = recorded.find((r) => r.duty === duty && r.itemKey === null);
		return row ? person(row.attendanceId) : undefined;
	};
	const chair = wholeMeeting('chair') ?? defaultChair(attendees);
	const secretary = wholeMeeting('secretary') ?? byBodyRole(attendees, 'secretary') ?? null;

	const turns = new Map<number, ChairTurn<A>>();
	items.forEach((item, index) => {
		const row = recorded.find((r) => r.duty === 'chair' && r.itemKey === item.key);
		const itemChair = row ? person(row.attendanceId) : undefined;
		if (!itemChair || itemChair.id === chair?.id) return;
		const turn = turns.get(itemChair.id) ?? { person: itemChair, items: [] };
		turn.items!.push({ key: item.key, number: index + 1 });
		turns.set(itemChair.id, turn);
	});
	return {
		chairedBy: [...(chair ? [{ person: chair, items: null }] : []), ...turns.values()],
		secretary
	};
}

/**
 * Who signs the minutes: everyone who chaired, the secretary and the minute
 * checkers, each once (with their first duty) and only those with an account.
 */
export function approversOf<A extends Attendee>(
	officers: MeetingOfficers<A>,
	checkers: readonly { userId: number; name: string }[]
): { userId: number; name: string; role: ApproverRole }[] {
	const candidates = [
		...officers.chairedBy.map((turn) => ({
			userId: turn.person.userId,
			name: turn.person.name,
			role: 'chair' as const
		})),
		...(officers.secretary
			? [
					{
						userId: officers.secretary.userId,
						name: officers.secretary.name,
						role: 'secretary' as const
					}
				]
			: []),
		...checkers.map((c) => ({ ...c, role: 'checker' as const }))
	];
	const seen = new Set<number>();
	return candidates.flatMap((c) => {
		if (c.userId === null || seen.has(c.userId)) return [];
		seen.add(c.userId);
		return [{ userId: c.userId, name: c.name, role: c.role }];
	});
}

/**
 * What the record says beside a person's name about their duties, when it
 * differs from their role in the body: "toimi puheenjohtajana", "toimi
 * puheenjohtajana asioiden 5 ja 6 käsittelyn ajan", "toimi sihteerinä".
 */
export function dutyWording(attendee: Attendee, officers: MeetingOfficers): string {
	const phrases: string[] = [];
	const turn = officers.chairedBy.find((t) => t.person.id === attendee.id);
	if (turn?.items) {
		const numbers = turn.items.map((i) => String(i.number));
		const list =
			numbers.length === 1
				? `asian ${numbers[0]}`
				: `asioiden ${numbers.slice(0, -1).join(', ')} ja ${numbers.at(-1)}`;
		phrases.push(`toimi puheenjohtajana ${list} käsittelyn ajan`);
	} else if (turn && attendee.role !== 'chair') {
		phrases.push('toimi puheenjohtajana');
	}
	if (officers.secretary?.id === attendee.id && attendee.role !== 'secretary')
		phrases.push('toimi sihteerinä');
	return phrases.join(', ');
}
