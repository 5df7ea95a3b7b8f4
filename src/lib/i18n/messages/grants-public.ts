import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'publicGrants.title': 'Myönnetyt järjestöavustukset',
		'publicGrants.intro':
			'Hyvinvointialueiden myöntämät järjestöavustukset: saaja, käyttötarkoitus, summa, avustuskori ja päätös. Hakemukset ja niiden arvioinnit eivät ole julkisia.',
		'publicGrants.region': 'Hyvinvointialue',
		'publicGrants.allRegions': 'Kaikki alueet',
		'publicGrants.year': 'Vuosi',
		'publicGrants.allYears': 'Kaikki vuodet',
		'publicGrants.show': 'Näytä',
		'publicGrants.none': 'Valinnoilla ei löytynyt myönnettyjä avustuksia.',
		'publicGrants.summary':
			'{count, plural, one {# avustus} other {# avustusta}}, yhteensä {total}.',
		'publicGrants.csv': 'Lataa lista CSV-tiedostona',
		'publicGrants.figures': 'Avustukset lukuina',
		'publicGrants.archiveIntro':
			'Kuka sai avustusta, mihin ja kuinka paljon: hyvinvointialueiden myöntämät järjestöavustukset listana ja lukuina.',
		'publicGrants.recipient': 'Saaja',
		'publicGrants.purpose': 'Käyttötarkoitus',
		'publicGrants.basket': 'Avustuskori',
		'publicGrants.amount': 'Myönnetty',
		'publicGrants.decision': 'Päätös',
		'grantFigures.title': 'Järjestöavustukset lukuina',
		'grantFigures.intro':
			'Hyvinvointialueen avustusmäärärahat ja myönnetyt avustukset vuosittain avustuskoreittain ja toimintaluokittain. Luvuissa ovat mukana vain haut, joista on jo päätetty.',
		'grantFigures.heading': '{region}, vuosi {year}',
		'grantFigures.appropriation': 'Määräraha',
		'grantFigures.applied': 'Haettu',
		'grantFigures.granted': 'Myönnetty',
		'grantFigures.applications': 'Hakemukset',
		'grantFigures.applicationsValue':
			'{applications, plural, one {# hakemus} other {# hakemusta}}, joista myönteisiä {granted}; haettu yhteensä {applied}',
		'grantFigures.perResident': 'Euroa asukasta kohden',
		'grantFigures.perResidentValue': '{amount} (asukkaita {population})',
		'grantFigures.noPopulation': 'Alueen asukaslukua ei ole tiedossa.',
		'grantFigures.noBaskets': 'Alueella ei ole vielä avustuskoreja.',
		'grantFigures.byBasket': 'Avustuskoreittain',
		'grantFigures.byBasketCaption': 'Määräraha, haettu ja myönnetty avustuskoreittain {year}',
		'grantFigures.byClass': 'Toimintaluokittain',
		'grantFigures.byClassCaption': 'Myönnetyt avustukset toimintaluokittain {year}',
		'grantFigures.noClasses': 'Vuodelta ei ole vielä myönnettyjä avustuksia.',
		'grantFigures.activityClass': 'Toimintaluokka'
	},
	sv: {
		'publicGrants.title': 'Beviljade understöd till organisationer',
		'publicGrants.intro':
			'Understöd som välfärdsområdena har beviljat organisationer: mottagare, ändamål, belopp, understödskorg och beslut. Ansökningarna och bedömningarna är inte offentliga.',
		'publicGrants.region': 'Välfärdsområde',
		'publicGrants.allRegions': 'Alla områden',
		'publicGrants.year': 'År',
		'publicGrants.allYears': 'Alla år',
		'publicGrants.show': 'Visa',
		'publicGrants.none': 'Inga beviljade understöd motsvarar valen.',
		'publicGrants.summary':
			'{count, plural, one {# understöd} other {# understöd}}, sammanlagt {total}.',
		'publicGrants.csv': 'Ladda ner listan som CSV-fil',
		'publicGrants.figures': 'Understöden i siffror',
		'publicGrants.archiveIntro':
			'Vem fick understöd, för vad och hur mycket: understöden som välfärdsområdena har beviljat organisationer, som lista och i siffror.',
		'publicGrants.recipient': 'Mottagare',
		'publicGrants.purpose': 'Ändamål',
		'publicGrants.basket': 'Understödskorg',
		'publicGrants.amount': 'Beviljat',
		'publicGrants.decision': 'Beslut',
		'grantFigures.title': 'Understöden till organisationer i siffror',
		'grantFigures.intro':
			'Välfärdsområdets anslag och beviljade understöd per år, per understödskorg och verksamhetsklass. Endast ansökningsomgångar som redan har avgjorts räknas med.',
		'grantFigures.heading': '{region}, år {year}',
		'grantFigures.appropriation': 'Anslag',
		'grantFigures.applied': 'Sökt',
		'grantFigures.granted': 'Beviljat',
		'grantFigures.applications': 'Ansökningar',
		'grantFigures.applicationsValue':
			'{applications, plural, one {# ansökan} other {# ansökningar}}, varav {granted} beviljade; sökt sammanlagt {applied}',
		'grantFigures.perResident': 'Euro per invånare',
		'grantFigures.perResidentValue': '{amount} ({population} invånare)',
		'grantFigures.noPopulation': 'Områdets invånarantal är inte känt.',
		'grantFigures.noBaskets': 'Området har ännu inga understödskorgar.',
		'grantFigures.byBasket': 'Per understödskorg',
		'grantFigures.byBasketCaption': 'Anslag, sökt och beviljat per understödskorg {year}',
		'grantFigures.byClass': 'Per verksamhetsklass',
		'grantFigures.byClassCaption': 'Beviljade understöd per verksamhetsklass {year}',
		'grantFigures.noClasses': 'Inga understöd har ännu beviljats för året.',
		'grantFigures.activityClass': 'Verksamhetsklass'
	},
	en: {
		'publicGrants.title': 'NGO grants awarded',
		'publicGrants.intro':
			'Grants the wellbeing services counties have awarded to NGOs: recipient, purpose, amount, basket and decision. Applications and their assessments are not public.',
		'publicGrants.region': 'Wellbeing services county',
		'publicGrants.allRegions': 'All regions',
		'publicGrants.year': 'Year',
		'publicGrants.allYears': 'All years',
		'publicGrants.show': 'Show',
		'publicGrants.none': 'No awarded grants match the choices.',
		'publicGrants.summary': '{count, plural, one {# grant} other {# grants}}, {total} in total.',
		'publicGrants.csv': 'Download the list as CSV',
		'publicGrants.figures': 'Grants in figures',
		'publicGrants.archiveIntro':
			'Who received a grant, for what and how much: the grants the counties have awarded to NGOs, as a list and in figures.',
		'publicGrants.recipient': 'Recipient',
		'publicGrants.purpose': 'Purpose',
		'publicGrants.basket': 'Basket',
		'publicGrants.amount': 'Awarded',
		'publicGrants.decision': 'Decision',
		'grantFigures.title': 'NGO grants in figures',
		'grantFigures.intro':
			"The county's grant appropriations and awarded grants per year, by basket and activity class. Only calls already decided are counted.",
		'grantFigures.heading': '{region}, {year}',
		'grantFigures.appropriation': 'Appropriation',
		'grantFigures.applied': 'Applied for',
		'grantFigures.granted': 'Awarded',
		'grantFigures.applications': 'Applications',
		'grantFigures.applicationsValue':
			'{applications, plural, one {# application} other {# applications}}, {granted} awarded; {applied} applied for in total',
		'grantFigures.perResident': 'Euros per resident',
		'grantFigures.perResidentValue': '{amount} ({population} residents)',
		'grantFigures.noPopulation': "The region's population is not known.",
		'grantFigures.noBaskets': 'The region has no grant baskets yet.',
		'grantFigures.byBasket': 'By basket',
		'grantFigures.byBasketCaption': 'Appropriation, applied for and awarded by basket, {year}',
		'grantFigures.byClass': 'By activity class',
		'grantFigures.byClassCaption': 'Awarded grants by activity class, {year}',
		'grantFigures.noClasses': 'No grants have been awarded for the year yet.',
		'grantFigures.activityClass': 'Activity class'
	}
});
