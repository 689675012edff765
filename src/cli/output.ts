// How the commands speak: JSON on stdout, one-line errors on stderr.
/** Ends a command with one line naming the problem, on stderr. */
export function failWith(message: string, status = 2): never {
	console.error(`error: ${message}`);
	process.exit(status);
}

/** A reader that stops early (`| head`) ends the command quietly, not with a stack trace. */
export function quietWhenPipeCloses(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
}

/** Prints a value as JSON. */
export function printJson(value: unknown): void {
	quietWhenPipeCloses();
	process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
