import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'forbidden.indicator.read': 'Vain alueen käyttäjät näkevät sen indikaattorit.',
		'forbidden.indicator.manage':
			'Vain alueen koordinaattorit voivat lisätä indikaattoreita ja niiden arvoja.',
		'indicators.title': 'Indikaattorit',
		'indicators.intro':
			'Indikaattorit näyttävät, miten hyvinvointi ja terveys kehittyvät kunnissa ja hyvinvointialueella. Avaa indikaattori, niin näet sen arvot vuosittain sekä kaavion ja taulukon kustakin organisaatiosta.',
		'indicators.caption': 'Alueen indikaattorit',
		'indicators.name': 'Nimi',
		'indicators.nameHint':
			'Kuten lähteessä, esimerkiksi ”Yksinäisyyttä kokevat 75 vuotta täyttäneet, %”.',
		'indicators.unit': 'Yksikkö',
		'indicators.unitHint': 'Esimerkiksi %, henkilöä tai ‰. Voi jättää tyhjäksi.',
		'indicators.source': 'Lähde',
		'indicators.sourceHint': 'Mistä luvut tulevat, esimerkiksi THL, Sotkanet.',
		'indicators.sourceIs': 'Lähde: {source}',
		'indicators.direction': 'Kumpi suunta on parempi?',
		'indicators.directionShort': 'Parempi suunta',
		'indicators.direction.higher': 'Suurempi arvo on parempi',
		'indicators.direction.lower': 'Pienempi arvo on parempi',
		'indicators.latestYear': 'Viimeisin vuosi',
		'indicators.valueCount': 'Arvoja',
		'indicators.empty': 'Alueella ei ole vielä indikaattoreita.',
		'indicators.emptyManager':
			'Alueella ei ole vielä indikaattoreita. Lisää ensimmäinen alla olevalla lomakkeella.',
		'indicators.create': 'Lisää indikaattori',
		'indicators.createHint':
			'Lisää ensin indikaattori. Sen jälkeen voit syöttää arvot käsin tai tuoda ne CSV-tiedostosta.',
		'indicators.nameTaken': 'Alueella on jo tämänniminen indikaattori.',
		'indicators.back': '← Kaikki indikaattorit',
		'indicators.all': 'Kaikki indikaattorit',
		'indicators.values': 'Arvot vuosittain',
		'indicators.valuesCaption': 'Arvot organisaatioittain ja vuosittain',
		'indicators.valuesCaptionIn': 'Arvot organisaatioittain ja vuosittain ({unit})',
		'indicators.organisation': 'Organisaatio',
		'indicators.chooseOrganisation': 'Valitse organisaatio',
		'indicators.year': 'Vuosi',
		'indicators.value': 'Arvo',
		'indicators.valueIn': 'Arvo ({unit})',
		'indicators.noValue': 'ei arvoa',
		'indicators.noValues': 'Indikaattorille ei ole vielä arvoja.',
		'indicators.noValuesManager':
			'Indikaattorille ei ole vielä arvoja. Syötä ne alla tai tuo CSV-tiedostosta.',
		'indicators.enterValue': 'Syötä tai korjaa arvo',
		'indicators.enterValueHint':
			'Valitse organisaatio ja vuosi. Jos vuodelle on jo arvo, uusi arvo korvaa sen. Jätä arvo tyhjäksi, niin vuoden arvo poistetaan.',
		'indicators.valueHint': 'Desimaalipilkku tai -piste käy, esimerkiksi 12,5.',
		'indicators.saveValue': 'Tallenna arvo',
		'indicators.valueSaved': 'Vuoden {year} arvo tallennettu.',
		'indicators.valueRemoved': 'Vuoden {year} arvo poistettu.',
		'indicators.yearInvalid': 'Anna vuosi neljällä numerolla, esimerkiksi 2024.',
		'indicators.valueInvalid': 'Anna arvo numerona, esimerkiksi 12,5.',
		'indicators.value.organisationUnknown': 'Valitse alueen organisaatio.',
		'indicators.charts': 'Kaaviot organisaatioittain',
		'indicators.edit': 'Muokkaa indikaattoria',
		'indicators.chart.summary':
			'Viivakaavio vuosilta {from}–{to}: {first} vuonna {from}, {last} vuonna {to}. Pienin arvo {min}, suurin {max}.',
		'indicators.chart.summaryOne': 'Yksi arvo: {value} vuonna {year}.',
		'indicators.change':
			'{kind, select, percentagePoints {{change, number, ::sign-except-zero}\u00a0%-yks.} unit {{change, number, ::sign-except-zero}\u00a0{unit}} other {{change, number, ::sign-except-zero}}}',
		'indicators.trend.better': 'Parempaan suuntaan vuodesta {from} vuoteen {to} ({change}).',
		'indicators.trend.worse': 'Huonompaan suuntaan vuodesta {from} vuoteen {to} ({change}).',
		'indicators.trend.unchanged': 'Ei muutosta vuodesta {from} vuoteen {to}.',
		'indicators.organisation.title': 'Indikaattorit',
		'indicators.organisation.empty': 'Organisaatiolle ei ole vielä indikaattoreiden arvoja.',
		'indicators.measure.title': 'Indikaattorit',
		'indicators.import.title': 'Tuo arvoja CSV-tiedostosta',
		'indicators.import.link': 'Monta arvoa kerralla? Tuo ne CSV-tiedostosta.',
		'indicators.import.intro':
			'Tuo indikaattoreiden arvoja taulukosta, esimerkiksi Sotkanetistä ladattuna. Esikatsele ensin. Tuonti tehdään vain, kun jokainen rivi on kunnossa, ja silloin kaikki rivit tallennetaan kerralla. Jos organisaatiolle on jo arvo samalle vuodelle, tiedoston arvo korvaa sen.',
		'indicators.import.columns':
			'Sarakkeet indicator (indikaattorin nimi sellaisenaan), organisation (alueen organisaation nimi sellaisenaan), year (vuosi) ja value (arvo, desimaalipilkku tai -piste). Indikaattorin täytyy olla ensin lisätty.',
		'indicators.import.example': 'Esimerkki',
		'indicators.import.done':
			'{count, plural, one {# arvo} other {# arvoa}} tuotu, joista {replaced} korvasi aiemman arvon.',
		'indicators.import.replacing':
			'{count, plural, one {# rivi korvaa} other {# riviä korvaa}} aiemmin tallennetun arvon.',
		'indicators.import.row.indicatorMissing': 'Indikaattori puuttuu.',
		'indicators.import.row.indicatorUnknown': 'Alueella ei ole tämännimistä indikaattoria.',
		'indicators.import.row.organisationMissing': 'Organisaatio puuttuu.',
		'indicators.import.row.organisationUnknown': 'Alueella ei ole tämännimistä organisaatiota.',
		'indicators.import.row.yearInvalid': 'Vuosi ei kelpaa. Anna vuosi neljällä numerolla.',
		'indicators.import.row.valueInvalid': 'Arvo ei ole numero.',
		'indicators.import.row.repeated':
			'Sama indikaattori, organisaatio ja vuosi on jo aiemmalla rivillä.'
	},
	sv: {
		'forbidden.indicator.read': 'Endast områdets användare ser dess indikatorer.',
		'forbidden.indicator.manage':
			'Endast områdets koordinatorer kan lägga till indikatorer och deras värden.',
		'indicators.title': 'Indikatorer',
		'indicators.intro':
			'Indikatorerna visar hur välfärden och hälsan utvecklas i kommunerna och välfärdsområdet. Öppna en indikator för att se dess värden per år samt ett diagram och en tabell för varje organisation.',
		'indicators.caption': 'Områdets indikatorer',
		'indicators.name': 'Namn',
		'indicators.nameHint':
			'Som i källan, till exempel ”Andel 75 år fyllda som upplever ensamhet, %”.',
		'indicators.unit': 'Enhet',
		'indicators.unitHint': 'Till exempel %, personer eller ‰. Kan lämnas tom.',
		'indicators.source': 'Källa',
		'indicators.sourceHint': 'Var siffrorna kommer ifrån, till exempel THL, Sotkanet.',
		'indicators.sourceIs': 'Källa: {source}',
		'indicators.direction': 'Vilken riktning är bättre?',
		'indicators.directionShort': 'Bättre riktning',
		'indicators.direction.higher': 'Ett högre värde är bättre',
		'indicators.direction.lower': 'Ett lägre värde är bättre',
		'indicators.latestYear': 'Senaste år',
		'indicators.valueCount': 'Värden',
		'indicators.empty': 'Området har ännu inga indikatorer.',
		'indicators.emptyManager':
			'Området har ännu inga indikatorer. Lägg till den första med formuläret nedan.',
		'indicators.create': 'Lägg till indikator',
		'indicators.createHint':
			'Lägg först till indikatorn. Sedan kan du mata in värdena för hand eller importera dem från en CSV-fil.',
		'indicators.nameTaken': 'Området har redan en indikator med detta namn.',
		'indicators.back': '← Alla indikatorer',
		'indicators.all': 'Alla indikatorer',
		'indicators.values': 'Värden per år',
		'indicators.valuesCaption': 'Värden per organisation och år',
		'indicators.valuesCaptionIn': 'Värden per organisation och år ({unit})',
		'indicators.organisation': 'Organisation',
		'indicators.chooseOrganisation': 'Välj organisation',
		'indicators.year': 'År',
		'indicators.value': 'Värde',
		'indicators.valueIn': 'Värde ({unit})',
		'indicators.noValue': 'inget värde',
		'indicators.noValues': 'Indikatorn har ännu inga värden.',
		'indicators.noValuesManager':
			'Indikatorn har ännu inga värden. Mata in dem nedan eller importera dem från en CSV-fil.',
		'indicators.enterValue': 'Mata in eller rätta ett värde',
		'indicators.enterValueHint':
			'Välj organisation och år. Om året redan har ett värde ersätts det av det nya. Lämna värdet tomt för att ta bort årets värde.',
		'indicators.valueHint': 'Decimalkomma eller -punkt går bra, till exempel 12,5.',
		'indicators.saveValue': 'Spara värdet',
		'indicators.valueSaved': 'Värdet för år {year} har sparats.',
		'indicators.valueRemoved': 'Värdet för år {year} har tagits bort.',
		'indicators.yearInvalid': 'Ange året med fyra siffror, till exempel 2024.',
		'indicators.valueInvalid': 'Ange värdet som ett tal, till exempel 12,5.',
		'indicators.value.organisationUnknown': 'Välj en organisation i området.',
		'indicators.charts': 'Diagram per organisation',
		'indicators.edit': 'Redigera indikatorn',
		'indicators.chart.summary':
			'Linjediagram för åren {from}–{to}: {first} år {from}, {last} år {to}. Lägsta värde {min}, högsta {max}.',
		'indicators.chart.summaryOne': 'Ett värde: {value} år {year}.',
		'indicators.change':
			'{kind, select, percentagePoints {{change, number, ::sign-except-zero}\u00a0procentenheter} unit {{change, number, ::sign-except-zero}\u00a0{unit}} other {{change, number, ::sign-except-zero}}}',
		'indicators.trend.better': 'I bättre riktning från år {from} till år {to} ({change}).',
		'indicators.trend.worse': 'I sämre riktning från år {from} till år {to} ({change}).',
		'indicators.trend.unchanged': 'Ingen förändring från år {from} till år {to}.',
		'indicators.organisation.title': 'Indikatorer',
		'indicators.organisation.empty': 'Organisationen har ännu inga indikatorvärden.',
		'indicators.measure.title': 'Indikatorer',
		'indicators.import.title': 'Importera värden från CSV-fil',
		'indicators.import.link': 'Många värden på en gång? Importera dem från en CSV-fil.',
		'indicators.import.intro':
			'Importera indikatorvärden från en tabell, till exempel nedladdad från Sotkanet. Förhandsgranska först. Importen görs endast när varje rad är i ordning, och då sparas alla rader på en gång. Om organisationen redan har ett värde för samma år ersätts det av filens värde.',
		'indicators.import.columns':
			'Kolumnerna indicator (indikatorns namn exakt), organisation (namnet på en organisation i området exakt), year (år) och value (värde, decimalkomma eller -punkt). Indikatorn måste först ha lagts till.',
		'indicators.import.example': 'Exempel',
		'indicators.import.done':
			'{count, plural, one {# värde} other {# värden}} importerade, av vilka {replaced} ersatte ett tidigare värde.',
		'indicators.import.replacing':
			'{count, plural, one {# rad ersätter} other {# rader ersätter}} ett tidigare sparat värde.',
		'indicators.import.row.indicatorMissing': 'Indikator saknas.',
		'indicators.import.row.indicatorUnknown': 'Området har ingen indikator med detta namn.',
		'indicators.import.row.organisationMissing': 'Organisation saknas.',
		'indicators.import.row.organisationUnknown': 'Området har ingen organisation med detta namn.',
		'indicators.import.row.yearInvalid': 'Året duger inte. Ange året med fyra siffror.',
		'indicators.import.row.valueInvalid': 'Värdet är inte ett tal.',
		'indicators.import.row.repeated':
			'Samma indikator, organisation och år finns redan på en tidigare rad.'
	},
	en: {
		'forbidden.indicator.read': 'Only the region’s users see its indicators.',
		'forbidden.indicator.manage':
			'Only the region’s coordinators can add indicators and their values.',
		'indicators.title': 'Indicators',
		'indicators.intro':
			'Indicators show how wellbeing and health develop in the municipalities and the wellbeing services county. Open an indicator to see its values per year, and a chart and a table for each organisation.',
		'indicators.caption': 'The region’s indicators',
		'indicators.name': 'Name',
		'indicators.nameHint':
			'As in the source, for example “Persons aged 75 and over who feel lonely, %”.',
		'indicators.unit': 'Unit',
		'indicators.unitHint': 'For example %, persons or ‰. May be left empty.',
		'indicators.source': 'Source',
		'indicators.sourceHint': 'Where the figures come from, for example THL, Sotkanet.',
		'indicators.sourceIs': 'Source: {source}',
		'indicators.direction': 'Which direction is better?',
		'indicators.directionShort': 'Better direction',
		'indicators.direction.higher': 'A higher value is better',
		'indicators.direction.lower': 'A lower value is better',
		'indicators.latestYear': 'Latest year',
		'indicators.valueCount': 'Values',
		'indicators.empty': 'The region has no indicators yet.',
		'indicators.emptyManager':
			'The region has no indicators yet. Add the first one with the form below.',
		'indicators.create': 'Add indicator',
		'indicators.createHint':
			'Add the indicator first. Then you can enter its values by hand or import them from a CSV file.',
		'indicators.nameTaken': 'The region already has an indicator with this name.',
		'indicators.back': '← All indicators',
		'indicators.all': 'All indicators',
		'indicators.values': 'Values per year',
		'indicators.valuesCaption': 'Values per organisation and year',
		'indicators.valuesCaptionIn': 'Values per organisation and year ({unit})',
		'indicators.organisation': 'Organisation',
		'indicators.chooseOrganisation': 'Choose an organisation',
		'indicators.year': 'Year',
		'indicators.value': 'Value',
		'indicators.valueIn': 'Value ({unit})',
		'indicators.noValue': 'no value',
		'indicators.noValues': 'The indicator has no values yet.',
		'indicators.noValuesManager':
			'The indicator has no values yet. Enter them below or import them from a CSV file.',
		'indicators.enterValue': 'Enter or correct a value',
		'indicators.enterValueHint':
			'Choose the organisation and the year. A value already stored for that year is replaced. Leave the value empty to remove the year’s value.',
		'indicators.valueHint': 'A decimal comma or point both work, for example 12,5.',
		'indicators.saveValue': 'Save value',
		'indicators.valueSaved': 'The value for {year} was saved.',
		'indicators.valueRemoved': 'The value for {year} was removed.',
		'indicators.yearInvalid': 'Give the year in four digits, for example 2024.',
		'indicators.valueInvalid': 'Give the value as a number, for example 12.5.',
		'indicators.value.organisationUnknown': 'Choose an organisation of the region.',
		'indicators.charts': 'Charts per organisation',
		'indicators.edit': 'Edit indicator',
		'indicators.chart.summary':
			'Line chart of {from}–{to}: {first} in {from}, {last} in {to}. Lowest value {min}, highest {max}.',
		'indicators.chart.summaryOne': 'One value: {value} in {year}.',
		'indicators.change':
			'{kind, select, percentagePoints {{change, number, ::sign-except-zero}\u00a0percentage points} unit {{change, number, ::sign-except-zero}\u00a0{unit}} other {{change, number, ::sign-except-zero}}}',
		'indicators.trend.better': 'Better from {from} to {to} ({change}).',
		'indicators.trend.worse': 'Worse from {from} to {to} ({change}).',
		'indicators.trend.unchanged': 'No change from {from} to {to}.',
		'indicators.organisation.title': 'Indicators',
		'indicators.organisation.empty': 'There are no indicator values for this organisation yet.',
		'indicators.measure.title': 'Indicators',
		'indicators.import.title': 'Import values from a CSV file',
		'indicators.import.link': 'Many values at once? Import them from a CSV file.',
		'indicators.import.intro':
			'Import indicator values from a table, for example one downloaded from Sotkanet. Preview it first. The import runs only when every row is in order, and then all rows are saved at once. A value already stored for the same organisation and year is replaced by the file’s value.',
		'indicators.import.columns':
			'Columns indicator (the indicator’s name exactly), organisation (the name of an organisation of the region exactly), year and value (decimal comma or point). The indicator must be added first.',
		'indicators.import.example': 'Example',
		'indicators.import.done':
			'{count, plural, one {# value} other {# values}} imported, {replaced} of them replacing an earlier value.',
		'indicators.import.replacing':
			'{count, plural, one {# row replaces} other {# rows replace}} a value stored earlier.',
		'indicators.import.row.indicatorMissing': 'The indicator is missing.',
		'indicators.import.row.indicatorUnknown': 'The region has no indicator with this name.',
		'indicators.import.row.organisationMissing': 'The organisation is missing.',
		'indicators.import.row.organisationUnknown': 'The region has no organisation with this name.',
		'indicators.import.row.yearInvalid': 'The year is not valid. Give it in four digits.',
		'indicators.import.row.valueInvalid': 'The value is not a number.',
		'indicators.import.row.repeated':
			'The same indicator, organisation and year are already on an earlier row.'
	}
});
