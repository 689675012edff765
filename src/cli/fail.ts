/** Ends a command with one line naming the problem, on stderr. */
export function failWith(message: string, status = 2): never {
	console.error(`error: ${message}`);
	process.exit(status);
}
