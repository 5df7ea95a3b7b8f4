import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'consultations.nav': 'Lausunnot'
	},
	sv: {
		'consultations.nav': 'Remisser'
	},
	en: {
		'consultations.nav': 'Consultations'
	}
});
