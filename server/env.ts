/**
 * Defaults for every entry point, filled in before the app is loaded, so that
 * `npm start` and `npm run demo` work with nothing set. adapter-node's handler
 * reads ORIGIN itself: without it every form POST would be refused as cross-site.
 */
export interface ServerSettings {
	port: number;
	host: string;
	origin: string;
	databasePath: string;
	demoMode: boolean;
}

export function applyDefaults(env: NodeJS.ProcessEnv, demoMode: boolean): ServerSettings {
	env.PORT ||= '3000';
	env.HOST ||= '0.0.0.0';
	env.ORIGIN ||= `http://localhost:${env.PORT}`;
	// Attachments may be up to 20 MB (CSV imports 2 MB); adapter-node refuses larger bodies than
	// this with a bare 413, so leave room for the rest of the multipart form and our own message.
	env.BODY_SIZE_LIMIT ||= '25M';
	env.DATABASE_PATH ||= demoMode ? './data/demo.db' : './data/yhdyspinta.db';
	if (demoMode) env.YHDYSPINTA_DEMO = '1';
	const port = Number(env.PORT);
	if (!Number.isInteger(port) || port < 0 || port > 65535)
		throw new Error(`PORT must be a port number, got "${env.PORT}"`);
	return { port, host: env.HOST, origin: env.ORIGIN, databasePath: env.DATABASE_PATH, demoMode };
}
