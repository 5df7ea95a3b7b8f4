import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'a11y.title': 'Saavutettavuusseloste',
		'a11y.intro':
			'Tämä saavutettavuusseloste koskee Yhdyspinta-palvelua. Palvelua koskee laki digitaalisten palvelujen tarjoamisesta (306/2019), joka edellyttää, että julkisten verkkopalvelujen on oltava saavutettavia.',
		'a11y.statusTitle': 'Saavutettavuuden tila',
		'a11y.status':
			'Palvelu täyttää WCAG 2.2 -ohjeiston A- ja AA-tason saavutettavuusvaatimukset osittain: puutteet koskevat käyttäjien tallentamia liitetiedostoja.',
		'a11y.gapsTitle': 'Ei-saavutettava sisältö',
		'a11y.gaps':
			'Käyttäjien palveluun tallentamat liitetiedostot (esimerkiksi PDF- ja toimisto-asiakirjat) eivät välttämättä ole saavutettavia, koska niiden saavutettavuus riippuu tiedoston laatijasta. Jos tarvitset asiakirjan saavutettavassa muodossa, pyydä sitä palautelomakkeella.',
		'a11y.assessmentTitle': 'Miten saavutettavuus on arvioitu',
		'a11y.assessment':
			'Jokainen sivu tarkistetaan automaattisesti jokaisen muutoksen yhteydessä kaikkien käyttäjäroolien näkymissä sekä 320 että 1280 CSS-pikselin levyisellä näytöllä: sivu mukautuu kapeaan näyttöön ilman vaakavieritystä, teksti ei leikkaudu, jokainen vieritettävä alue on nimetty ja käytettävissä näppäimistöllä, jokainen painettava kohde on vähintään 24 × 24 pikseliä tai riittävän kaukana muista, ja axe-core-työkalu ei löydä virheitä WCAG 2.2:n A- ja AA-tason vaatimuksista. Lisäksi palvelua on testattu näppäimistöllä, 200 %:n suurennuksella ja puhelimella. Seloste on päivitetty 7.12.2026 itsearviona.',
		'a11y.feedbackTitle': 'Anna palautetta saavutettavuudesta',
		'a11y.feedbackIntro':
			'Huomasitko saavutettavuuspuutteen? Kerro siitä meille. Vastaamme 14 päivän kuluessa, jos jätät yhteystietosi.',
		'a11y.message': 'Palautteesi',
		'a11y.contact': 'Sähköpostisi tai puhelinnumerosi (vapaaehtoinen)',
		'a11y.contactHint': 'Tarvitsemme yhteystiedon, jos haluat vastauksen.',
		'a11y.pageField': 'Sivu, jota palaute koskee (vapaaehtoinen)',
		'a11y.send': 'Lähetä palaute',
		'a11y.thanks': 'Kiitos palautteestasi! Se on välitetty palvelun ylläpitäjille.',
		'a11y.enforcementTitle': 'Valvontaviranomainen',
		'a11y.enforcement':
			'Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon.',
		'a11y.enforcementContact':
			'Etelä-Suomen aluehallintovirasto, saavutettavuuden valvonnan yksikkö: www.saavutettavuusvaatimukset.fi, saavutettavuus@avi.fi, puhelin 0295 016 000.',
		'feedback.tooMany':
			'Olet lähettänyt useita palautteita lyhyessä ajassa. Yritä myöhemmin uudelleen.',
		'privacy.title': 'Tietosuojaseloste',
		'privacy.intro':
			'Tässä selosteessa kerrotaan, miten Yhdyspinta-palvelu käsittelee henkilötietoja EU:n yleisen tietosuoja-asetuksen (2016/679) mukaisesti.',
		'privacy.controllerTitle': 'Rekisterinpitäjä',
		'privacy.controller':
			'Rekisterinpitäjä on palvelua käyttävä hyvinvointialue. Yhteystiedot saat alueesi koordinaattorilta tai hyvinvointialueen kirjaamosta.',
		'privacy.purposeTitle': 'Käsittelyn tarkoitus ja peruste',
		'privacy.purpose':
			'Henkilötietoja käsitellään hyvinvoinnin ja terveyden edistämisen yhteistyön järjestämiseksi hyvinvointialueen, kuntien ja järjestöjen kesken: toimielinten jäsenyydet, kokoukset, muistiot ja lausuntokierrokset. Käsittely perustuu lakisääteiseen tehtävään (hyvinvointialuelaki 611/2021 ja laki sosiaali- ja terveydenhuollon järjestämisestä 612/2021; tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta).',
		'privacy.dataTitle': 'Käsiteltävät tiedot',
		'privacy.data':
			'Nimi, sähköpostiosoite, tehtävänimike, organisaatio, asiointikieli, roolit toimielimissä, kirjautumisistunnot ja palvelussa tehdyt merkinnät (esimerkiksi läsnäolo kokouksissa ja kommentit).',
		'privacy.cookiesTitle': 'Evästeet',
		'privacy.cookies':
			'Palvelu käyttää vain välttämättömiä evästeitä: kirjautumisistunnon eväste (session) ja kielivalinnan eväste (lang). Seuranta- tai mainosevästeitä ei käytetä.',
		'privacy.retentionTitle': 'Säilytys',
		'privacy.retention':
			'Istunnot päättyvät 30 päivän käyttämättömyyden jälkeen ja viimeistään 90 päivän kuluttua kirjautumisesta. Julkiseksi hyväksytyt muistiot ovat julkisia asiakirjoja (laki viranomaisten toiminnan julkisuudesta 621/1999), ja niitä säilytetään arkistolainsäädännön mukaisesti.',
		'privacy.rightsTitle': 'Oikeutesi',
		'privacy.rights':
			'Sinulla on oikeus saada pääsy tietoihisi, oikaista virheelliset tiedot ja rajoittaa käsittelyä. Omia tietojasi voit muuttaa Oma tili -sivulla. Voit tehdä valituksen tietosuojavaltuutetun toimistolle (www.tietosuoja.fi).'
	},
	sv: {
		'a11y.title': 'Tillgänglighetsutlåtande',
		'a11y.intro':
			'Detta tillgänglighetsutlåtande gäller tjänsten Yhdyspinta. Tjänsten omfattas av lagen om tillhandahållande av digitala tjänster (306/2019), som kräver att offentliga webbtjänster ska vara tillgängliga.',
		'a11y.statusTitle': 'Tillgänglighetsstatus',
		'a11y.status':
			'Tjänsten uppfyller delvis tillgänglighetskraven på nivå A och AA i WCAG 2.2: bristerna gäller bilagor som användarna sparar.',
		'a11y.gapsTitle': 'Innehåll som inte är tillgängligt',
		'a11y.gaps':
			'Bilagor som användarna sparar i tjänsten (till exempel PDF- och kontorsdokument) är inte nödvändigtvis tillgängliga, eftersom deras tillgänglighet beror på den som har gjort filen. Om du behöver ett dokument i tillgänglig form, be om det med responsformuläret.',
		'a11y.assessmentTitle': 'Hur tillgängligheten har bedömts',
		'a11y.assessment':
			'Varje sida kontrolleras automatiskt vid varje ändring i alla användarrollers vyer på en skärm som är både 320 och 1280 CSS-pixlar bred: sidan anpassar sig till en smal skärm utan vågrät rullning, ingen text klipps av, varje rullningsbart område har ett namn och kan användas med tangentbord, varje mål man trycker på är minst 24 × 24 pixlar eller tillräckligt långt från andra, och verktyget axe-core hittar inga fel mot kraven på nivå A och AA i WCAG 2.2. Tjänsten har dessutom testats med tangentbord, 200 % förstoring och på en telefon. Utlåtandet har uppdaterats 7.12.2026 som en självbedömning.',
		'a11y.feedbackTitle': 'Ge respons om tillgängligheten',
		'a11y.feedbackIntro':
			'Har du upptäckt en tillgänglighetsbrist? Berätta för oss. Vi svarar inom 14 dagar om du lämnar dina kontaktuppgifter.',
		'a11y.message': 'Din respons',
		'a11y.contact': 'Din e-post eller ditt telefonnummer (frivilligt)',
		'a11y.contactHint': 'Vi behöver en kontaktuppgift om du vill ha svar.',
		'a11y.pageField': 'Sidan som responsen gäller (frivilligt)',
		'a11y.send': 'Skicka respons',
		'a11y.thanks': 'Tack för din respons! Den har förmedlats till tjänstens administratörer.',
		'a11y.enforcementTitle': 'Tillsynsmyndighet',
		'a11y.enforcement':
			'Om du upptäcker tillgänglighetsproblem på webbplatsen, ge först respons till oss. Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till Regionförvaltningsverket i Södra Finland.',
		'a11y.enforcementContact':
			'Regionförvaltningsverket i Södra Finland, enheten för tillgänglighetstillsyn: www.tillganglighetskrav.fi, saavutettavuus@avi.fi, telefon 0295 016 000.',
		'feedback.tooMany': 'Du har skickat flera responser på kort tid. Försök igen senare.',
		'privacy.title': 'Dataskyddsbeskrivning',
		'privacy.intro':
			'Denna beskrivning berättar hur tjänsten Yhdyspinta behandlar personuppgifter enligt EU:s allmänna dataskyddsförordning (2016/679).',
		'privacy.controllerTitle': 'Personuppgiftsansvarig',
		'privacy.controller':
			'Personuppgiftsansvarig är det välfärdsområde som använder tjänsten. Kontaktuppgifterna får du av ditt områdes koordinator eller välfärdsområdets registratorskontor.',
		'privacy.purposeTitle': 'Ändamål och grund för behandlingen',
		'privacy.purpose':
			'Personuppgifterna behandlas för att ordna samarbetet för att främja välfärd och hälsa mellan välfärdsområdet, kommunerna och organisationerna: medlemskap i organ, möten, protokoll och remissrundor. Behandlingen grundar sig på en lagstadgad uppgift (lagen om välfärdsområden 611/2021 och lagen om ordnande av social- och hälsovård 612/2021; artikel 6.1 e i dataskyddsförordningen).',
		'privacy.dataTitle': 'Uppgifter som behandlas',
		'privacy.data':
			'Namn, e-postadress, titel, organisation, språk, roller i organ, inloggningssessioner och anteckningar i tjänsten (till exempel närvaro vid möten och kommentarer).',
		'privacy.cookiesTitle': 'Kakor',
		'privacy.cookies':
			'Tjänsten använder endast nödvändiga kakor: kakan för inloggningssessionen (session) och kakan för språkvalet (lang). Spårnings- eller reklamkakor används inte.',
		'privacy.retentionTitle': 'Lagring',
		'privacy.retention':
			'Sessioner upphör efter 30 dagar utan användning och senast 90 dagar efter inloggningen. Protokoll som godkänts som offentliga är offentliga handlingar (lagen om offentlighet i myndigheternas verksamhet 621/1999) och bevaras enligt arkivlagstiftningen.',
		'privacy.rightsTitle': 'Dina rättigheter',
		'privacy.rights':
			'Du har rätt att få tillgång till dina uppgifter, rätta felaktiga uppgifter och begränsa behandlingen. Dina egna uppgifter kan du ändra på sidan Mitt konto. Du kan lämna klagomål till dataombudsmannens byrå (www.tietosuoja.fi/sv).'
	},
	en: {
		'a11y.title': 'Accessibility statement',
		'a11y.intro':
			'This accessibility statement applies to the Yhdyspinta service. The service is covered by the Act on the Provision of Digital Services (306/2019), which requires public online services to be accessible.',
		'a11y.statusTitle': 'Compliance status',
		'a11y.status':
			'The service partially meets the level A and AA accessibility requirements of WCAG 2.2: the gaps concern attachments that users store.',
		'a11y.gapsTitle': 'Non-accessible content',
		'a11y.gaps':
			'Attachments that users store in the service (for example PDF and office documents) are not necessarily accessible, since their accessibility depends on whoever made the file. If you need a document in an accessible form, ask for it with the feedback form.',
		'a11y.assessmentTitle': 'How accessibility was assessed',
		'a11y.assessment':
			'Every page is checked automatically with every change, as every user role sees it, on screens 320 and 1280 CSS pixels wide: the page reflows to a narrow screen without sideways scrolling, no text is clipped, every scrollable region has a name and works from the keyboard, every target is at least 24 × 24 pixels or far enough from others, and the axe-core tool finds no failures of the WCAG 2.2 level A and AA requirements. The service has also been tested with the keyboard, at 200 % zoom and on a phone. This statement was updated on 7.12.2026 as a self-assessment.',
		'a11y.feedbackTitle': 'Give feedback on accessibility',
		'a11y.feedbackIntro':
			'Did you notice an accessibility problem? Tell us about it. We answer within 14 days if you leave your contact details.',
		'a11y.message': 'Your feedback',
		'a11y.contact': 'Your email or phone number (optional)',
		'a11y.contactHint': 'We need a contact if you would like an answer.',
		'a11y.pageField': 'The page your feedback is about (optional)',
		'a11y.send': 'Send feedback',
		'a11y.thanks':
			'Thank you for your feedback! It has been passed to the service’s administrators.',
		'a11y.enforcementTitle': 'Enforcement',
		'a11y.enforcement':
			'If you notice accessibility problems on the site, first give feedback to us. If you are not satisfied with the answer, or get no answer within two weeks, you can report it to the Regional State Administrative Agency for Southern Finland.',
		'a11y.enforcementContact':
			'Regional State Administrative Agency for Southern Finland, Accessibility Monitoring Unit: www.webaccessibility.fi, saavutettavuus@avi.fi, phone +358 295 016 000.',
		'feedback.tooMany': 'You have sent several messages in a short time. Please try again later.',
		'privacy.title': 'Privacy notice',
		'privacy.intro':
			'This notice explains how the Yhdyspinta service processes personal data under the EU General Data Protection Regulation (2016/679).',
		'privacy.controllerTitle': 'Controller',
		'privacy.controller':
			'The controller is the wellbeing services county that uses the service. You get its contact details from your region’s coordinator or the county’s registry office.',
		'privacy.purposeTitle': 'Purpose and legal basis',
		'privacy.purpose':
			'Personal data is processed to run the cooperation on wellbeing and health promotion between the county, the municipalities and the NGOs: memberships of bodies, meetings, minutes and consultation rounds. The processing is based on a statutory task (Act on Wellbeing Services Counties 611/2021 and Act on Organising Social and Health Care 612/2021; GDPR Article 6(1)(e)).',
		'privacy.dataTitle': 'Data processed',
		'privacy.data':
			'Name, email address, job title, organisation, language, roles in bodies, login sessions and entries made in the service (for example attendance at meetings and comments).',
		'privacy.cookiesTitle': 'Cookies',
		'privacy.cookies':
			'The service uses only strictly necessary cookies: the login session cookie (session) and the language choice cookie (lang). No tracking or advertising cookies are used.',
		'privacy.retentionTitle': 'Retention',
		'privacy.retention':
			'Sessions end after 30 days without use and at the latest 90 days after login. Minutes approved as public are public documents (Act on the Openness of Government Activities 621/1999) and are kept according to the archives legislation.',
		'privacy.rightsTitle': 'Your rights',
		'privacy.rights':
			'You have the right to access your data, to have wrong data corrected and to restrict processing. You can change your own details on the My account page. You can lodge a complaint with the Office of the Data Protection Ombudsman (www.tietosuoja.fi/en).'
	}
});
