import auth from './auth';
import common from './common';
import cooperation from './cooperation';

/** Every area's messages merged per language. Add an area by importing it here. */
export const messages = {
	fi: { ...common.fi, ...auth.fi, ...cooperation.fi },
	sv: { ...common.sv, ...auth.sv, ...cooperation.sv },
	en: { ...common.en, ...auth.en, ...cooperation.en }
};

export type MessageKey = keyof typeof messages.fi;
