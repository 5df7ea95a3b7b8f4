import { defineMessages } from '../define';

/** An application's long texts co-edited live, and who changed them. */
export default defineMessages({
	fi: {
		'grantTexts.live.help':
			'Kuvaus ja kohderyhmät tallentuvat kirjoittaessa, ja järjestön muut käyttäjät näkevät muutokset heti.',
		'grantTexts.lastEdit': 'Muokannut viimeksi {name} {date} klo {time}',
		'grantTexts.history.heading': 'Tekstien muutokset',
		'grantTexts.history.help':
			'Kuka muutti hakemuksen kuvausta tai kohderyhmiä ja milloin. Saman henkilön peräkkäiset muutokset muutaman minuutin sisällä näkyvät yhtenä rivinä.',
		'grantTexts.history.entry': '{name} muokkasi kohtaa {field}',
		'grantTexts.history.at': '{date} klo {time}'
	},
	sv: {
		'grantTexts.live.help':
			'Beskrivningen och målgrupperna sparas medan du skriver, och föreningens andra användare ser ändringarna direkt.',
		'grantTexts.lastEdit': 'Senast ändrad av {name} {date} kl. {time}',
		'grantTexts.history.heading': 'Ändringar i texterna',
		'grantTexts.history.help':
			'Vem som ändrade ansökans beskrivning eller målgrupper och när. En persons ändringar efter varandra inom några minuter visas på en rad.',
		'grantTexts.history.entry': '{name} ändrade {field}',
		'grantTexts.history.at': '{date} kl. {time}'
	},
	en: {
		'grantTexts.live.help':
			'The description and the target groups are saved as you type, and the organisation’s other users see the changes at once.',
		'grantTexts.lastEdit': 'Last changed by {name} on {date} at {time}',
		'grantTexts.history.heading': 'Changes to the texts',
		'grantTexts.history.help':
			'Who changed the application’s description or target groups, and when. One person’s changes within a few minutes of each other show as one line.',
		'grantTexts.history.entry': '{name} changed {field}',
		'grantTexts.history.at': '{date} at {time}'
	}
});
