import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'search.nav': 'Haku',
		'search.title': 'Haku',
		'search.titleWithQuery': 'Haku: {query}',
		'search.intro':
			'Hae esityslistoista, muistioista ja liitteiden nimistä. Haku löytää sanat myös taivutettuina, kun kirjoitat sanan alun.',
		'search.label': 'Hakusanat',
		'search.hint': 'Ä, ö ja å ovat omia kirjaimiaan: ”paihde” ei löydä sanaa ”päihde”.',
		'search.prompt': 'Kirjoita hakusana ja valitse Hae.',
		'search.resultsHeading':
			'{count, plural, =0 {Ei tuloksia haulle ”{query}”} one {# tulos haulle ”{query}”} other {# tulosta haulle ”{query}”}}',
		'search.noResultsHint': 'Tarkista kirjoitusasu tai kokeile lyhyempää sanan alkua.',
		'search.itemNumber': 'Asia {number}',
		'search.source.agenda': 'Esityslista',
		'search.source.minutes': 'Muistio',
		'search.source.attachment': 'Liite',
		'search.source.public': 'Julkaistu muistio'
	},
	sv: {
		'search.nav': 'Sök',
		'search.title': 'Sök',
		'search.titleWithQuery': 'Sök: {query}',
		'search.intro':
			'Sök i föredragningslistor, protokoll och namn på bilagor. Sökningen hittar också böjda former när du skriver början av ordet.',
		'search.label': 'Sökord',
		'search.hint': 'Ä, ö och å är egna bokstäver: ”paihde” hittar inte ordet ”päihde”.',
		'search.prompt': 'Skriv ett sökord och välj Sök.',
		'search.resultsHeading':
			'{count, plural, =0 {Inga träffar för ”{query}”} one {# träff för ”{query}”} other {# träffar för ”{query}”}}',
		'search.noResultsHint': 'Kontrollera stavningen eller försök med en kortare början av ordet.',
		'search.itemNumber': 'Ärende {number}',
		'search.source.agenda': 'Föredragningslista',
		'search.source.minutes': 'Protokoll',
		'search.source.attachment': 'Bilaga',
		'search.source.public': 'Publicerat protokoll'
	},
	en: {
		'search.nav': 'Search',
		'search.title': 'Search',
		'search.titleWithQuery': 'Search: {query}',
		'search.intro':
			'Search agendas, minutes and attachment names. Type the beginning of a word to find its inflected forms too.',
		'search.label': 'Search terms',
		'search.hint': 'Ä, ö and å are letters of their own: “paihde” does not find “päihde”.',
		'search.prompt': 'Type a search term and choose Search.',
		'search.resultsHeading':
			'{count, plural, =0 {No results for “{query}”} one {# result for “{query}”} other {# results for “{query}”}}',
		'search.noResultsHint': 'Check the spelling or try a shorter beginning of the word.',
		'search.itemNumber': 'Item {number}',
		'search.source.agenda': 'Agenda',
		'search.source.minutes': 'Minutes',
		'search.source.attachment': 'Attachment',
		'search.source.public': 'Published minutes'
	}
});
