import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'grantPaper.mark': 'Paperihakemus, kirjannut {name}, saapunut {date}',
		'grantPaper.heading': 'Kirjaa paperihakemus',
		'grantPaper.intro':
			'Kun yhdistys on lähettänyt hakemuksen paperilla, kirjaa se yhdistyksen puolesta: valitse yhdistys, merkitse saapumispäivä ja liitä skannattu hakemus. Sen jälkeen täytät hakemuksen tiedot samalla lomakkeella kuin yhdistys ja lähetät sen käsittelyyn.',
		'grantPaper.organisation': 'Hakijayhdistys',
		'grantPaper.organisationHint':
			'Vain hyvinvointialueen tarkistama yhdistys voi hakea. Tarkista yhdistys ensin sen tiedoista, jos sitä ei ole tarkistettu.',
		'grantPaper.unverifiedOption': '{name} (ei tarkistettu)',
		'grantPaper.missingOrganisation':
			'Jos yhdistys ei ole vielä palvelussa, lisää se ensin organisaatioihin.',
		'grantPaper.addOrganisation': 'Organisaatiot',
		'grantPaper.missingOrganisationAsk':
			'Jos yhdistys ei ole vielä palvelussa, pyydä alueen koordinaattoria lisäämään se.',
		'grantPaper.receivedOn': 'Saapumispäivä',
		'grantPaper.receivedOnHint':
			'Päivä, jona paperihakemus saapui. Määräaikaan mennessä saapunut hakemus voidaan kirjata myös hakuajan päätyttyä.',
		'grantPaper.scan': 'Skannattu hakemus',
		'grantPaper.scanHint': 'PDF-tiedosto tai kuva, enintään 20 Mt.',
		'grantPaper.submit': 'Kirjaa paperihakemus',
		'grantPaper.entered':
			'Paperihakemus on kirjattu. Täytä hakemuksen tiedot paperilta ja lähetä hakemus käsittelyyn.',
		'grantPaper.profileLink': 'Avaa yhdistyksen tiedot ja tarkista se',
		'grantPaper.unverified':
			'Yhdistystä ei ole tarkistettu. Tarkista yhdistys ja sen yhteyshenkilö yhdistysrekisteristä yhdistyksen tiedoissa ennen kuin kirjaat sen hakemuksen.',
		'grantPaper.exists':
			'Yhdistyksellä on jo hakemus tähän hakuun. Avaa se hakemusluettelosta tai pyydä yhdistystä perumaan se ensin.',
		'grantPaper.received.future': 'Saapumispäivä ei voi olla tulevaisuudessa.',
		'grantPaper.received.late':
			'Hakemus saapui hakuajan päättymisen jälkeen, joten sitä ei voi kirjata.',
		'grantPaper.scan.type': 'Skannatun hakemuksen pitää olla PDF-tiedosto tai kuva.',
		'grantApplications.files.kind.paper_scan': 'Skannattu paperihakemus',
		'audit.action.grantApplication.paperEntered': 'Paperihakemus kirjattu'
	},
	sv: {
		'grantPaper.mark': 'Pappersansökan, registrerad av {name}, inkommen {date}',
		'grantPaper.heading': 'Registrera en pappersansökan',
		'grantPaper.intro':
			'När en förening har skickat sin ansökan på papper registrerar du den för föreningens räkning: välj föreningen, ange ankomstdagen och bifoga den skannade ansökan. Därefter fyller du i ansökans uppgifter med samma formulär som föreningen och skickar den till behandling.',
		'grantPaper.organisation': 'Sökande förening',
		'grantPaper.organisationHint':
			'Endast en förening som välfärdsområdet har kontrollerat kan ansöka. Kontrollera föreningen först i dess uppgifter, om den inte är kontrollerad.',
		'grantPaper.unverifiedOption': '{name} (inte kontrollerad)',
		'grantPaper.missingOrganisation':
			'Om föreningen inte ännu finns i tjänsten, lägg först till den bland organisationerna.',
		'grantPaper.addOrganisation': 'Organisationer',
		'grantPaper.missingOrganisationAsk':
			'Om föreningen inte ännu finns i tjänsten, be områdets koordinator att lägga till den.',
		'grantPaper.receivedOn': 'Ankomstdag',
		'grantPaper.receivedOnHint':
			'Dagen då pappersansökan kom in. En ansökan som kom in inom tidsfristen kan registreras även efter att ansökningstiden har gått ut.',
		'grantPaper.scan': 'Skannad ansökan',
		'grantPaper.scanHint': 'PDF-fil eller bild, högst 20 MB.',
		'grantPaper.submit': 'Registrera pappersansökan',
		'grantPaper.entered':
			'Pappersansökan har registrerats. Fyll i ansökans uppgifter från papperet och skicka ansökan till behandling.',
		'grantPaper.profileLink': 'Öppna föreningens uppgifter och kontrollera den',
		'grantPaper.unverified':
			'Föreningen är inte kontrollerad. Kontrollera föreningen och dess kontaktperson mot föreningsregistret i föreningens uppgifter innan du registrerar dess ansökan.',
		'grantPaper.exists':
			'Föreningen har redan en ansökan i denna ansökningsomgång. Öppna den i ansökningslistan eller be föreningen att först återta den.',
		'grantPaper.received.future': 'Ankomstdagen kan inte vara i framtiden.',
		'grantPaper.received.late':
			'Ansökan kom in efter att ansökningstiden gått ut och kan därför inte registreras.',
		'grantPaper.scan.type': 'Den skannade ansökan ska vara en PDF-fil eller en bild.',
		'grantApplications.files.kind.paper_scan': 'Skannad pappersansökan',
		'audit.action.grantApplication.paperEntered': 'Pappersansökan registrerad'
	},
	en: {
		'grantPaper.mark': 'Paper application, entered by {name}, arrived on {date}',
		'grantPaper.heading': 'Enter a paper application',
		'grantPaper.intro':
			'When an organisation has sent its application on paper, enter it on its behalf: choose the organisation, record the day it arrived and attach the scanned application. Then fill in the application with the same form the organisation uses and send it for handling.',
		'grantPaper.organisation': 'Applicant organisation',
		'grantPaper.organisationHint':
			'Only an organisation the region has checked can apply. Check an unchecked organisation first on its profile.',
		'grantPaper.unverifiedOption': '{name} (not checked)',
		'grantPaper.missingOrganisation':
			'If the organisation is not in the service yet, add it first among the organisations.',
		'grantPaper.addOrganisation': 'Organisations',
		'grantPaper.missingOrganisationAsk':
			"If the organisation is not in the service yet, ask the region's coordinator to add it.",
		'grantPaper.receivedOn': 'Date received',
		'grantPaper.receivedOnHint':
			'The day the paper application arrived. An application that arrived by the deadline may be entered after the call has closed.',
		'grantPaper.scan': 'Scanned application',
		'grantPaper.scanHint': 'A PDF file or a picture, at most 20 MB.',
		'grantPaper.submit': 'Enter paper application',
		'grantPaper.entered':
			'The paper application has been entered. Fill in the application from the paper and send it for handling.',
		'grantPaper.profileLink': "Open the organisation's profile and check it",
		'grantPaper.unverified':
			"The organisation has not been checked. Check the organisation and its contact person against the association register on the organisation's profile before you enter its application.",
		'grantPaper.exists':
			'The organisation already has an application to this call. Open it from the list of applications, or ask the organisation to withdraw it first.',
		'grantPaper.received.future': 'The date received cannot be in the future.',
		'grantPaper.received.late':
			'The application arrived after the call closed, so it cannot be entered.',
		'grantPaper.scan.type': 'The scanned application must be a PDF file or a picture.',
		'grantApplications.files.kind.paper_scan': 'Scanned paper application',
		'audit.action.grantApplication.paperEntered': 'Paper application entered'
	}
});
