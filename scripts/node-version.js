/**
 * The Node this project runs on. Every entry point (the server, the backup, the
 * Vite, vitest and Playwright configs, the benchmark) imports this module first,
 * so an older Node stops here with a clear message instead of failing later in a
 * dependency: better-sqlite3 13 crashes Node 20 with a segmentation fault.
 * No imports: it must run before anything else is loaded.
 */
export const REQUIRED_NODE_MAJOR = 24;

/**
 * Why this Node cannot run the project, or null when it can.
 * @param {string} version `process.versions.node`
 * @param {string} execPath `process.execPath`
 * @returns {string | null}
 */
export function nodeVersionProblem(version, execPath) {
	if (Number(version.split('.')[0]) >= REQUIRED_NODE_MAJOR) return null;
	return (
		`Yhdyspinta needs Node ${REQUIRED_NODE_MAJOR} or newer, but ${execPath} is Node ${version}.\n` +
		`Run it through npm (\`npm ci\` installs Node ${REQUIRED_NODE_MAJOR} as a dev dependency and \`npm run …\` uses it), ` +
		`or put Node ${REQUIRED_NODE_MAJOR} first on the PATH.`
	);
}

const problem = nodeVersionProblem(process.versions.node, process.execPath);
if (problem) {
	console.error(problem);
	process.exit(1);
}
