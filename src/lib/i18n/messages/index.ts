import auth from './auth';
import common from './common';
import cooperation from './cooperation';
import legal from './legal';

/** Every area's messages merged per language. Add an area by importing it here. */
export const messages = {
	fi: { ...common.fi, ...auth.fi, ...cooperation.fi, ...legal.fi },
	sv: { ...common.sv, ...auth.sv, ...cooperation.sv, ...legal.sv },
	en: { ...common.en, ...auth.en, ...cooperation.en, ...legal.en }
};

export type MessageKey = keyof typeof messages.fi;
