import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'calendar.nav': 'Vuosikello'
	},
	sv: {
		'calendar.nav': 'Årshjul'
	},
	en: {
		'calendar.nav': 'Annual calendar'
	}
});
