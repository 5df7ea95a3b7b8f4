import admin from './admin';
import attachments from './attachments';
import auth from './auth';
import collab from './collab';
import common from './common';
import cooperation from './cooperation';
import legal from './legal';
import meetings from './meetings';
import records from './records';
import search from './search';
import calendar from './calendar';
import consultations from './consultations';
import notifications from './notifications';
import measures from './measures';
import indicators from './indicators';
import grantCalls from './grants-calls';
import grantApplications from './grants-applications';
import grantDecisions from './grants-decisions';
import grantFigures from './grants-public';
import grantOpenData from './grants-open-data';
import grantChanges from './grants-changes';
import grantPayments from './grants-payments';
import grantFollowup from './grants-followup';
import organisationProfile from './organisation-profile';
import grantDocuments from './grants-documents';
import disqualification from './disqualification';
import grantReuse from './grants-reuse';
import grantTexts from './grants-live-texts';
import grantPaper from './grants-paper';
import grantReportQuestions from './grants-report-questions';
import regions from './regions';
import situationPicture from './situation-picture';
import situationSurvey from './situation-survey';

/** Every area's messages merged per language. Add an area by importing it here. */
export const messages = {
	fi: {
		...common.fi,
		...collab.fi,
		...admin.fi,
		...auth.fi,
		...cooperation.fi,
		...legal.fi,
		...meetings.fi,
		...records.fi,
		...attachments.fi,
		...search.fi,
		...calendar.fi,
		...consultations.fi,
		...notifications.fi,
		...measures.fi,
		...indicators.fi,
		...grantCalls.fi,
		...grantApplications.fi,
		...grantDecisions.fi,
		...grantFigures.fi,
		...grantOpenData.fi,
		...grantChanges.fi,
		...grantPayments.fi,
		...grantFollowup.fi,
		...organisationProfile.fi,
		...grantDocuments.fi,
		...disqualification.fi,
		...grantReuse.fi,
		...grantTexts.fi,
		...grantPaper.fi,
		...grantReportQuestions.fi,
		...regions.fi,
		...situationPicture.fi,
		...situationSurvey.fi
	},
	sv: {
		...common.sv,
		...collab.sv,
		...admin.sv,
		...auth.sv,
		...cooperation.sv,
		...legal.sv,
		...meetings.sv,
		...records.sv,
		...attachments.sv,
		...search.sv,
		...calendar.sv,
		...consultations.sv,
		...notifications.sv,
		...measures.sv,
		...indicators.sv,
		...grantCalls.sv,
		...grantApplications.sv,
		...grantDecisions.sv,
		...grantFigures.sv,
		...grantOpenData.sv,
		...grantChanges.sv,
		...grantPayments.sv,
		...grantFollowup.sv,
		...organisationProfile.sv,
		...grantDocuments.sv,
		...disqualification.sv,
		...grantReuse.sv,
		...grantTexts.sv,
		...grantPaper.sv,
		...grantReportQuestions.sv,
		...regions.sv,
		...situationPicture.sv,
		...situationSurvey.sv
	},
	en: {
		...common.en,
		...collab.en,
		...admin.en,
		...auth.en,
		...cooperation.en,
		...legal.en,
		...meetings.en,
		...records.en,
		...attachments.en,
		...search.en,
		...calendar.en,
		...consultations.en,
		...notifications.en,
		...measures.en,
		...indicators.en,
		...grantCalls.en,
		...grantApplications.en,
		...grantDecisions.en,
		...grantFigures.en,
		...grantOpenData.en,
		...grantChanges.en,
		...grantPayments.en,
		...grantFollowup.en,
		...organisationProfile.en,
		...grantDocuments.en,
		...disqualification.en,
		...grantReuse.en,
		...grantTexts.en,
		...grantPaper.en,
		...grantReportQuestions.en,
		...regions.en,
		...situationPicture.en,
		...situationSurvey.en
	}
};

export type MessageKey = keyof typeof messages.fi;
