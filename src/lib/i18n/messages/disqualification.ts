import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'disqualification.preparer.title': 'Sidoksesi hakijoihin',
		'disqualification.preparer.intro':
			'Sovelluksen tietojen mukaan olet sidoksissa näihin hakijoihin. Esteellinen ei saa valmistella eikä esitellä asiaa. Ilmoita esteellisyys tai vahvista, ettet ole esteellinen, ennen kuin tallennat ehdotuksen tai viet sen esityslistalle.',
		'disqualification.preparer.tie': '{organisation} ({tie}): {title}',
		'disqualification.preparer.declared':
			'Ilmoitit olevasi esteellinen ({ground}). Toinen käsittelijä valmistelee tämän hakemuksen ehdotuksen.',
		'disqualification.preparer.confirmFor': 'Vahvistan, etten ole esteellinen: {organisation}',
		'disqualification.preparer.declareFor': 'Ilmoita esteellisyys: {organisation}',
		'disqualification.preparer.answered': 'Vastauksesi on tallennettu.',
		'disqualification.preparer.disqualifiedRow': 'Esteellinen',
		'disqualification.mustAnswerProposal':
			'Ilmoita esteellisyys tai vahvista, ettet ole esteellinen, jokaisen hakijan kohdalla, johon olet sidoksissa, ennen kuin valmistelet ehdotuksen.',
		'disqualification.preparerDisqualified':
			'Olet ilmoittanut olevasi esteellinen tämän hakemuksen asiassa: toinen käsittelijä valmistelee sen ehdotuksen.',
		'audit.action.grant.preparerDisqualified': 'Käsittelijä ilmoitti esteellisyyden',
		'audit.action.grant.preparerNotDisqualified': 'Käsittelijä vahvisti, ettei ole esteellinen',
		'disqualification.warnings': 'Sidokset hakijoihin',
		'disqualification.warningsHelp':
			'Sovellus löysi nämä sidokset osallistujien tileistä ja yhdistysten hallituksista. Kirjaa esteellisyys ennen asian käsittelyä tai jätä kirjaamatta, jos henkilö ei ole esteellinen.',
		'disqualification.warning':
			'{name} vaikuttaa olevan sidoksissa hakijaan {organisation} ({tie}). Asia {number}. {title}',
		'disqualification.ownWarning':
			'Vaikutat olevan sidoksissa hakijaan {organisation} ({tie}) asiassa {number}. {title}. Ilmoita esteellisyytesi sihteerille ennen asian käsittelyä.',
		'disqualification.tieKind.board': 'hallituksen jäsen',
		'disqualification.tieKind.organisation_member': 'yhdistyksen jäsen',
		'disqualification.declareFor': 'Kirjaa esteellisyys: {name}, asia {number}',
		'disqualification.title': 'Esteellisyydet',
		'disqualification.help':
			'Kirjaa esteellisyys ennen asian käsittelyä. Esteellinen poistuu kokoushuoneesta asian ajaksi: poistuminen kirjataan läsnäoloon, ja paluu kirjataan, kun asia on käsitelty. Pöytäkirjaan tulee maininta esteellisyydestä.',
		'disqualification.none': 'Esteellisyyksiä ei ole ilmoitettu.',
		'disqualification.item': 'Asia',
		'disqualification.person': 'Esteellinen',
		'disqualification.ground': 'Esteellisyysperuste',
		'disqualification.specification': 'Tarkennus (vapaaehtoinen)',
		'disqualification.time': 'Poistumisaika (tyhjä = nyt)',
		'disqualification.declare': 'Kirjaa esteellisyys',
		'disqualification.withdraw': 'Poista kirjaus',
		'disqualification.withdrawLabel': 'Poista kirjaus: {name}, asia {number}',
		'disqualification.entry': '{name}, asia {number}. {title}: {ground}',
		'disqualification.ground.interest':
			'Intressijäävi (asian ratkaisusta odotettavissa hyötyä tai haittaa)',
		'disqualification.ground.position':
			'Yhteisöjäävi (asema hakijayhteisössä, esim. sen hallituksessa)',
		'disqualification.ground.close_relation': 'Sukulaisuusjäävi (läheinen on asianosainen)',
		'disqualification.ground.other': 'Muu syy (luottamus puolueettomuuteen vaarantuu)',
		'disqualification.already': 'Tämän henkilön esteellisyys on jo kirjattu tähän asiaan.',
		'disqualification.barred':
			'Et voi hyväksyä pöytäkirjaa, koska olet esteellinen sen asiassa, jota sinun pitäisi tarkastaa tai jonka käsittelyä johdit. Sihteeri nimeää tilalle toisen tarkastajan tai puheenjohtajan.',
		'disqualification.barredSigner':
			'Pöytäkirjaa ei voi lähettää hyväksyttäväksi: tarkastaja tai puheenjohtaja on esteellinen asiassa, josta hänen pitäisi vastata. Nimeä asialle toinen puheenjohtaja tai pöytäkirjalle toinen tarkastaja.',
		'disqualification.tie.board':
			'Olet hakijayhdistyksen hallituksessa. Hallituksen jäsen on esteellinen (yhteisöjäävi) eikä voi arvioida yhdistyksen hakemusta.',
		'disqualification.tie.organisation_member':
			'Tilisi on liitetty hakijayhdistykseen. Arvioi, oletko esteellinen, ennen kuin arvioit hakemuksen.',
		'disqualification.confirmNone': 'Vahvistan, etten ole esteellinen',
		'disqualification.confirmed': 'Vahvistit, ettet ole esteellinen.',
		'disqualification.mustConfirm':
			'Ilmoita esteellisyys tai vahvista, ettet ole esteellinen, ennen kuin arvioit.',
		'disqualification.specificationFor': 'Esteellisyyden peruste tarkemmin',
		'disqualification.noTie': 'Sinua ei ole liitetty hakijaan, joten vahvistusta ei tarvita.',
		'disqualification.declareInstead':
			'Jos olet esteellinen, ilmoita se alla kohdassa Esteellisyys. Muuten vahvista, ettet ole esteellinen.',
		'audit.action.meeting.disqualificationDeclared': 'Esteellisyys kirjattiin',
		'audit.action.meeting.disqualificationWithdrawn': 'Esteellisyyden kirjaus poistettiin',
		'audit.action.grantAssessment.notDisqualifiedConfirmed':
			'Arvioija vahvisti, ettei ole esteellinen'
	},
	sv: {
		'disqualification.preparer.title': 'Dina band till sökande',
		'disqualification.preparer.intro':
			'Enligt appens uppgifter har du band till dessa sökande. Den som är jävig får inte bereda eller föredra ärendet. Anmäl jäv eller bekräfta att du inte är jävig innan du sparar förslaget eller för det till föredragningslistan.',
		'disqualification.preparer.tie': '{organisation} ({tie}): {title}',
		'disqualification.preparer.declared':
			'Du har anmält jäv ({ground}). En annan handläggare bereder förslaget för denna ansökan.',
		'disqualification.preparer.confirmFor': 'Jag bekräftar att jag inte är jävig: {organisation}',
		'disqualification.preparer.declareFor': 'Anmäl jäv: {organisation}',
		'disqualification.preparer.answered': 'Ditt svar har sparats.',
		'disqualification.preparer.disqualifiedRow': 'Jävig',
		'disqualification.mustAnswerProposal':
			'Anmäl jäv eller bekräfta att du inte är jävig för varje sökande du har band till innan du bereder förslaget.',
		'disqualification.preparerDisqualified':
			'Du har anmält jäv i ärendet om denna ansökan: en annan handläggare bereder förslaget.',
		'audit.action.grant.preparerDisqualified': 'Handläggaren anmälde jäv',
		'audit.action.grant.preparerNotDisqualified': 'Handläggaren bekräftade att hen inte är jävig',
		'disqualification.warnings': 'Band till sökande',
		'disqualification.warningsHelp':
			'Appen hittade dessa band i deltagarnas konton och i föreningarnas styrelser. Anteckna jävet innan ärendet behandlas, eller låt bli om personen inte är jävig.',
		'disqualification.warning':
			'{name} verkar ha band till sökanden {organisation} ({tie}). Ärende {number}. {title}',
		'disqualification.ownWarning':
			'Du verkar ha band till sökanden {organisation} ({tie}) i ärende {number}. {title}. Anmäl ditt jäv till sekreteraren innan ärendet behandlas.',
		'disqualification.tieKind.board': 'styrelseledamot',
		'disqualification.tieKind.organisation_member': 'medlem i föreningen',
		'disqualification.declareFor': 'Anteckna jäv: {name}, ärende {number}',
		'disqualification.title': 'Jäv',
		'disqualification.help':
			'Anteckna jävet innan ärendet behandlas. Den jäviga lämnar mötet under ärendet: avfärden antecknas i närvaron, och återkomsten när ärendet är behandlat. Protokollet nämner jävet.',
		'disqualification.none': 'Inget jäv har anmälts.',
		'disqualification.item': 'Ärende',
		'disqualification.person': 'Jävig',
		'disqualification.ground': 'Jävsgrund',
		'disqualification.specification': 'Precisering (frivillig)',
		'disqualification.time': 'Tid för avfärd (tom = nu)',
		'disqualification.declare': 'Anteckna jäv',
		'disqualification.withdraw': 'Ta bort anteckningen',
		'disqualification.withdrawLabel': 'Ta bort anteckningen: {name}, ärende {number}',
		'disqualification.entry': '{name}, ärende {number}. {title}: {ground}',
		'disqualification.ground.interest': 'Intressejäv (nytta eller skada av avgörandet)',
		'disqualification.ground.position':
			'Samfundsjäv (ställning hos sökanden, t.ex. i dess styrelse)',
		'disqualification.ground.close_relation': 'Släktskapsjäv (en närstående är part)',
		'disqualification.ground.other': 'Annat skäl (förtroendet för opartiskheten äventyras)',
		'disqualification.already': 'Personens jäv är redan antecknat i detta ärende.',
		'disqualification.barred':
			'Du kan inte godkänna protokollet, eftersom du är jävig i ett ärende som du borde justera eller vars behandling du ledde. Sekreteraren utser en annan justerare eller ordförande.',
		'disqualification.barredSigner':
			'Protokollet kan inte skickas för godkännande: en justerare eller ordförande är jävig i ett ärende som hen borde svara för. Utse en annan ordförande för ärendet eller en annan justerare.',
		'disqualification.tie.board':
			'Du sitter i den sökande föreningens styrelse. En styrelseledamot är jävig (samfundsjäv) och kan inte bedöma föreningens ansökan.',
		'disqualification.tie.organisation_member':
			'Ditt konto är kopplat till den sökande föreningen. Bedöm om du är jävig innan du bedömer ansökan.',
		'disqualification.confirmNone': 'Jag bekräftar att jag inte är jävig',
		'disqualification.confirmed': 'Du har bekräftat att du inte är jävig.',
		'disqualification.mustConfirm':
			'Anmäl jäv eller bekräfta att du inte är jävig innan du bedömer.',
		'disqualification.specificationFor': 'Jävsgrunden närmare',
		'disqualification.noTie': 'Du är inte kopplad till sökanden, så ingen bekräftelse behövs.',
		'disqualification.declareInstead':
			'Om du är jävig, anmäl det nedan under Jäv. Annars bekräfta att du inte är jävig.',
		'audit.action.meeting.disqualificationDeclared': 'Jäv antecknades',
		'audit.action.meeting.disqualificationWithdrawn': 'Anteckningen om jäv togs bort',
		'audit.action.grantAssessment.notDisqualifiedConfirmed':
			'Bedömaren bekräftade att hen inte är jävig'
	},
	en: {
		'disqualification.preparer.title': 'Your ties to applicants',
		'disqualification.preparer.intro':
			'According to the app you are tied to these applicants. One who is disqualified may not prepare or present the matter. Declare a disqualification or confirm you are not disqualified before you save the proposal or put it on the agenda.',
		'disqualification.preparer.tie': '{organisation} ({tie}): {title}',
		'disqualification.preparer.declared':
			"You declared yourself disqualified ({ground}). Another handler prepares this application's proposal.",
		'disqualification.preparer.confirmFor': 'I confirm I am not disqualified: {organisation}',
		'disqualification.preparer.declareFor': 'Declare disqualification: {organisation}',
		'disqualification.preparer.answered': 'Your answer was saved.',
		'disqualification.preparer.disqualifiedRow': 'Disqualified',
		'disqualification.mustAnswerProposal':
			'Declare a disqualification or confirm you are not disqualified for every applicant you are tied to before preparing the proposal.',
		'disqualification.preparerDisqualified':
			'You declared yourself disqualified on this application: another handler prepares its proposal.',
		'audit.action.grant.preparerDisqualified': 'Handler declared a disqualification',
		'audit.action.grant.preparerNotDisqualified': 'Handler confirmed not being disqualified',
		'disqualification.warnings': 'Ties to applicants',
		'disqualification.warningsHelp':
			"The app found these ties in the participants' accounts and the NGOs' boards. Record the disqualification before the item is handled, or leave it if the person is not disqualified.",
		'disqualification.warning':
			'{name} appears tied to the applicant {organisation} ({tie}). Item {number}. {title}',
		'disqualification.ownWarning':
			'You appear tied to the applicant {organisation} ({tie}) in item {number}. {title}. Declare your disqualification to the secretary before the item is handled.',
		'disqualification.tieKind.board': 'board member',
		'disqualification.tieKind.organisation_member': 'member of the NGO',
		'disqualification.declareFor': 'Record disqualification: {name}, item {number}',
		'disqualification.title': 'Disqualifications',
		'disqualification.help':
			'Record a disqualification before the item is handled. The person leaves the room for the item: the departure goes into attendance, and the return is recorded when the item is over. The minutes mention the disqualification.',
		'disqualification.none': 'No disqualifications declared.',
		'disqualification.item': 'Item',
		'disqualification.person': 'Disqualified',
		'disqualification.ground': 'Ground',
		'disqualification.specification': 'Specification (optional)',
		'disqualification.time': 'Time of leaving (empty = now)',
		'disqualification.declare': 'Record disqualification',
		'disqualification.withdraw': 'Remove entry',
		'disqualification.withdrawLabel': 'Remove entry: {name}, item {number}',
		'disqualification.entry': '{name}, item {number}. {title}: {ground}',
		'disqualification.ground.interest': 'Interest (the decision may benefit or harm them)',
		'disqualification.ground.position': 'Position in the applicant (e.g. on its board)',
		'disqualification.ground.close_relation': 'Close relation is a party',
		'disqualification.ground.other': 'Other (confidence in impartiality is at risk)',
		'disqualification.already': "This person's disqualification on this item is already recorded.",
		'disqualification.barred':
			'You cannot approve these minutes: you are disqualified on an item you would check or whose handling you chaired. The secretary names another checker or chair.',
		'disqualification.barredSigner':
			'The minutes cannot go to review: a checker or chair is disqualified on an item they would answer for. Name another chair for the item or another checker.',
		'disqualification.tie.board':
			"You are on the applicant NGO's board. A board member is disqualified and cannot assess its application.",
		'disqualification.tie.organisation_member':
			'Your account is linked to the applicant NGO. Consider whether you are disqualified before assessing.',
		'disqualification.confirmNone': 'I confirm I am not disqualified',
		'disqualification.confirmed': 'You confirmed you are not disqualified.',
		'disqualification.mustConfirm':
			'Declare a disqualification or confirm you are not disqualified before assessing.',
		'disqualification.specificationFor': 'Ground in more detail',
		'disqualification.noTie': 'You are not linked to the applicant, so no confirmation is needed.',
		'disqualification.declareInstead':
			'If you are disqualified, declare it below under Disqualification. Otherwise confirm you are not.',
		'audit.action.meeting.disqualificationDeclared': 'Disqualification recorded',
		'audit.action.meeting.disqualificationWithdrawn': 'Disqualification entry removed',
		'audit.action.grantAssessment.notDisqualifiedConfirmed':
			'Assessor confirmed not being disqualified'
	}
});
