/**
 * esbuild settings for what runs as a Node process of its own (the server, the benchmark, the
 * collaboration tests' servers): ESM for Node 24, our code bundled, packages loaded from
 * node_modules except the ones in BUNDLED_PACKAGES.
 */

/**
 * Packages bundled all the same: Node 24's ESM loader copies a package's whole `exports` map
 * into JavaScript for every module it loads from it, and drizzle-orm's map (175 KB) for each of
 * its ~450 modules cost over a second and 100+ MB of memory at start-up (CommonJS and Node 20
 * do not). vite.config.ts bundles it into the SvelteKit build for the same reason.
 */
export const BUNDLED_PACKAGES = ['drizzle-orm'];

/** @type {import('esbuild').Plugin} */
const externalPackages = {
	name: 'external-packages',
	setup(build) {
		// Bare specifiers only: relative paths, absolute paths and `#` imports are ours.
		build.onResolve({ filter: /^[^./#]/ }, ({ path }) =>
			BUNDLED_PACKAGES.some((name) => path === name || path.startsWith(`${name}/`))
				? undefined
				: { path, external: true }
		);
	}
};

/** @satisfies {import('esbuild').BuildOptions} */
export const nodeBundle = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node24',
	plugins: [externalPackages],
	logLevel: 'warning'
};
