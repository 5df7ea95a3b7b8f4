/**
 * The demo region's content. Organisations may be real; every person is fictional, and no name
 * may come from the source documents in seeds/ (checked when the names were picked).
 */
import type { Level } from '../../domain/levels';
import type { BodyRole, Language, OrganisationKind, SiteRole } from '../../domain/roles';

export const DEMO_REGION = {
	name: 'Pohjois-Karjalan hyvinvointialue',
	slug: 'pohjois-karjala'
} as const;

export interface DemoOrganisation {
	name: string;
	kind: OrganisationKind;
	/** Mail domain of the organisation's people (all under the reserved .example TLD). */
	domain: string;
}

export const DEMO_ORGANISATIONS = {
	county: { name: 'Pohjois-Karjalan hyvinvointialue', kind: 'county', domain: 'pkhva.example' },
	joensuu: { name: 'Joensuun kaupunki', kind: 'municipality', domain: 'joensuu.example' },
	heinavesi: { name: 'Heinäveden kunta', kind: 'municipality', domain: 'heinavesi.example' },
	ilomantsi: { name: 'Ilomantsin kunta', kind: 'municipality', domain: 'ilomantsi.example' },
	juuka: { name: 'Juuan kunta', kind: 'municipality', domain: 'juuka.example' },
	kitee: { name: 'Kiteen kaupunki', kind: 'municipality', domain: 'kitee.example' },
	kontiolahti: { name: 'Kontiolahden kunta', kind: 'municipality', domain: 'kontiolahti.example' },
	lieksa: { name: 'Lieksan kaupunki', kind: 'municipality', domain: 'lieksa.example' },
	liperi: { name: 'Liperin kunta', kind: 'municipality', domain: 'liperi.example' },
	nurmes: { name: 'Nurmeksen kaupunki', kind: 'municipality', domain: 'nurmes.example' },
	outokumpu: { name: 'Outokummun kaupunki', kind: 'municipality', domain: 'outokumpu.example' },
	polvijarvi: { name: 'Polvijärven kunta', kind: 'municipality', domain: 'polvijarvi.example' },
	raakkyla: { name: 'Rääkkylän kunta', kind: 'municipality', domain: 'raakkyla.example' },
	tohmajarvi: { name: 'Tohmajärven kunta', kind: 'municipality', domain: 'tohmajarvi.example' },
	// Invented NGOs: plausible names, no real association behind them.
	seniors: { name: 'Ylävaaran Seniorit ry', kind: 'ngo', domain: 'ylavaaranseniorit.example' },
	sportsClub: { name: 'Kuusirinteen Kisa-Nuoret ry', kind: 'ngo', domain: 'kisanuoret.example' },
	mentalHealth: { name: 'Mielenvireä Karjala ry', kind: 'ngo', domain: 'mielenvirea.example' },
	villages: { name: 'Rajakylien Kyläverkosto ry', kind: 'ngo', domain: 'rajakylat.example' },
	families: { name: 'Perheapila Pohjois-Karjala ry', kind: 'ngo', domain: 'perheapila.example' },
	carers: { name: 'Kotikylän Omaishoitajat ry', kind: 'ngo', domain: 'kotikylanomaiset.example' },
	gemenskap: { name: 'Föreningen Gemenskap rf', kind: 'ngo', domain: 'gemenskap.example' },
	// The regional NGO networks' advisory board, who run the national picture's yearly survey.
	advisoryBoard: {
		name: 'Alueellisten järjestöverkostojen neuvottelukunta',
		kind: 'ngo',
		domain: 'neuvottelukunta.example'
	},
	parish: {
		name: 'Joensuun ev.-lut. seurakuntayhtymä',
		kind: 'parish',
		domain: 'joensuunseurakunnat.example'
	},
	karelia: {
		name: 'Karelia-ammattikorkeakoulu',
		kind: 'other_public',
		domain: 'karelia-amk.example'
	}
} as const satisfies Record<string, DemoOrganisation>;

export type DemoOrganisationKey = keyof typeof DEMO_ORGANISATIONS;

export interface DemoPerson {
	name: string;
	title: string;
	organisation: DemoOrganisationKey;
	/** Only the demo accounts set this; everyone else gets firstname.lastname@<org domain>. */
	email?: string;
	siteRole?: SiteRole;
	language?: Language;
	/** Runs the national situational picture (user.national_role). */
	nationalRole?: boolean;
}

export const DEMO_PEOPLE = {
	// The five demo accounts shown on the login page.
	admin: {
		name: 'Tuomas Pesonen',
		title: 'järjestelmäpääkäyttäjä',
		organisation: 'county',
		email: 'admin@yhdyspinta.example',
		siteRole: 'admin'
	},
	coordinator: {
		name: 'Hanna Kettunen',
		title: 'hyvinvointikoordinaattori',
		organisation: 'county',
		email: 'koordinaattori@yhdyspinta.example',
		siteRole: 'coordinator'
	},
	director: {
		name: 'Markku Honkanen',
		title: 'kunnanjohtaja',
		organisation: 'liperi',
		email: 'kunnanjohtaja@yhdyspinta.example'
	},
	secretary: {
		name: 'Satu Ryynänen',
		title: 'hallintopäällikkö',
		organisation: 'county',
		email: 'sihteeri@yhdyspinta.example'
	},
	ngo: {
		name: 'Leena Ahonen',
		title: 'toiminnanjohtaja',
		organisation: 'mentalHealth',
		email: 'jarjesto@yhdyspinta.example'
	},

	// County leadership and staff.
	countyDirector: {
		name: 'Jukka Pelkonen',
		title: 'hyvinvointialuejohtaja',
		organisation: 'county'
	},
	strategyDirector: { name: 'Riitta Kähkönen', title: 'strategiajohtaja', organisation: 'county' },
	boardChair: {
		name: 'Pekka Tolvanen',
		title: 'aluehallituksen puheenjohtaja',
		organisation: 'county'
	},
	hyteManager: { name: 'Marja Sallinen', title: 'HYTE-päällikkö', organisation: 'county' },
	partnershipManager: {
		name: 'Anu Heiskanen',
		title: 'kumppanuuspäällikkö',
		organisation: 'county'
	},
	ngoCoordinator: {
		name: 'Sanna Kononen',
		title: 'järjestökoordinaattori',
		organisation: 'county'
	},
	familyCentreCoordinator: {
		name: 'Elina Partanen',
		title: 'perhekeskuskoordinaattori',
		organisation: 'county'
	},
	// They check and approve grant payment batches, so they coordinate the region's grants.
	financeManager: {
		name: 'Paula Hirvonen',
		title: 'talouspäällikkö',
		organisation: 'county',
		siteRole: 'coordinator'
	},
	financeController: {
		name: 'Ville Karjalainen',
		title: 'controller',
		organisation: 'county',
		siteRole: 'coordinator'
	},

	// Municipal directors.
	joensuuDirector: { name: 'Kari Vatanen', title: 'kaupunginjohtaja', organisation: 'joensuu' },
	heinavesiDirector: {
		name: 'Antti Kemppainen',
		title: 'kunnanjohtaja',
		organisation: 'heinavesi'
	},
	ilomantsiDirector: { name: 'Ari Puustinen', title: 'kunnanjohtaja', organisation: 'ilomantsi' },
	kiteeDirector: { name: 'Heikki Lipponen', title: 'kaupunginjohtaja', organisation: 'kitee' },
	kontiolahtiDirector: {
		name: 'Minna Rönkkö',
		title: 'kunnanjohtaja',
		organisation: 'kontiolahti'
	},
	lieksaDirector: { name: 'Timo Hakkarainen', title: 'kaupunginjohtaja', organisation: 'lieksa' },
	nurmesDirector: { name: 'Ville Karvinen', title: 'kaupunginjohtaja', organisation: 'nurmes' },
	outokumpuDirector: {
		name: 'Paula Räsänen',
		title: 'kaupunginjohtaja',
		organisation: 'outokumpu'
	},
	polvijarviDirector: { name: 'Jari Kokkonen', title: 'kunnanjohtaja', organisation: 'polvijarvi' },
	tohmajarviDirector: { name: 'Sari Hyvönen', title: 'kunnanjohtaja', organisation: 'tohmajarvi' },

	// Municipal wellbeing coordinators; small municipalities share one (noted per person).
	joensuuCoordinator: {
		name: 'Johanna Tiihonen',
		title: 'hyvinvointikoordinaattori',
		organisation: 'joensuu'
	},
	// Kitee, Rääkkylä and Tohmajärvi.
	kiteeCoordinator: { name: 'Katja Mononen', title: 'HYTE-koordinaattori', organisation: 'kitee' },
	// Lieksa, Nurmes and Juuka.
	lieksaCoordinator: {
		name: 'Tiina Hämäläinen',
		title: 'hyvinvointikoordinaattori',
		organisation: 'lieksa'
	},
	// Kontiolahti, Polvijärvi and Outokumpu.
	kontiolahtiCoordinator: {
		name: 'Mikko Laasonen',
		title: 'HYTE-koordinaattori',
		organisation: 'kontiolahti'
	},
	// Liperi and Heinävesi.
	liperiCoordinator: {
		name: 'Noora Eronen',
		title: 'hyvinvointikoordinaattori',
		organisation: 'liperi'
	},
	ilomantsiPlanner: {
		name: 'Kirsi Väisänen',
		title: 'hyvinvointisuunnittelija',
		organisation: 'ilomantsi'
	},

	// The national picture's account: defines, opens and publishes the yearly survey.
	national: {
		name: 'Kaisa Vuorela',
		title: 'neuvottelukunnan pääsihteeri',
		organisation: 'advisoryBoard',
		email: 'kansallinen@yhdyspinta.example',
		nationalRole: true
	},
	// NGOs, the parish and the university of applied sciences.
	// The demo NGO account's colleague: they write its draft application together.
	ngoColleague: {
		name: 'Eveliina Kärki',
		title: 'järjestösuunnittelija',
		organisation: 'mentalHealth'
	},
	seniorsChair: { name: 'Raimo Kiiskinen', title: 'puheenjohtaja', organisation: 'seniors' },
	gemenskapChair: { name: 'Ulrika Lindqvist', title: 'ordförande', organisation: 'gemenskap' },
	sportsClubCoach: {
		name: 'Janne Tanskanen',
		title: 'nuorisotoiminnan vastaava',
		organisation: 'sportsClub'
	},
	villagesChair: { name: 'Eila Nevalainen', title: 'puheenjohtaja', organisation: 'villages' },
	familiesDirector: {
		name: 'Outi Kärkkäinen',
		title: 'toiminnanjohtaja',
		organisation: 'families'
	},
	carersChair: { name: 'Seppo Hakulinen', title: 'puheenjohtaja', organisation: 'carers' },
	parishDeacon: { name: 'Anneli Mustonen', title: 'diakoniajohtaja', organisation: 'parish' },
	kareliaExpert: {
		name: 'Linnea Sjöberg',
		title: 'TKI-asiantuntija',
		organisation: 'karelia',
		language: 'sv'
	}
} as const satisfies Record<string, DemoPerson>;

export type DemoPersonKey = keyof typeof DEMO_PEOPLE;

export interface DemoBody {
	name: string;
	level: Level;
	description: string;
	public?: boolean;
	/** A record, so that nobody can be listed twice in one body. */
	members: Partial<Record<DemoPersonKey, BodyRole>>;
}

export const DEMO_BODIES: readonly DemoBody[] = [
	{
		name: 'HYTE-neuvottelut (strateginen taso)',
		level: 'strategic',
		description:
			'Hyvinvointialueen ja kuntien johdon vuosittaiset HYTE-neuvottelut. Niissä muodostetaan yhteinen tilannekuva ja sovitaan hyvinvoinnin ja terveyden edistämisen tavoitteista ja panostuksista osana talousarviota ja tilinpäätöstä.',
		members: {
			countyDirector: 'chair',
			joensuuDirector: 'vice_chair',
			hyteManager: 'secretary',
			boardChair: 'member',
			strategyDirector: 'member',
			director: 'member',
			heinavesiDirector: 'member',
			kiteeDirector: 'member',
			kontiolahtiDirector: 'member',
			lieksaDirector: 'member',
			polvijarviDirector: 'member'
		}
	},
	{
		name: 'Kuntayhteistyöryhmä',
		level: 'operational',
		description:
			'Hyvinvointialueen ja kuntien operatiivinen yhteistyöryhmä, joka kokoontuu 2–3 kertaa vuodessa. Ryhmä jakaa tilannekuvan ja indikaattoritiedon, levittää hyviä käytäntöjä ja sovittaa yhteen HYTE-vuosikellot.',
		members: {
			strategyDirector: 'chair',
			outokumpuDirector: 'vice_chair',
			secretary: 'secretary',
			coordinator: 'member',
			director: 'member',
			hyteManager: 'member',
			ilomantsiDirector: 'member',
			nurmesDirector: 'member',
			tohmajarviDirector: 'member',
			joensuuCoordinator: 'member'
		}
	},
	{
		name: 'Hyvinvointikoordinaattoriverkosto',
		level: 'coordinator_network',
		description:
			'Hyvinvointialueen ja kuntien hyvinvointikoordinaattoreiden verkosto, joka sovittaa yhteen alueellisen ja kuntien hyvinvointikertomukset ja -suunnitelmat. Verkosto valmistelee yhdessä strategisen tason HYTE-neuvottelut.',
		members: {
			hyteManager: 'chair',
			joensuuCoordinator: 'vice_chair',
			coordinator: 'secretary',
			kiteeCoordinator: 'member',
			lieksaCoordinator: 'member',
			kontiolahtiCoordinator: 'member',
			liperiCoordinator: 'member',
			ilomantsiPlanner: 'member',
			ngoCoordinator: 'member'
		}
	},
	{
		name: 'HYTE-foorumi',
		level: 'forum',
		description:
			'Hyvinvointialueen, kuntien, järjestöjen, seurakuntien ja muiden toimijoiden yhteinen foorumi. Siinä kuullaan ja työstetään hyvinvointikertomuksia ja -suunnitelmia, ja kentän tieto ja asiakaskokemus välittyvät valmisteluun.',
		members: {
			partnershipManager: 'chair',
			seniorsChair: 'vice_chair',
			ngoCoordinator: 'secretary',
			ngo: 'member',
			sportsClubCoach: 'member',
			villagesChair: 'member',
			familiesDirector: 'member',
			parishDeacon: 'member',
			kiteeCoordinator: 'member',
			kareliaExpert: 'guest'
		}
	},
	{
		name: 'Järjestöasiain neuvottelukunta JANE',
		level: 'forum',
		description:
			'Järjestöjen neuvottelukunta, joka tuo järjestöjen näkemykset hyvinvointialueen valmisteluun. Se kommentoi hyvinvointisuunnitelmia sekä järjestöjen toimintaedellytysten tukemista, kuten avustusten periaatteita.',
		members: {
			familiesDirector: 'chair',
			villagesChair: 'vice_chair',
			ngoCoordinator: 'secretary',
			seniorsChair: 'member',
			carersChair: 'member',
			sportsClubCoach: 'member',
			partnershipManager: 'member'
		}
	},
	{
		name: 'Perhekeskusverkosto',
		level: 'forum',
		description:
			'Perhekeskustoimijoiden verkosto, jossa hyvinvointialue, kunnat, järjestöt ja seurakunnat kehittävät yhdessä lapsiperheiden tukea.',
		// A working network, not public: shows how non-public bodies look.
		public: false,
		members: {
			familyCentreCoordinator: 'chair',
			familiesDirector: 'vice_chair',
			kontiolahtiCoordinator: 'secretary',
			lieksaCoordinator: 'member',
			parishDeacon: 'member'
		}
	}
];
