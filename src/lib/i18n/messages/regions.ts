import { defineMessages } from '../define';

/** The regions of the installation and the national role. */
export default defineMessages({
	fi: {
		'admin.nav.regions': 'Alueet',
		'admin.regions.title': 'Alueet',
		'admin.regions.intro':
			'Kaikki asennuksen alueet. Jokaisella alueella on omat organisaationsa, toimielimensä ja käyttäjänsä; alueen koordinaattorit näkevät vain oman alueensa.',
		'admin.regions.caption': 'Asennuksen alueet',
		'admin.regions.slug': 'Osoitetunnus',
		'admin.regions.population': 'Asukasluku',
		'admin.regions.comparable': 'Vertailukelpoinen',
		'admin.regions.organisations': 'Organisaatioita',
		'admin.regions.populationUnknown': 'ei tiedossa',
		'admin.regions.create': 'Lisää alue',
		'admin.regions.createIntro':
			'Alueelle luodaan samalla sen hyvinvointialueen organisaatio ja vuosikello tälle ja ensi vuodelle. Osoitetunnus muodostetaan nimestä.',
		'admin.regions.name': 'Alueen nimi',
		'admin.regions.comparableHint':
			'Vertailukelpoinen alue verrataan muihin kansallisessa tilannekuvassa (Helsinki ei ole, koska sen rakenne on toinen).',
		'admin.regions.created': 'Alue {name} lisätty.',
		'admin.regions.nameTaken':
			'Asennuksessa on jo tämänniminen alue tai alue, jolla on sama osoitetunnus.',
		'validation.positiveInteger': 'Anna positiivinen kokonaisluku.',
		'admin.users.nationalRole': 'Kansallinen rooli',
		'admin.users.nationalRoleBadge': 'kansallinen rooli',
		'admin.users.nationalRoleInfo':
			'Kansallinen rooli on tilannekuvan ylläpitäjille, esimerkiksi verkostojärjestöjen neuvottelukunnalle: he laativat vuosittaisen kyselyn ja näkevät alueiden vastaukset. Rooli ei anna pääsyä minkään alueen kokouksiin, muistioihin tai hakemuksiin.',
		'admin.users.nationalRoleOn': 'Käyttäjällä on kansallinen rooli.',
		'admin.users.nationalRoleOff': 'Käyttäjällä ei ole kansallista roolia.',
		'admin.users.grantNationalRole': 'Anna kansallinen rooli',
		'admin.users.removeNationalRole': 'Poista kansallinen rooli',
		'admin.users.nationalRoleGranted': 'Kansallinen rooli annettu.',
		'admin.users.nationalRoleRemoved': 'Kansallinen rooli poistettu.',
		'audit.action.region.created': 'Alue lisätty',
		'audit.action.user.nationalRoleGranted': 'Kansallinen rooli annettu',
		'audit.action.user.nationalRoleRemoved': 'Kansallinen rooli poistettu',
		'forbidden.region.create': 'Alueita lisäävät vain pääkäyttäjät.',
		'demo.account.national':
			'kansallinen rooli: verkostojärjestöjen neuvottelukunnan kehittäjä, Kymenlaakson järjestöverkosto'
	},
	sv: {
		'admin.nav.regions': 'Områden',
		'admin.regions.title': 'Områden',
		'admin.regions.intro':
			'Alla områden i installationen. Varje område har sina egna organisationer, organ och användare; områdets koordinatorer ser bara sitt eget område.',
		'admin.regions.caption': 'Installationens områden',
		'admin.regions.slug': 'Adressnamn',
		'admin.regions.population': 'Invånarantal',
		'admin.regions.comparable': 'Jämförbart',
		'admin.regions.organisations': 'Organisationer',
		'admin.regions.populationUnknown': 'okänt',
		'admin.regions.create': 'Lägg till område',
		'admin.regions.createIntro':
			'Samtidigt skapas områdets välfärdsområde som organisation och årsklockan för i år och nästa år. Adressnamnet bildas av namnet.',
		'admin.regions.name': 'Områdets namn',
		'admin.regions.comparableHint':
			'Ett jämförbart område jämförs med de andra i den nationella lägesbilden (Helsingfors är det inte, eftersom dess struktur är en annan).',
		'admin.regions.created': 'Området {name} har lagts till.',
		'admin.regions.nameTaken':
			'Installationen har redan ett område med detta namn eller med samma adressnamn.',
		'validation.positiveInteger': 'Ange ett positivt heltal.',
		'admin.users.nationalRole': 'Nationell roll',
		'admin.users.nationalRoleBadge': 'nationell roll',
		'admin.users.nationalRoleInfo':
			'Den nationella rollen är för dem som sköter lägesbilden, till exempel nätverksorganisationernas delegation: de utarbetar den årliga enkäten och ser områdenas svar. Rollen ger ingen tillgång till något områdes möten, protokoll eller ansökningar.',
		'admin.users.nationalRoleOn': 'Användaren har den nationella rollen.',
		'admin.users.nationalRoleOff': 'Användaren har inte den nationella rollen.',
		'admin.users.grantNationalRole': 'Ge den nationella rollen',
		'admin.users.removeNationalRole': 'Ta bort den nationella rollen',
		'admin.users.nationalRoleGranted': 'Den nationella rollen har getts.',
		'admin.users.nationalRoleRemoved': 'Den nationella rollen har tagits bort.',
		'audit.action.region.created': 'Område tillagt',
		'audit.action.user.nationalRoleGranted': 'Nationell roll given',
		'audit.action.user.nationalRoleRemoved': 'Nationell roll borttagen',
		'forbidden.region.create': 'Endast huvudanvändare lägger till områden.',
		'demo.account.national':
			'nationell roll: utvecklare i nätverksorganisationernas delegation, organisationsnätverket i Kymmenedalen'
	},
	en: {
		'admin.nav.regions': 'Regions',
		'admin.regions.title': 'Regions',
		'admin.regions.intro':
			'Every region of the installation. Each region has its own organisations, bodies and users; a region’s coordinators see only their own region.',
		'admin.regions.caption': 'Regions of the installation',
		'admin.regions.slug': 'Address name',
		'admin.regions.population': 'Population',
		'admin.regions.comparable': 'Comparable',
		'admin.regions.organisations': 'Organisations',
		'admin.regions.populationUnknown': 'not known',
		'admin.regions.create': 'Add a region',
		'admin.regions.createIntro':
			'The region’s county organisation and its year calendar for this year and the next are created with it. The address name is made from the name.',
		'admin.regions.name': 'Name of the region',
		'admin.regions.comparableHint':
			'A comparable region is compared with the others in the national picture (Helsinki is not, as its structure differs).',
		'admin.regions.created': 'Region {name} added.',
		'admin.regions.nameTaken':
			'The installation already has a region of this name, or one with the same address name.',
		'validation.positiveInteger': 'Give a positive whole number.',
		'admin.users.nationalRole': 'National role',
		'admin.users.nationalRoleBadge': 'national role',
		'admin.users.nationalRoleInfo':
			'The national role is for those who run the situational picture, such as the advisory board of the NGO networks: they define the yearly survey and see the regions’ answers. It gives no access to any region’s meetings, minutes or applications.',
		'admin.users.nationalRoleOn': 'The user has the national role.',
		'admin.users.nationalRoleOff': 'The user does not have the national role.',
		'admin.users.grantNationalRole': 'Give the national role',
		'admin.users.removeNationalRole': 'Remove the national role',
		'admin.users.nationalRoleGranted': 'The national role was given.',
		'admin.users.nationalRoleRemoved': 'The national role was removed.',
		'audit.action.region.created': 'Region added',
		'audit.action.user.nationalRoleGranted': 'National role given',
		'audit.action.user.nationalRoleRemoved': 'National role removed',
		'forbidden.region.create': 'Only administrators add regions.',
		'demo.account.national':
			'national role: developer of the advisory board of the NGO networks, Kymenlaakso NGO network'
	}
});
