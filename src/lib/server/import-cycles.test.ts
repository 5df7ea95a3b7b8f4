/**
 * No module of the server core may reach itself through value imports: in a
 * cycle one module runs before the other has defined its exports, and which
 * one depends on who imports first. Type-only imports vanish when compiled
 * and are left out. The graph covers src/lib and the Node server, so a cycle
 * through the domain or the collaboration code is found too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCANNED = ['src/lib', 'server'];

/** `import … from '…'`, `export … from '…'` and bare `import '…'`, with the clause between. */
const IMPORT = /^\s*(import|export)\s+([^'";]*?)\s*(?:from\s*)?['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

/** Whether the clause imports only types: `type X`, `{ type A, type B }`. */
function typeOnly(clause: string): boolean {
	if (/^type\s/.test(clause)) return true;
	const named = /^\{([^}]*)\}$/.exec(clause);
	if (!named) return false;
	const names = named[1].split(',').filter((name) => name.trim() !== '');
	return names.length > 0 && names.every((name) => /^\s*type\s/.test(name));
}

function resolveImport(from: string, specifier: string): string | null {
	const base = specifier.startsWith('#lib/')
		? join(ROOT, 'src/lib', specifier.slice('#lib/'.length))
		: specifier.startsWith('.')
			? resolve(dirname(from), specifier)
			: null;
	if (!base) return null;
	const stem = base.replace(/\.(js|ts)$/, '');
	return [`${stem}.ts`, join(stem, 'index.ts')].find((path) => existsSync(path)) ?? null;
}

function valueImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(IMPORT)]
		.filter(([, keyword, clause]) => !(keyword === 'export' && clause === '') && !typeOnly(clause))
		.flatMap(([, , , specifier]) => resolveImport(file, specifier) ?? []);
}

/** Every cycle's modules (strongly connected components of more than one, or a module importing itself). */
export function importCycles(files: readonly string[]): string[][] {
	const edges = new Map(files.map((file) => [file, valueImports(file)]));
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	const visit = (file: string) => {
		index.set(file, index.size);
		low.set(file, index.get(file)!);
		stack.push(file);
		for (const next of edges.get(file) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(file, Math.min(low.get(file)!, low.get(next)!));
			} else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
		}
		if (low.get(file) !== index.get(file)) return;
		const component: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			component.push(member);
		} while (member !== file);
		if (component.length > 1 || edges.get(file)?.includes(file)) cycles.push(component);
	};
	for (const file of files) if (!index.has(file)) visit(file);
	return cycles.map((component) => component.map((file) => relative(ROOT, file)).sort());
}

describe('imports', () => {
	it('have no value cycle in the server core, the domain or the collaboration server', () => {
		const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));
		expect(files.length).toBeGreaterThan(100);
		expect(importCycles(files)).toEqual([]);
	});
});
