/** The message keys of an application's long texts, for the live editor and the history alike. */
export const TEXT_FIELD_MESSAGES = {
	activity: {
		label: 'grantApplications.form.activity',
		hint: 'grantApplications.form.activityHint'
	},
	targetGroups: {
		label: 'grantApplications.form.targetGroups',
		hint: 'grantApplications.form.targetGroupsHint'
	}
} as const;
