import { defineMessages } from '../define';

export default defineMessages({
	fi: {},
	sv: {},
	en: {}
});
