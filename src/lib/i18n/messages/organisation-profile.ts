import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'orgProfile.title': 'Yhdistyksen tiedot',
		'orgProfile.intro':
			'Yhdistyksen perustiedot annetaan kerran, ja ne tulevat mukaan jokaiseen avustushakemukseen. Tiedot näkevät yhdistyksen omat käyttäjät ja hyvinvointialueen avustusten käsittelijät.',
		'orgProfile.link': 'Yhdistyksen tiedot',
		'orgProfile.saved': 'Tiedot tallennettiin.',
		'orgProfile.facts': 'Perustiedot',
		'orgProfile.businessId': 'Y-tunnus',
		'orgProfile.businessIdHint': 'Muodossa 1234567-8.',
		'orgProfile.registerNumber': 'Yhdistysrekisterinumero',
		'orgProfile.iban': 'Tilinumero (IBAN)',
		'orgProfile.ibanHint': 'Avustus maksetaan tälle tilille. Esimerkiksi FI21 1234 5600 0007 85.',
		'orgProfile.language': 'Asiointikieli',
		'orgProfile.languageHint': 'Päätökset ja viestit lähetetään tällä kielellä.',
		'orgProfile.language.fi': 'suomi',
		'orgProfile.language.sv': 'ruotsi',
		'orgProfile.email': 'Sähköposti',
		'orgProfile.phone': 'Puhelin',
		'orgProfile.address': 'Postiosoite',
		'orgProfile.save': 'Tallenna tiedot',
		'orgProfile.notGiven': 'ei annettu',
		'orgProfile.validation.businessId':
			'Y-tunnus ei ole oikein. Tarkista numerot ja tarkistusmerkki (muoto 1234567-8).',
		'orgProfile.validation.iban':
			'Tilinumero ei ole oikein. Tarkista IBAN-numero tiliotteelta tai verkkopankista.',
		'orgProfile.verification': 'Alueen tarkistus',
		'orgProfile.verified': 'Tarkistettu {date}, tarkisti {name}.',
		'orgProfile.verifiedNoName': 'Tarkistettu {date}.',
		'orgProfile.unverified':
			'Hyvinvointialue ei ole vielä tarkistanut yhdistyksen tietoja yhdistysrekisteristä. Hakemuksen voi kirjoittaa valmiiksi, mutta sen voi lähettää vasta tarkistuksen jälkeen.',
		'orgProfile.verify.heading': 'Tarkista yhdistys',
		'orgProfile.verify.intro':
			'Tarkista yhdistyksen tiedot ja yhteyshenkilö yhdistysrekisteristä. Tarkistuksesta jää merkintä: kuka tarkisti ja milloin.',
		'orgProfile.verify.contact': 'Yhteyshenkilö',
		'orgProfile.verify.contactHint':
			'Yhteyshenkilö nimeää ne yhdistyksen käyttäjät, jotka voivat hakea ja raportoida yhdistyksen puolesta.',
		'orgProfile.verify.note': 'Merkintä tarkistuksesta',
		'orgProfile.verify.noteHint': 'Esimerkiksi mistä tiedot tarkistettiin.',
		'orgProfile.verify.submit': 'Merkitse tarkistetuksi',
		'orgProfile.verify.again': 'Tarkista uudelleen',
		'orgProfile.verify.done': 'Yhdistys merkittiin tarkistetuksi.',
		'orgProfile.verify.noUsers':
			'Yhdistyksellä ei ole vielä käyttäjiä, joten yhteyshenkilöä ei voi vahvistaa.',
		'orgProfile.people.heading': 'Hallitus ja yhteyshenkilöt',
		'orgProfile.people.none': 'Hallitusta tai yhteyshenkilöitä ei ole vielä kerrottu.',
		'orgProfile.people.name': 'Nimi',
		'orgProfile.people.role': 'Tehtävä',
		'orgProfile.people.email': 'Sähköposti',
		'orgProfile.people.emailHint':
			'Jos henkilö käyttää palvelua samalla sähköpostiosoitteella, tiedot yhdistetään.',
		'orgProfile.people.linked': 'käyttää palvelua',
		'orgProfile.people.add': 'Lisää henkilö',
		'orgProfile.people.addHeading': 'Lisää hallituksen jäsen tai yhteyshenkilö',
		'orgProfile.people.remove': 'Poista {name}',
		'orgProfile.people.added': 'Henkilö lisättiin.',
		'orgProfile.people.removed': 'Henkilö poistettiin.',
		'orgProfile.role.chair': 'puheenjohtaja',
		'orgProfile.role.board_member': 'hallituksen jäsen',
		'orgProfile.role.contact': 'yhteyshenkilö',
		'orgProfile.acting.heading': 'Ketkä toimivat yhdistyksen puolesta',
		'orgProfile.acting.all':
			'Kaikki yhdistyksen käyttäjät voivat hakea ja raportoida yhdistyksen puolesta, kunnes alueen vahvistama yhteyshenkilö nimeää heidät.',
		'orgProfile.acting.intro':
			'Nämä henkilöt voivat hakea avustusta ja raportoida yhdistyksen puolesta. Muut yhdistyksen käyttäjät näkevät hakemukset.',
		'orgProfile.acting.contact': 'vahvistettu yhteyshenkilö',
		'orgProfile.acting.colleague': 'yhteyshenkilön nimeämä',
		'orgProfile.acting.name': 'Nimeä henkilö',
		'orgProfile.acting.who': 'Yhdistyksen käyttäjä',
		'orgProfile.acting.submit': 'Nimeä',
		'orgProfile.acting.remove': 'Poista {name} nimetyistä',
		'orgProfile.acting.named': 'Henkilö nimettiin toimimaan yhdistyksen puolesta.',
		'orgProfile.acting.removed': 'Henkilön oikeus toimia yhdistyksen puolesta poistettiin.',
		'orgProfile.submit.unverified':
			'Hakemusta ei voi vielä lähettää, koska hyvinvointialue ei ole tarkistanut yhdistyksen tietoja. Hakemus on tallennettu luonnoksena. Pyydä tarkistusta avustusten käsittelijältä.',
		'orgProfile.application.heading': 'Hakijan tiedot',
		'orgProfile.application.fromProfile': 'Tiedot tulevat yhdistyksen tiedoista.',
		'audit.action.organisation.verified': 'Yhdistys tarkistettiin',
		'audit.action.organisation.representativeNamed':
			'Yhdistyksen puolesta toimiva henkilö nimettiin',
		'audit.action.organisation.representativeRemoved':
			'Yhdistyksen puolesta toimiva henkilö poistettiin'
	},
	sv: {
		'orgProfile.title': 'Föreningens uppgifter',
		'orgProfile.intro':
			'Föreningens grunduppgifter ges en gång och följer med varje ansökan om understöd. Uppgifterna syns för föreningens egna användare och för välfärdsområdets handläggare av understöd.',
		'orgProfile.link': 'Föreningens uppgifter',
		'orgProfile.saved': 'Uppgifterna sparades.',
		'orgProfile.facts': 'Grunduppgifter',
		'orgProfile.businessId': 'FO-nummer',
		'orgProfile.businessIdHint': 'I formen 1234567-8.',
		'orgProfile.registerNumber': 'Föreningsregisternummer',
		'orgProfile.iban': 'Kontonummer (IBAN)',
		'orgProfile.ibanHint':
			'Understödet betalas till detta konto. Till exempel FI21 1234 5600 0007 85.',
		'orgProfile.language': 'Kontaktspråk',
		'orgProfile.languageHint': 'Beslut och meddelanden skickas på detta språk.',
		'orgProfile.language.fi': 'finska',
		'orgProfile.language.sv': 'svenska',
		'orgProfile.email': 'E-post',
		'orgProfile.phone': 'Telefon',
		'orgProfile.address': 'Postadress',
		'orgProfile.save': 'Spara uppgifterna',
		'orgProfile.notGiven': 'inte angivet',
		'orgProfile.validation.businessId':
			'FO-numret stämmer inte. Kontrollera siffrorna och kontrolltecknet (formen 1234567-8).',
		'orgProfile.validation.iban':
			'Kontonumret stämmer inte. Kontrollera IBAN-numret på kontoutdraget eller i nätbanken.',
		'orgProfile.verification': 'Områdets kontroll',
		'orgProfile.verified': 'Kontrollerad {date} av {name}.',
		'orgProfile.verifiedNoName': 'Kontrollerad {date}.',
		'orgProfile.unverified':
			'Välfärdsområdet har ännu inte kontrollerat föreningens uppgifter i föreningsregistret. Ansökan kan skrivas färdigt, men den kan skickas först efter kontrollen.',
		'orgProfile.verify.heading': 'Kontrollera föreningen',
		'orgProfile.verify.intro':
			'Kontrollera föreningens uppgifter och kontaktperson i föreningsregistret. Kontrollen antecknas: vem som kontrollerade och när.',
		'orgProfile.verify.contact': 'Kontaktperson',
		'orgProfile.verify.contactHint':
			'Kontaktpersonen utser de användare i föreningen som får ansöka och rapportera för föreningen.',
		'orgProfile.verify.note': 'Anteckning om kontrollen',
		'orgProfile.verify.noteHint': 'Till exempel var uppgifterna kontrollerades.',
		'orgProfile.verify.submit': 'Markera som kontrollerad',
		'orgProfile.verify.again': 'Kontrollera på nytt',
		'orgProfile.verify.done': 'Föreningen markerades som kontrollerad.',
		'orgProfile.verify.noUsers':
			'Föreningen har ännu inga användare, så ingen kontaktperson kan bekräftas.',
		'orgProfile.people.heading': 'Styrelse och kontaktpersoner',
		'orgProfile.people.none': 'Styrelse eller kontaktpersoner har ännu inte angetts.',
		'orgProfile.people.name': 'Namn',
		'orgProfile.people.role': 'Uppdrag',
		'orgProfile.people.email': 'E-post',
		'orgProfile.people.emailHint':
			'Om personen använder tjänsten med samma e-postadress kopplas uppgifterna ihop.',
		'orgProfile.people.linked': 'använder tjänsten',
		'orgProfile.people.add': 'Lägg till person',
		'orgProfile.people.addHeading': 'Lägg till styrelsemedlem eller kontaktperson',
		'orgProfile.people.remove': 'Ta bort {name}',
		'orgProfile.people.added': 'Personen lades till.',
		'orgProfile.people.removed': 'Personen togs bort.',
		'orgProfile.role.chair': 'ordförande',
		'orgProfile.role.board_member': 'styrelsemedlem',
		'orgProfile.role.contact': 'kontaktperson',
		'orgProfile.acting.heading': 'Vem som agerar för föreningen',
		'orgProfile.acting.all':
			'Alla föreningens användare kan ansöka och rapportera för föreningen tills den kontaktperson som området bekräftat utser dem.',
		'orgProfile.acting.intro':
			'Dessa personer kan ansöka om understöd och rapportera för föreningen. Föreningens övriga användare ser ansökningarna.',
		'orgProfile.acting.contact': 'bekräftad kontaktperson',
		'orgProfile.acting.colleague': 'utsedd av kontaktpersonen',
		'orgProfile.acting.name': 'Utse en person',
		'orgProfile.acting.who': 'Föreningens användare',
		'orgProfile.acting.submit': 'Utse',
		'orgProfile.acting.remove': 'Ta bort {name} från de utsedda',
		'orgProfile.acting.named': 'Personen utsågs att agera för föreningen.',
		'orgProfile.acting.removed': 'Personens rätt att agera för föreningen togs bort.',
		'orgProfile.submit.unverified':
			'Ansökan kan inte skickas ännu, eftersom välfärdsområdet inte har kontrollerat föreningens uppgifter. Ansökan har sparats som utkast. Be handläggaren av understöd om en kontroll.',
		'orgProfile.application.heading': 'Sökandens uppgifter',
		'orgProfile.application.fromProfile': 'Uppgifterna kommer från föreningens uppgifter.',
		'audit.action.organisation.verified': 'Föreningen kontrollerades',
		'audit.action.organisation.representativeNamed': 'En person utsågs att agera för föreningen',
		'audit.action.organisation.representativeRemoved':
			'En person togs bort från dem som agerar för föreningen'
	},
	en: {
		'orgProfile.title': 'Organisation profile',
		'orgProfile.intro':
			"The organisation's details are given once and go with every grant application. They are seen by the organisation's own users and the region's grant handlers.",
		'orgProfile.link': 'Organisation profile',
		'orgProfile.saved': 'The details were saved.',
		'orgProfile.facts': 'Details',
		'orgProfile.businessId': 'Business ID (Y-tunnus)',
		'orgProfile.businessIdHint': 'As 1234567-8.',
		'orgProfile.registerNumber': 'Association register number',
		'orgProfile.iban': 'Bank account (IBAN)',
		'orgProfile.ibanHint': 'The grant is paid to this account. For example FI21 1234 5600 0007 85.',
		'orgProfile.language': 'Language',
		'orgProfile.languageHint': 'Decisions and messages are sent in this language.',
		'orgProfile.language.fi': 'Finnish',
		'orgProfile.language.sv': 'Swedish',
		'orgProfile.email': 'Email',
		'orgProfile.phone': 'Phone',
		'orgProfile.address': 'Postal address',
		'orgProfile.save': 'Save the details',
		'orgProfile.notGiven': 'not given',
		'orgProfile.validation.businessId':
			'The business ID is not right. Check the digits and the check digit (as 1234567-8).',
		'orgProfile.validation.iban':
			'The bank account is not right. Check the IBAN on a statement or in your online bank.',
		'orgProfile.verification': "The region's check",
		'orgProfile.verified': 'Checked on {date} by {name}.',
		'orgProfile.verifiedNoName': 'Checked on {date}.',
		'orgProfile.unverified':
			"The region has not yet checked the organisation's details against the association register. An application can be drafted, but it can be sent only after the check.",
		'orgProfile.verify.heading': 'Check the organisation',
		'orgProfile.verify.intro':
			"Check the organisation's details and its contact person against the association register. The check is recorded: who checked and when.",
		'orgProfile.verify.contact': 'Contact person',
		'orgProfile.verify.contactHint':
			"The contact person names the organisation's users who may apply and report for it.",
		'orgProfile.verify.note': 'Note on the check',
		'orgProfile.verify.noteHint': 'For example, where the details were checked.',
		'orgProfile.verify.submit': 'Mark as checked',
		'orgProfile.verify.again': 'Check again',
		'orgProfile.verify.done': 'The organisation was marked as checked.',
		'orgProfile.verify.noUsers':
			'The organisation has no users yet, so no contact person can be confirmed.',
		'orgProfile.people.heading': 'Board and contact people',
		'orgProfile.people.none': 'No board members or contact people have been given yet.',
		'orgProfile.people.name': 'Name',
		'orgProfile.people.role': 'Role',
		'orgProfile.people.email': 'Email',
		'orgProfile.people.emailHint':
			'If the person uses the service with the same email address, the two are linked.',
		'orgProfile.people.linked': 'uses the service',
		'orgProfile.people.add': 'Add person',
		'orgProfile.people.addHeading': 'Add a board member or contact person',
		'orgProfile.people.remove': 'Remove {name}',
		'orgProfile.people.added': 'The person was added.',
		'orgProfile.people.removed': 'The person was removed.',
		'orgProfile.role.chair': 'chair',
		'orgProfile.role.board_member': 'board member',
		'orgProfile.role.contact': 'contact person',
		'orgProfile.acting.heading': 'Who acts for the organisation',
		'orgProfile.acting.all':
			"All the organisation's users may apply and report for it until the contact person confirmed by the region names them.",
		'orgProfile.acting.intro':
			"These people may apply for grants and report for the organisation. The organisation's other users see the applications.",
		'orgProfile.acting.contact': 'confirmed contact person',
		'orgProfile.acting.colleague': 'named by the contact person',
		'orgProfile.acting.name': 'Name a person',
		'orgProfile.acting.who': "The organisation's user",
		'orgProfile.acting.submit': 'Name',
		'orgProfile.acting.remove': 'Remove {name} from those named',
		'orgProfile.acting.named': 'The person was named to act for the organisation.',
		'orgProfile.acting.removed': "The person's right to act for the organisation was removed.",
		'orgProfile.submit.unverified':
			"The application cannot be sent yet, because the region has not checked the organisation's details. It has been kept as a draft. Ask the grant handler for a check.",
		'orgProfile.application.heading': 'The applicant',
		'orgProfile.application.fromProfile': "From the organisation's profile.",
		'audit.action.organisation.verified': 'Organisation checked',
		'audit.action.organisation.representativeNamed': 'Person named to act for the organisation',
		'audit.action.organisation.representativeRemoved':
			'Person removed from those acting for the organisation'
	}
});
