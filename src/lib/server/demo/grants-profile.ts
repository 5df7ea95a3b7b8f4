/**
 * The demo NGOs' profiles: fictional business IDs (in the 99… range, not
 * issued) and Finnish IBANs with valid check digits, board members and
 * contact people with invented names, and the county's verification before
 * last year's call opened. Kuusirinteen Kisa-Nuoret ry has since merged with
 * another club (`seedDemoMerger`), so it waits for a new check: it can draft,
 * not submit.
 */
import type { OrganisationPersonRole, RecordLanguage } from '../../domain/organisation-profile';
import type { Actor } from '../../domain/policy';
import type { Db } from '../db/client';
import { addPerson, saveProfile, verifyProfile } from '../organisations/profile';
import { DEMO_ORGANISATIONS, type DemoOrganisationKey, type DemoPersonKey } from './data';

interface DemoProfile {
	ngo: DemoOrganisationKey;
	/** Who keeps the profile and whom the county confirms as the contact. */
	contact: DemoPersonKey;
	businessId: string;
	registerNumber: string;
	iban: string;
	language: RecordLanguage;
	address: string;
	board: { name: string; role: OrganisationPersonRole }[];
}

const PROFILES: DemoProfile[] = [
	{
		ngo: 'mentalHealth',
		contact: 'ngo',
		businessId: '9910012-3',
		registerNumber: '201.455',
		iban: 'FI81 5799 0020 1843 12',
		language: 'fi',
		address: 'Torikatu 21 B, 80100 Joensuu',
		board: [
			{ name: 'Helka Rautiainen', role: 'chair' },
			{ name: 'Oskari Lipponen', role: 'board_member' },
			{ name: 'Tiina Karvinen', role: 'board_member' }
		]
	},
	{
		ngo: 'villages',
		contact: 'villagesChair',
		businessId: '9910023-8',
		registerNumber: '187.302',
		iban: 'FI67 1144 3000 7281 53',
		language: 'fi',
		address: 'Kyläraitti 4, 81700 Lieksa',
		board: [{ name: 'Väinö Hirvonen', role: 'board_member' }]
	},
	{
		ngo: 'seniors',
		contact: 'seniorsChair',
		businessId: '9910034-2',
		registerNumber: '164.918',
		iban: 'FI79 5055 0120 0938 47',
		language: 'fi',
		address: 'Vaarantie 12, 83500 Outokumpu',
		board: [{ name: 'Aino Pesonen', role: 'board_member' }]
	},
	{
		ngo: 'carers',
		contact: 'carersChair',
		businessId: '9910045-7',
		registerNumber: '176.540',
		iban: 'FI55 4710 0010 3965 21',
		language: 'fi',
		address: 'Kotikyläntie 3, 82200 Hammaslahti',
		board: [{ name: 'Margit Lindqvist', role: 'board_member' }]
	},
	{
		ngo: 'families',
		contact: 'familiesDirector',
		businessId: '9910056-1',
		registerNumber: '210.077',
		iban: 'FI64 8000 1470 2516 98',
		language: 'fi',
		address: 'Kauppakatu 30, 80100 Joensuu',
		board: [{ name: 'Jari Turunen', role: 'chair' }]
	},
	{
		ngo: 'sportsClub',
		contact: 'sportsClubCoach',
		businessId: '9910067-6',
		registerNumber: '198.233',
		iban: 'FI28 5640 0040 1177 30',
		language: 'fi',
		address: 'Urheilutie 2, 81100 Kontiolahti',
		board: [{ name: 'Mikko Ryynänen', role: 'chair' }]
	},
	{
		// Swedish-speaking: its letters and messages are in Swedish (grants-documents.ts).
		ngo: 'gemenskap',
		contact: 'gemenskapChair',
		businessId: '9910078-0',
		registerNumber: '221.640',
		iban: 'FI36 4055 0012 3456 78',
		language: 'sv',
		address: 'Torikatu 9, 80100 Joensuu',
		board: [{ name: 'Henrik Forsman', role: 'board_member' }]
	}
];

export function seedDemoProfiles(
	db: Db,
	coordinator: Actor,
	actorOf: (key: DemoPersonKey) => Actor,
	orgId: (key: DemoOrganisationKey) => number,
	verifiedAt: Date
): void {
	for (const p of PROFILES) {
		const contact = actorOf(p.contact);
		const organisationId = orgId(p.ngo);
		saveProfile(db, contact, organisationId, profileInput(p), verifiedAt);
		for (const person of p.board) addPerson(db, contact, organisationId, { ...person, email: '' });
		verifyProfile(
			db,
			coordinator,
			organisationId,
			{ contactUserId: contact.userId, note: 'Tarkistettu yhdistysrekisteristä (PRH).' },
			verifiedAt
		);
	}
}

/**
 * After its application this autumn the sports club merged with another club:
 * its new register number asks for a new check (`saveProfile` clears the
 * verification), so its next application waits as a draft.
 */
export function seedDemoMerger(
	db: Db,
	actorOf: (key: DemoPersonKey) => Actor,
	orgId: (key: DemoOrganisationKey) => number,
	now: Date
): void {
	const club = PROFILES.find((p) => p.ngo === 'sportsClub')!;
	saveProfile(
		db,
		actorOf(club.contact),
		orgId(club.ngo),
		{ ...profileInput(club), registerNumber: '224.610' },
		now
	);
}

function profileInput(p: DemoProfile) {
	return {
		businessId: p.businessId,
		registerNumber: p.registerNumber,
		iban: p.iban,
		language: p.language,
		email: `toimisto@${DEMO_ORGANISATIONS[p.ngo].domain}`,
		phone: '',
		address: p.address
	};
}
