/**
 * The OParl 1.1 objects this API outputs (https://oparl.org/spezifikation/),
 * only with the properties we fill, and how OParl writes types and dates.
 * Every URL is absolute (urls.ts).
 */
import { DateTime } from 'luxon';
import { ZONE } from '../../domain/time';

export type OParlTypeName =
	| 'System'
	| 'Body'
	| 'Organization'
	| 'Person'
	| 'Membership'
	| 'Meeting'
	| 'AgendaItem'
	| 'File'
	| 'Location';

export function oparlType(name: OParlTypeName): string {
	return `https://schema.oparl.org/1.1/${name}`;
}

/** "2026-03-01T12:00:00+02:00": OParl wants the offset, and Finnish readers expect Helsinki time. */
export function oparlDateTime(at: Date): string {
	return DateTime.fromJSDate(at, { zone: ZONE }).toISO({ suppressMilliseconds: true })!;
}

export function oparlDate(at: Date): string {
	return DateTime.fromJSDate(at, { zone: ZONE }).toISODate()!;
}

export interface OParlObject {
	id: string;
	type: string;
	created?: string;
	modified?: string;
	web?: string;
}

export interface OParlSystem extends OParlObject {
	oparlVersion: string;
	name: string;
	body: string;
	website: string;
}

export interface OParlBody extends OParlObject {
	system: string;
	name: string;
	organization: string;
	person: string;
	meeting: string;
	paper: string;
	legislativeTerm: [];
}

export interface OParlOrganization extends OParlObject {
	body: string;
	name: string;
	organizationType: string;
	classification: string;
	membership: string[];
	meeting: string;
}

export interface OParlMembership extends OParlObject {
	person: string;
	organization: string;
	role: string;
}

export interface OParlPerson extends OParlObject {
	body: string;
	name: string;
	membership: OParlMembership[];
}

export interface OParlLocation extends OParlObject {
	description: string;
	meetings: string[];
}

export interface OParlFile extends OParlObject {
	name: string;
	fileName?: string;
	mimeType: string;
	date?: string;
	size?: number;
	accessUrl: string;
	downloadUrl: string;
	meeting: string[];
	agendaItem?: string[];
}

export interface OParlAgendaItem extends OParlObject {
	meeting: string;
	number: string;
	order: number;
	name: string;
	public: boolean;
	result?: string;
	resolutionText?: string;
	auxiliaryFile?: OParlFile[];
}

export interface OParlMeeting extends OParlObject {
	name: string;
	start: string;
	end: string;
	location?: OParlLocation;
	organization: string[];
	resultsProtocol: OParlFile;
	auxiliaryFile: OParlFile[];
	agendaItem: OParlAgendaItem[];
}

/** An OParl external list, one page of it (spec, "Paginierung"). */
export interface OParlList<T> {
	data: T[];
	pagination: {
		totalElements: number;
		elementsPerPage: number;
		currentPage: number;
		totalPages: number;
	};
	links: { first: string; last: string; prev?: string; next?: string };
}
