/** Where the collaboration server reports problems; tests and the benchmark pass a quieter one. */
export interface Logger {
	warn(message: string, detail?: unknown): void;
	error(message: string, detail?: unknown): void;
}

export const consoleLogger: Logger = {
	warn: (message, detail) =>
		console.warn(`[collab] ${message}`, ...(detail === undefined ? [] : [detail])),
	error: (message, detail) =>
		console.error(`[collab] ${message}`, ...(detail === undefined ? [] : [detail]))
};
