import { defineMessages } from '../define';

/**
 * The recipient's documents: the decision letter in Finnish or Swedish, the
 * versioned general terms and appeal instructions, and requests for completion.
 */
export default defineMessages({
	fi: {
		'grantDocuments.kind.terms': 'Yleiset ehdot',
		'grantDocuments.kind.appeal': 'Oikaisuvaatimusohje',
		'grantDocuments.version': 'Versio {version}, voimassa {validFrom} alkaen',
		'grantDocuments.settings.heading': 'Yleiset ehdot ja oikaisuvaatimusohje',
		'grantDocuments.settings.intro':
			'Haku sidotaan niihin versioihin, jotka ovat voimassa, kun haku julkaistaan. Päätöskirje tulostaa haun oikaisuvaatimusohjeen ja viittaa sen yleisiin ehtoihin. Muutos tehdään aina uutena versiona, joten jo julkaistut haut pitävät omansa.',
		'grantDocuments.settings.inForce': 'Voimassa nyt: versio {version}, {validFrom} alkaen.',
		'grantDocuments.settings.none':
			'Versioita ei ole vielä. Päätöskirjeessä on silloin lain mukainen perusteksti.',
		'grantDocuments.settings.versions': 'Aiemmat versiot',
		'grantDocuments.settings.newVersion': 'Uusi versio',
		'grantDocuments.settings.save': 'Tallenna uusi versio',
		'grantDocuments.settings.saved': 'Uusi versio on tallennettu.',
		'grantDocuments.field.validFrom': 'Voimassa alkaen',
		'grantDocuments.field.textFi': 'Teksti suomeksi',
		'grantDocuments.field.textSv': 'Teksti ruotsiksi',
		'grantDocuments.field.textHint': 'Erota kappaleet toisistaan tyhjällä rivillä.',
		'grantDocuments.page.finnish': 'Suomeksi',
		'grantDocuments.page.swedish': 'Ruotsiksi',
		'grantDocuments.call.heading': 'Päätöksen liitteet',
		'grantDocuments.call.help':
			'Haun päätöksiin sovelletaan näitä versioita, vaikka niitä muutettaisiin myöhemmin.',
		'grantDocuments.call.notPinned':
			'Yleiset ehdot ja oikaisuvaatimusohje kiinnitetään hakuun, kun se julkaistaan.',
		'grantDocuments.letter.heading': 'PÄÄTÖS',
		'grantDocuments.letter.name': 'Avustuspäätös',
		'grantDocuments.letter.recipient': 'Vastaanottaja',
		'grantDocuments.letter.subject': 'Järjestöavustus: {call}',
		'grantDocuments.letter.appliedFor': 'Haettu toimintaan: {title}',
		'grantDocuments.letter.decision': 'Päätös',
		'grantDocuments.letter.outcome.granted':
			'{body} on myöntänyt hakijalle avustusta {granted} haetun mukaisesti.',
		'grantDocuments.letter.outcome.partly_granted':
			'{body} on myöntänyt hakijalle avustusta {granted}. Haettu määrä oli {requested}, joten avustus myönnettiin osittain.',
		'grantDocuments.letter.outcome.rejected':
			'{body} on hylännyt hakemuksen. Haettu määrä oli {requested}; avustusta ei myönnetty.',
		'grantDocuments.letter.granted': 'Myönnetty avustus: {amount}',
		'grantDocuments.letter.grounds': 'Perustelut',
		'grantDocuments.letter.defaultGrounds':
			'Päätös tehtiin esityksen ja hakemusten arvioinnin perusteella.',
		'grantDocuments.letter.conditions': 'Avustuksen ehdot',
		'grantDocuments.letter.useOfGrant':
			'Avustus on käytettävä hakemuksessa kuvattuun toimintaan päätöksen mukaisesti. Käyttämättä jäänyt tai ehtojen vastaisesti käytetty avustus voidaan periä takaisin.',
		'grantDocuments.letter.terms':
			'Avustukseen sovelletaan hyvinvointialueen järjestöavustusten yleisiä ehtoja (versio {version}, voimassa {validFrom} alkaen). Ne ovat luettavissa haun sivulla.',
		'grantDocuments.letter.payment': 'Maksatus',
		'grantDocuments.letter.reporting': 'Raportointivelvollisuus',
		'grantDocuments.letter.report.interim': 'Väliselvitys avustuksen käytöstä viimeistään {date}',
		'grantDocuments.letter.report.final': 'Käyttöselvitys (loppuraportti) viimeistään {date}',
		'grantDocuments.letter.reportHelp':
			'Selvitys jätetään sovelluksessa avustuksen sivulla. Siinä kerrotaan, mitä avustuksella tehtiin ja paljonko siitä käytettiin.',
		'grantDocuments.letter.appeal': 'Oikaisuvaatimusohje',
		'grantDocuments.letter.appealVersion': 'Ohjeen versio {version}, voimassa {validFrom} alkaen.',
		'grantDocuments.letter.appealTo':
			'Tämän päätöksen teki {body}, {county}. Oikaisuvaatimus tehdään sille.',
		'grantDocuments.letter.page': '{county} – Sivu {current} / {total}',
		'grantDocuments.default.appeal':
			'Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa hakea muutosta valittamalla tuomioistuimeen.\n\nOikaisuvaatimuksen saa tehdä asianosainen eli se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa.\n\nOikaisuvaatimus tehdään toimielimelle, joka teki päätöksen.\n\nOikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei lueta määräaikaan. Jos päätös on annettu tiedoksi sähköisesti, asianosaisen katsotaan saaneen siitä tiedon kolmantena päivänä viestin lähettämisestä, ellei muuta näytetä. Jos määräajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, saa oikaisuvaatimuksen tehdä ensimmäisenä arkipäivänä sen jälkeen.\n\nOikaisuvaatimuksesta on käytävä ilmi: vaatimuksen tekijän nimi ja yhteystiedot (postiosoite ja mahdollinen sähköpostiosoite), päätös, johon oikaisua vaaditaan, millaista oikaisua vaaditaan ja millä perusteilla. Oikaisuvaatimuksen tekijän, laillisen edustajan tai asiamiehen on allekirjoitettava vaatimus, jollei se ole sähköinen asiakirja, josta tekijä käy ilmi. Sähköinen asiakirja ei tarvitse allekirjoitusta.\n\nOikaisuvaatimus toimitetaan määräajan kuluessa hyvinvointialueen kirjaamoon postitse, sähköpostitse tai henkilökohtaisesti kirjaamon aukioloaikana. Oikaisuvaatimuksen on oltava perillä ennen määräajan päättymistä. Lähetys on lähettäjän vastuulla.',
		'grantDocuments.default.terms':
			'Avustus on käytettävä päätöksessä ja hakemuksessa kuvattuun toimintaan avustuksen käyttöaikana.\n\nAvustuksen saaja pitää kirjanpitoa, josta avustuksen käyttö voidaan todeta, ja antaa hyvinvointialueelle pyydettäessä selvityksen käytöstä.\n\nAvustuksen saajan on ilmoitettava viipymättä muutoksista, jotka vaikuttavat avustuksen käyttöön.\n\nKäyttämättä jäänyt, väärin perustein saatu tai ehtojen vastaisesti käytetty avustus voidaan periä takaisin.',
		'grantDocuments.completion.heading': 'Täydennyspyyntö',
		'grantDocuments.completion.help':
			'Valitse osat, joita hakija saa täydentää. Muut osat pysyvät lukittuina. Pyyntö lähetetään hakijalle viestinä.',
		'grantDocuments.completion.parts': 'Täydennettävät osat',
		'grantDocuments.completion.message': 'Mitä pitää täydentää ja miksi',
		'grantDocuments.completion.dueDate': 'Määräpäivä (täydennys viimeistään klo 23.59)',
		'grantDocuments.completion.send': 'Lähetä täydennyspyyntö',
		'grantDocuments.completion.sent': 'Täydennyspyyntö on lähetetty hakijalle.',
		'grantDocuments.completion.waiting':
			'Odottaa hakijan täydennystä {date} klo {time} asti: {parts}.',
		'grantDocuments.completion.asked':
			'Käsittelijä pyytää täydentämään hakemusta viimeistään {date} klo {time}: {parts}.',
		'grantDocuments.completion.link': 'Täydennä hakemusta',
		'grantDocuments.completion.answered': 'Hakija täydensi hakemuksen {date} klo {time}.',
		'grantDocuments.completion.expired':
			'Täydennyspyynnön määräaika päättyi {date} klo {time} ilman täydennystä.',
		'grantDocuments.completion.pageTitle': 'Hakemuksen täydentäminen',
		'grantDocuments.completion.intro':
			'Voit muuttaa vain niitä osia, joita käsittelijä pyysi täydentämään. Lähetä täydennetty hakemus viimeistään {date} klo {time}.',
		'grantDocuments.completion.request': 'Käsittelijän pyyntö',
		'grantDocuments.completion.submit': 'Lähetä täydennetty hakemus',
		'grantDocuments.completion.done': 'Täydennys on lähetetty käsittelijälle.',
		'grantDocuments.completion.back': 'Takaisin hakemukseen',
		'grantDocuments.completion.notNow':
			'Täydennystä voi pyytää vain käsittelyssä olevalta hakemukselta ennen kuin esitys on esityslistalla.',
		'grantDocuments.completion.pastDue': 'Määräpäivän on oltava tulevaisuudessa.',
		'grantDocuments.completion.chooseParts': 'Valitse vähintään yksi osa.',
		'grantDocuments.part.activity': 'toiminnan kuvaus',
		'grantDocuments.part.budget': 'haettu summa ja talousarvio',
		'grantDocuments.part.attachment': 'liite: {kind}',
		'audit.action.grantApplication.completionRequested': 'Avustushakemuksen täydennystä pyydetty',
		'audit.action.grantApplication.completed': 'Avustushakemusta täydennetty',
		'audit.action.grantDocument.versionAdded': 'Avustusten ehtojen tai ohjeen uusi versio'
	},
	sv: {
		'grantDocuments.kind.terms': 'Allmänna villkor',
		'grantDocuments.kind.appeal': 'Anvisning om begäran om omprövning',
		'grantDocuments.version': 'Version {version}, gäller från {validFrom}',
		'grantDocuments.settings.heading': 'Allmänna villkor och anvisning om begäran om omprövning',
		'grantDocuments.settings.intro':
			'En utlysning knyts till de versioner som gäller när den publiceras. Beslutsbrevet återger utlysningens anvisning om begäran om omprövning och hänvisar till dess allmänna villkor. En ändring görs alltid som en ny version, så redan publicerade utlysningar behåller sina.',
		'grantDocuments.settings.inForce': 'Gäller nu: version {version}, från {validFrom}.',
		'grantDocuments.settings.none':
			'Det finns ännu inga versioner. Beslutsbrevet innehåller då den lagenliga grundtexten.',
		'grantDocuments.settings.versions': 'Tidigare versioner',
		'grantDocuments.settings.newVersion': 'Ny version',
		'grantDocuments.settings.save': 'Spara ny version',
		'grantDocuments.settings.saved': 'Den nya versionen har sparats.',
		'grantDocuments.field.validFrom': 'Gäller från',
		'grantDocuments.field.textFi': 'Text på finska',
		'grantDocuments.field.textSv': 'Text på svenska',
		'grantDocuments.field.textHint': 'Skilj styckena åt med en tom rad.',
		'grantDocuments.page.finnish': 'På finska',
		'grantDocuments.page.swedish': 'På svenska',
		'grantDocuments.call.heading': 'Bilagor till beslutet',
		'grantDocuments.call.help':
			'På utlysningens beslut tillämpas dessa versioner, även om de ändras senare.',
		'grantDocuments.call.notPinned':
			'De allmänna villkoren och anvisningen om begäran om omprövning knyts till utlysningen när den publiceras.',
		'grantDocuments.letter.heading': 'BESLUT',
		'grantDocuments.letter.name': 'Beslut om understöd',
		'grantDocuments.letter.recipient': 'Mottagare',
		'grantDocuments.letter.subject': 'Understöd till organisationer: {call}',
		'grantDocuments.letter.appliedFor': 'Ansökt för verksamheten: {title}',
		'grantDocuments.letter.decision': 'Beslut',
		'grantDocuments.letter.outcome.granted':
			'{body} har beviljat sökanden understöd på {granted} i enlighet med ansökan.',
		'grantDocuments.letter.outcome.partly_granted':
			'{body} har beviljat sökanden understöd på {granted}. Det ansökta beloppet var {requested}, så understödet beviljades delvis.',
		'grantDocuments.letter.outcome.rejected':
			'{body} har avslagit ansökan. Det ansökta beloppet var {requested}; inget understöd beviljades.',
		'grantDocuments.letter.granted': 'Beviljat understöd: {amount}',
		'grantDocuments.letter.grounds': 'Motivering',
		'grantDocuments.letter.defaultGrounds':
			'Beslutet fattades på basis av förslaget och bedömningen av ansökningarna.',
		'grantDocuments.letter.conditions': 'Villkor för understödet',
		'grantDocuments.letter.useOfGrant':
			'Understödet ska användas för den verksamhet som beskrivs i ansökan och i enlighet med beslutet. Understöd som inte har använts eller som har använts i strid med villkoren kan återkrävas.',
		'grantDocuments.letter.terms':
			'På understödet tillämpas välfärdsområdets allmänna villkor för understöd till organisationer (version {version}, gäller från {validFrom}). De finns på utlysningens sida.',
		'grantDocuments.letter.payment': 'Utbetalning',
		'grantDocuments.letter.reporting': 'Redovisningsskyldighet',
		'grantDocuments.letter.report.interim':
			'Mellanredovisning av användningen av understödet senast {date}',
		'grantDocuments.letter.report.final': 'Redovisning av användningen (slutrapport) senast {date}',
		'grantDocuments.letter.reportHelp':
			'Redovisningen lämnas i tjänsten på understödets sida. Där berättar ni vad understödet användes till och hur mycket av det som användes.',
		'grantDocuments.letter.appeal': 'Anvisning om begäran om omprövning',
		'grantDocuments.letter.appealVersion':
			'Anvisningens version {version}, gäller från {validFrom}.',
		'grantDocuments.letter.appealTo':
			'Beslutet fattades av {body}, {county}. Begäran om omprövning framställs till detta organ.',
		'grantDocuments.letter.page': '{county} – Sida {current} / {total}',
		'grantDocuments.default.appeal':
			'Den som är missnöjd med detta beslut kan framställa en skriftlig begäran om omprövning. Ändring i beslutet får inte sökas genom besvär hos domstol.\n\nBegäran om omprövning får framställas av en part, det vill säga den som beslutet avser eller vars rätt, skyldighet eller fördel direkt påverkas av beslutet.\n\nBegäran om omprövning framställs till det organ som fattade beslutet.\n\nBegäran om omprövning ska framställas inom 14 dagar från delfåendet av beslutet. Dagen för delfåendet räknas inte in i tidsfristen. Om beslutet har delgetts elektroniskt anses parten ha fått del av det den tredje dagen efter att meddelandet sändes, om inte något annat visas. Om den sista dagen av tidsfristen är en helgdag, självständighetsdagen, första maj, julafton, midsommarafton eller en helgfri lördag, får begäran framställas den första vardagen därefter.\n\nAv begäran om omprövning ska framgå: namnet på den som framställer begäran och dennes kontaktuppgifter (postadress och eventuell e-postadress), det beslut i vilket omprövning begärs, hurdan omprövning som begärs och på vilka grunder. Begäran ska undertecknas av den som framställer den, av en laglig företrädare eller av ett ombud, om den inte är en elektronisk handling av vilken avsändaren framgår. En elektronisk handling behöver inte undertecknas.\n\nBegäran om omprövning ska inom tidsfristen lämnas till välfärdsområdets registratorskontor per post, per e-post eller personligen under registratorskontorets öppettider. Begäran ska vara framme innan tidsfristen går ut. Försändelsen sänds på avsändarens ansvar.',
		'grantDocuments.default.terms':
			'Understödet ska användas för den verksamhet som beskrivs i beslutet och i ansökan under understödets användningstid.\n\nMottagaren för bokföring av vilken användningen av understödet framgår och lämnar på begäran välfärdsområdet en redovisning av användningen.\n\nMottagaren ska utan dröjsmål meddela om förändringar som påverkar användningen av understödet.\n\nUnderstöd som inte har använts, som har erhållits på felaktiga grunder eller som har använts i strid med villkoren kan återkrävas.',
		'grantDocuments.completion.heading': 'Begäran om komplettering',
		'grantDocuments.completion.help':
			'Välj de delar som sökanden får komplettera. Övriga delar förblir låsta. Begäran skickas till sökanden som ett meddelande.',
		'grantDocuments.completion.parts': 'Delar som ska kompletteras',
		'grantDocuments.completion.message': 'Vad ska kompletteras och varför',
		'grantDocuments.completion.dueDate': 'Sista dag (kompletteringen senast kl. 23.59)',
		'grantDocuments.completion.send': 'Skicka begäran om komplettering',
		'grantDocuments.completion.sent': 'Begäran om komplettering har skickats till sökanden.',
		'grantDocuments.completion.waiting':
			'Väntar på sökandens komplettering till {date} kl. {time}: {parts}.',
		'grantDocuments.completion.asked':
			'Handläggaren ber er komplettera ansökan senast {date} kl. {time}: {parts}.',
		'grantDocuments.completion.link': 'Komplettera ansökan',
		'grantDocuments.completion.answered': 'Sökanden kompletterade ansökan {date} kl. {time}.',
		'grantDocuments.completion.expired':
			'Tidsfristen för begäran om komplettering gick ut {date} kl. {time} utan komplettering.',
		'grantDocuments.completion.pageTitle': 'Komplettering av ansökan',
		'grantDocuments.completion.intro':
			'Ni kan ändra endast de delar som handläggaren bad er komplettera. Skicka den kompletterade ansökan senast {date} kl. {time}.',
		'grantDocuments.completion.request': 'Handläggarens begäran',
		'grantDocuments.completion.submit': 'Skicka den kompletterade ansökan',
		'grantDocuments.completion.done': 'Kompletteringen har skickats till handläggaren.',
		'grantDocuments.completion.back': 'Tillbaka till ansökan',
		'grantDocuments.completion.notNow':
			'Komplettering kan begäras endast för en ansökan under behandling innan förslaget finns på föredragningslistan.',
		'grantDocuments.completion.pastDue': 'Den sista dagen måste vara i framtiden.',
		'grantDocuments.completion.chooseParts': 'Välj minst en del.',
		'grantDocuments.part.activity': 'beskrivning av verksamheten',
		'grantDocuments.part.budget': 'ansökt belopp och budget',
		'grantDocuments.part.attachment': 'bilaga: {kind}',
		'audit.action.grantApplication.completionRequested': 'Komplettering av bidragsansökan begärd',
		'audit.action.grantApplication.completed': 'Bidragsansökan kompletterad',
		'audit.action.grantDocument.versionAdded': 'Ny version av villkor eller anvisning för bidrag'
	},
	en: {
		'grantDocuments.kind.terms': 'General terms',
		'grantDocuments.kind.appeal': 'Instructions for requesting a review',
		'grantDocuments.version': 'Version {version}, in force from {validFrom}',
		'grantDocuments.settings.heading': 'General terms and instructions for requesting a review',
		'grantDocuments.settings.intro':
			'A call is bound to the versions in force when it is published. The decision letter prints the call’s review instructions and refers to its general terms. A change is always made as a new version, so calls already published keep theirs.',
		'grantDocuments.settings.inForce': 'In force now: version {version}, from {validFrom}.',
		'grantDocuments.settings.none':
			'No versions yet. Decision letters then carry the statutory base text.',
		'grantDocuments.settings.versions': 'Earlier versions',
		'grantDocuments.settings.newVersion': 'New version',
		'grantDocuments.settings.save': 'Save new version',
		'grantDocuments.settings.saved': 'The new version is saved.',
		'grantDocuments.field.validFrom': 'In force from',
		'grantDocuments.field.textFi': 'Text in Finnish',
		'grantDocuments.field.textSv': 'Text in Swedish',
		'grantDocuments.field.textHint': 'Separate paragraphs with an empty line.',
		'grantDocuments.page.finnish': 'In Finnish',
		'grantDocuments.page.swedish': 'In Swedish',
		'grantDocuments.call.heading': 'Attachments of the decision',
		'grantDocuments.call.help':
			'The call’s decisions follow these versions, even if they are changed later.',
		'grantDocuments.call.notPinned':
			'The general terms and review instructions are bound to the call when it is published.',
		'grantDocuments.letter.heading': 'DECISION',
		'grantDocuments.letter.name': 'Grant decision',
		'grantDocuments.letter.recipient': 'Recipient',
		'grantDocuments.letter.subject': 'NGO grant: {call}',
		'grantDocuments.letter.appliedFor': 'Applied for: {title}',
		'grantDocuments.letter.decision': 'Decision',
		'grantDocuments.letter.outcome.granted':
			'{body} has granted the applicant {granted}, as applied for.',
		'grantDocuments.letter.outcome.partly_granted':
			'{body} has granted the applicant {granted}. The amount applied for was {requested}, so the grant was given in part.',
		'grantDocuments.letter.outcome.rejected':
			'{body} has rejected the application. The amount applied for was {requested}; no grant was given.',
		'grantDocuments.letter.granted': 'Grant awarded: {amount}',
		'grantDocuments.letter.grounds': 'Grounds',
		'grantDocuments.letter.defaultGrounds':
			'The decision was made on the proposal and the assessment of the applications.',
		'grantDocuments.letter.conditions': 'Conditions of the grant',
		'grantDocuments.letter.useOfGrant':
			'The grant must be used for the activity described in the application, as decided. Money left unused or used against the conditions may be recovered.',
		'grantDocuments.letter.terms':
			'The county’s general terms for NGO grants apply (version {version}, in force from {validFrom}). They can be read on the call’s page.',
		'grantDocuments.letter.payment': 'Payment',
		'grantDocuments.letter.reporting': 'Duty to report',
		'grantDocuments.letter.report.interim': 'Interim report on the use of the grant by {date}',
		'grantDocuments.letter.report.final': 'Final report on the use of the grant by {date}',
		'grantDocuments.letter.reportHelp':
			'The report is submitted in the app on the grant’s page. It tells what the grant was used for and how much of it was used.',
		'grantDocuments.letter.appeal': 'Instructions for requesting a review',
		'grantDocuments.letter.appealVersion':
			'Instructions version {version}, in force from {validFrom}.',
		'grantDocuments.letter.appealTo':
			'This decision was made by {body}, {county}. The request for a review is made to it.',
		'grantDocuments.letter.page': '{county} – Page {current} / {total}',
		'grantDocuments.default.appeal':
			'Anyone dissatisfied with this decision may make a written request for a review. The decision may not be appealed to a court.\n\nA request for a review may be made by a party: the one the decision concerns, or whose right, duty or interest it directly affects.\n\nThe request is made to the body that made the decision.\n\nThe request must be made within 14 days of notification of the decision. The day of notification is not counted. A decision notified electronically is deemed received on the third day after the message was sent, unless shown otherwise. If the last day is a public holiday, Independence Day, May Day, Christmas Eve, Midsummer Eve or a Saturday, the request may be made on the next working day.\n\nThe request must state the name and contact details (postal address and any email address) of the person making it, the decision concerned, the review sought and its grounds. It must be signed by the person making it, their legal representative or agent, unless it is an electronic document showing who sent it.\n\nThe request is delivered within the time limit to the county’s registry by post, by email or in person during its opening hours. It must arrive before the time limit ends. Sending is at the sender’s risk.',
		'grantDocuments.default.terms':
			'The grant must be used for the activity described in the decision and the application, within its period of use.\n\nThe recipient keeps accounts showing the use of the grant and reports on it to the county when asked.\n\nThe recipient must tell the county without delay of changes that affect the use of the grant.\n\nMoney left unused, received on false grounds or used against the conditions may be recovered.',
		'grantDocuments.completion.heading': 'Request for completion',
		'grantDocuments.completion.help':
			'Choose the parts the applicant may complete. The other parts stay locked. The request is sent to the applicant as a message.',
		'grantDocuments.completion.parts': 'Parts to complete',
		'grantDocuments.completion.message': 'What to complete and why',
		'grantDocuments.completion.dueDate': 'Deadline (completion by 23.59)',
		'grantDocuments.completion.send': 'Send the request for completion',
		'grantDocuments.completion.sent': 'The request for completion was sent to the applicant.',
		'grantDocuments.completion.waiting':
			'Waiting for the applicant to complete until {date} at {time}: {parts}.',
		'grantDocuments.completion.asked':
			'The handler asks you to complete the application by {date} at {time}: {parts}.',
		'grantDocuments.completion.link': 'Complete the application',
		'grantDocuments.completion.answered':
			'The applicant completed the application on {date} at {time}.',
		'grantDocuments.completion.expired':
			'The request for completion ran out on {date} at {time} without completion.',
		'grantDocuments.completion.pageTitle': 'Completing the application',
		'grantDocuments.completion.intro':
			'You can change only the parts the handler asked you to complete. Send the completed application by {date} at {time}.',
		'grantDocuments.completion.request': 'The handler’s request',
		'grantDocuments.completion.submit': 'Send the completed application',
		'grantDocuments.completion.done': 'The completion was sent to the handler.',
		'grantDocuments.completion.back': 'Back to the application',
		'grantDocuments.completion.notNow':
			'Completion can be asked only of an application in handling, before its proposal is on an agenda.',
		'grantDocuments.completion.pastDue': 'The deadline must be in the future.',
		'grantDocuments.completion.chooseParts': 'Choose at least one part.',
		'grantDocuments.part.activity': 'description of the activity',
		'grantDocuments.part.budget': 'amount applied for and budget',
		'grantDocuments.part.attachment': 'attachment: {kind}',
		'audit.action.grantApplication.completionRequested': 'Completion of a grant application asked',
		'audit.action.grantApplication.completed': 'Grant application completed',
		'audit.action.grantDocument.versionAdded': 'New version of grant terms or instructions'
	}
});
