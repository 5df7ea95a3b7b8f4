/**
 * Runtime settings from the environment, read in one place. The production
 * entry (`server/index.ts`) fills in defaults before the app is loaded, so
 * these are always set there; `npm run dev` falls back to the same defaults.
 */
export interface Config {
	databasePath: string;
	demoMode: boolean;
	/** Notification email: SMTP_URL (e.g. smtps://user:password@smtp.example.fi) and SMTP_FROM; null = in-app only. */
	smtp: { url: string; from: string | null } | null;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const demoMode = env.YHDYSPINTA_DEMO === '1';
	return {
		demoMode,
		databasePath: env.DATABASE_PATH || (demoMode ? './data/demo.db' : './data/yhdyspinta.db'),
		smtp: env.SMTP_URL ? { url: env.SMTP_URL, from: env.SMTP_FROM || null } : null
	};
}
