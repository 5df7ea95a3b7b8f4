/**
 * `npm run dev`: the same collaboration server on Vite's HTTP server, so live
 * editing works in development. Only /collab/ upgrades are taken; Vite's HMR
 * socket is left alone. The server code is loaded through Vite's SSR module
 * graph once the dev server listens, which keeps vite.config.ts light (every
 * `vite build` and vitest run loads it) and lets the collaboration server
 * share modules with the SvelteKit server code.
 */
import type { Plugin, ViteDevServer } from 'vite';

type DevModule = typeof import('./dev');

/** The origins the dev server answers on (localhost and network URLs), plus ORIGIN when set. */
function devOrigins(server: ViteDevServer): string[] {
	const urls = [...(server.resolvedUrls?.local ?? []), ...(server.resolvedUrls?.network ?? [])];
	const origins = urls.map((url) => new URL(url).origin);
	if (process.env.ORIGIN) origins.push(process.env.ORIGIN);
	return origins;
}

export function collabDevServer(): Plugin {
	return {
		name: 'yhdyspinta-collab-dev-server',
		apply: 'serve',
		configureServer(server) {
			const httpServer = server.httpServer;
			// Middleware mode (e.g. vitest) has no HTTP server of its own to attach to.
			if (!httpServer) return;
			httpServer.once('listening', () => {
				server
					.ssrLoadModule('/server/collab/dev.ts')
					.then((module) => {
						const collab = (module as DevModule).startDevCollaboration(httpServer, () =>
							devOrigins(server)
						);
						httpServer.once('close', () => {
							collab.close().catch((err: unknown) => console.error('[collab] closing failed', err));
						});
					})
					.catch((err: unknown) =>
						console.error('[collab] the collaboration server did not start', err)
					);
			});
		}
	};
}
