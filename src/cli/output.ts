// How the commands speak: JSON on stdout, one-line errors on stderr.
/** Ends a command with one line naming the problem, on stderr. */
export function failWith(message: string, status = 2): never {
	console.error(`error: ${message}`);
	process.exit(status);
}

/** Prints a value as JSON; a reader that stops early (`| head`) ends the command quietly. */
export function printJson(value: unknown): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
	process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
