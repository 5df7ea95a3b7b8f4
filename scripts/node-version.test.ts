import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { nodeVersionProblem, REQUIRED_NODE_MAJOR } from './node-version.js';

const major = (version: string) => Number(version.trim().replace(/^v/, '').split('.')[0]);

/** Runs a script with the `node` found on the PATH, the way `npm run` scripts and the e2e tests start servers. */
function nodeOnPath(script: string) {
	const result = spawnSync('node', ['--input-type=module', '-e', script], { encoding: 'utf8' });
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	return result.stdout.trim();
}

describe('the Node the project runs on', () => {
	test('is the one that .node-version, .nvmrc, engines and the `node` dev dependency name', () => {
		expect(readFileSync('.node-version', 'utf8').trim()).toBe(String(REQUIRED_NODE_MAJOR));
		expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(String(REQUIRED_NODE_MAJOR));
		expect(pkg.engines.node).toBe(`>=${REQUIRED_NODE_MAJOR}`);
		expect(pkg.devDependencies.node).toMatch(new RegExp(`^\\^${REQUIRED_NODE_MAJOR}\\.`));
	});

	test('runs these tests', () => {
		expect(major(process.versions.node)).toBe(REQUIRED_NODE_MAJOR);
	});

	test('is the `node` that child processes find on the PATH', () => {
		expect(major(nodeOnPath('console.log(process.versions.node)'))).toBe(REQUIRED_NODE_MAJOR);
	});

	test('loads the native addons in a child process', () => {
		const script = `
			import Database from 'better-sqlite3';
			import { hash, verify } from '@node-rs/argon2';
			const db = new Database(':memory:');
			const { v } = db.prepare('select sqlite_version() as v').get();
			const ok = await verify(await hash('salasana'), 'salasana');
			console.log(JSON.stringify({ node: process.versions.node, sqlite: v, ok }));`;
		const report = JSON.parse(nodeOnPath(script));
		expect(major(report.node)).toBe(REQUIRED_NODE_MAJOR);
		expect(report.sqlite).toMatch(/^3\./);
		expect(report.ok).toBe(true);
	});

	test('stops an older Node with a message that says what to do', () => {
		expect(nodeVersionProblem('20.20.2', '/usr/bin/node')).toMatch(
			/^Yhdyspinta needs Node 24 or newer, but \/usr\/bin\/node is Node 20\.20\.2\.\nRun it through npm/
		);
		expect(nodeVersionProblem('24.21.0', '/x/node')).toBeNull();
	});
});
