import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'measures.nav': 'Toimenpiteet'
	},
	sv: {
		'measures.nav': 'Åtgärder'
	},
	en: {
		'measures.nav': 'Measures'
	}
});
