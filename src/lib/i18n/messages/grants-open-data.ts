import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'grantOpenData.json': 'Avoin data 360Giving-muodossa (JSON)',
		'grantOpenData.packageTitle': 'Myönnetyt järjestöavustukset',
		'grantOpenData.packageDescription':
			'Hyvinvointialueiden myöntämät järjestöavustukset 360Giving Data Standard 1.4.3 -muodossa. Suojattaviksi piilotetut avustukset eivät ole mukana.',
		'grantOpenData.publicity.title': 'Julkisuus',
		'grantOpenData.publicity.publicId': 'Avoimen datan tunnus',
		'grantOpenData.publicity.shown':
			'Avustus näkyy julkisessa listassa, CSV-tiedostossa ja avoimessa datassa.',
		'grantOpenData.publicity.hidden':
			'Avustus on piilotettu julkisesta listasta, CSV-tiedostosta ja avoimesta datasta {date} alkaen. Peruste: {reason}',
		'grantOpenData.publicity.hideHint':
			'Piilota avustus vain painavasta syystä, esimerkiksi henkilön suojaamiseksi. Peruste kirjataan lokiin. Avustuksen summa pysyy mukana alueen avustuksissa lukuina.',
		'grantOpenData.publicity.reason': 'Piilottamisen peruste',
		'grantOpenData.publicity.hide': 'Piilota julkisesta listasta',
		'grantOpenData.publicity.unhide': 'Palauta julkiseen listaan',
		'grantOpenData.publicity.hiddenDone': 'Avustus piilotettiin julkisesta listasta.',
		'grantOpenData.publicity.unhiddenDone': 'Avustus palautettiin julkiseen listaan.',
		'grantOpenData.notGranted': 'Vain myönnetyn avustuksen voi piilottaa tai palauttaa.',
		'grantOpenData.alreadyHidden': 'Avustus on jo piilotettu.',
		'grantOpenData.notHidden': 'Avustus ei ole piilotettu.',
		'grantOpenData.perMunicipality': 'Euroa asukasta kohden kunnittain',
		'grantOpenData.perMunicipalityRule':
			'Kuntakohtaiset luvut on laskettu näin: jos avustettu toiminta kohdistuu useaan kuntaan, avustus jaetaan niiden kesken asukaslukujen suhteessa. Jos hakemuksessa ei ole nimetty kuntia, avustus jaetaan kaikkien alueen kuntien kesken samoin. Kunnan osuus jaetaan sen asukasluvulla. Asukasluvut: Tilastokeskus, väestö 31.12.{year} (CC BY 4.0).',
		'grantOpenData.hiddenCounted':
			'Luvuissa ovat mukana myös avustukset, jotka on henkilön suojaamiseksi piilotettu julkisesta listasta.',
		'grantOpenData.municipality': 'Kunta',
		'grantOpenData.population': 'Asukkaita',
		'grantOpenData.share': 'Avustuksia kunnalle',
		'grantOpenData.perResident': 'Euroa asukasta kohden',
		'grantOpenData.perMunicipalityCaption': 'Myönnetyt avustukset kunnittain {year}',
		'audit.action.grant.hidden': 'Avustus piilotettiin julkisesta listasta',
		'audit.action.grant.unhidden': 'Avustus palautettiin julkiseen listaan'
	},
	sv: {
		'grantOpenData.json': 'Öppna data i 360Giving-format (JSON)',
		'grantOpenData.packageTitle': 'Beviljade organisationsunderstöd',
		'grantOpenData.packageDescription':
			'Organisationsunderstöd som välfärdsområdena beviljat, i formatet 360Giving Data Standard 1.4.3. Understöd som dolts för att skydda en person ingår inte.',
		'grantOpenData.publicity.title': 'Offentlighet',
		'grantOpenData.publicity.publicId': 'Identifierare i öppna data',
		'grantOpenData.publicity.shown':
			'Understödet syns i den offentliga listan, i CSV-filen och i öppna data.',
		'grantOpenData.publicity.hidden':
			'Understödet har dolts i den offentliga listan, CSV-filen och öppna data sedan {date}. Grund: {reason}',
		'grantOpenData.publicity.hideHint':
			'Dölj ett understöd endast av vägande skäl, till exempel för att skydda en person. Grunden loggas. Understödets belopp räknas fortfarande med i områdets understöd i siffror.',
		'grantOpenData.publicity.reason': 'Grund för att dölja',
		'grantOpenData.publicity.hide': 'Dölj i den offentliga listan',
		'grantOpenData.publicity.unhide': 'Återställ till den offentliga listan',
		'grantOpenData.publicity.hiddenDone': 'Understödet doldes i den offentliga listan.',
		'grantOpenData.publicity.unhiddenDone': 'Understödet återställdes till den offentliga listan.',
		'grantOpenData.notGranted': 'Endast ett beviljat understöd kan döljas eller återställas.',
		'grantOpenData.alreadyHidden': 'Understödet är redan dolt.',
		'grantOpenData.notHidden': 'Understödet är inte dolt.',
		'grantOpenData.perMunicipality': 'Euro per invånare kommunvis',
		'grantOpenData.perMunicipalityRule':
			'Siffrorna per kommun räknas så här: om verksamheten gäller flera kommuner delas understödet mellan dem i förhållande till deras invånarantal. Om ansökan inte nämner några kommuner delas understödet på samma sätt mellan alla kommuner i området. Kommunens andel delas med dess invånarantal. Invånarantal: Statistikcentralen, befolkning 31.12.{year} (CC BY 4.0).',
		'grantOpenData.hiddenCounted':
			'I siffrorna ingår också understöd som dolts i den offentliga listan för att skydda en person.',
		'grantOpenData.municipality': 'Kommun',
		'grantOpenData.population': 'Invånare',
		'grantOpenData.share': 'Understöd till kommunen',
		'grantOpenData.perResident': 'Euro per invånare',
		'grantOpenData.perMunicipalityCaption': 'Beviljade understöd per kommun {year}',
		'audit.action.grant.hidden': 'Understödet doldes i den offentliga listan',
		'audit.action.grant.unhidden': 'Understödet återställdes till den offentliga listan'
	},
	en: {
		'grantOpenData.json': 'Open data in the 360Giving format (JSON)',
		'grantOpenData.packageTitle': 'Granted NGO grants',
		'grantOpenData.packageDescription':
			'NGO grants awarded by the wellbeing services counties, in the 360Giving Data Standard 1.4.3. Grants hidden to protect a person are not included.',
		'grantOpenData.publicity.title': 'Publicity',
		'grantOpenData.publicity.publicId': 'Open data identifier',
		'grantOpenData.publicity.shown':
			'The grant is shown in the public list, the CSV and the open data.',
		'grantOpenData.publicity.hidden':
			'The grant has been hidden from the public list, the CSV and the open data since {date}. Reason: {reason}',
		'grantOpenData.publicity.hideHint':
			'Hide a grant only for a weighty reason, such as protecting a person. The reason is logged. The amount still counts in the region’s grant figures.',
		'grantOpenData.publicity.reason': 'Reason for hiding',
		'grantOpenData.publicity.hide': 'Hide from the public list',
		'grantOpenData.publicity.unhide': 'Return to the public list',
		'grantOpenData.publicity.hiddenDone': 'The grant was hidden from the public list.',
		'grantOpenData.publicity.unhiddenDone': 'The grant was returned to the public list.',
		'grantOpenData.notGranted': 'Only a granted grant can be hidden or returned.',
		'grantOpenData.alreadyHidden': 'The grant is already hidden.',
		'grantOpenData.notHidden': 'The grant is not hidden.',
		'grantOpenData.perMunicipality': 'Euros per resident by municipality',
		'grantOpenData.perMunicipalityRule':
			'How the figures per municipality are counted: a grant for activity in several municipalities is shared among them by their populations; a grant whose application names no municipality is shared among all the region’s municipalities the same way. A municipality’s share is divided by its population. Populations: Statistics Finland, population on 31 December {year} (CC BY 4.0).',
		'grantOpenData.hiddenCounted':
			'The figures include grants hidden from the public list to protect a person.',
		'grantOpenData.municipality': 'Municipality',
		'grantOpenData.population': 'Residents',
		'grantOpenData.share': 'Grants for the municipality',
		'grantOpenData.perResident': 'Euros per resident',
		'grantOpenData.perMunicipalityCaption': 'Granted grants by municipality {year}',
		'audit.action.grant.hidden': 'Grant hidden from the public list',
		'audit.action.grant.unhidden': 'Grant returned to the public list'
	}
});
