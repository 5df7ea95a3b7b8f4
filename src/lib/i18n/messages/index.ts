import admin from './admin';
import auth from './auth';
import common from './common';
import cooperation from './cooperation';
import legal from './legal';
import meetings from './meetings';

/** Every area's messages merged per language. Add an area by importing it here. */
export const messages = {
	fi: { ...common.fi, ...admin.fi, ...auth.fi, ...cooperation.fi, ...legal.fi, ...meetings.fi },
	sv: { ...common.sv, ...admin.sv, ...auth.sv, ...cooperation.sv, ...legal.sv, ...meetings.sv },
	en: { ...common.en, ...admin.en, ...auth.en, ...cooperation.en, ...legal.en, ...meetings.en }
};

export type MessageKey = keyof typeof messages.fi;
