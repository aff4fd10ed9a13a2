/**
 * The shared ending of every command-line tool: user errors print as plain sentences (no stack
 * trace) with exit code 1; anything else is a bug, printed as one line with a hint to report it, exit code 2.
 */
import { UserError } from './user-error';

export interface CliStreams {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processStreams: CliStreams = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs `main`, turning what it throws into messages and an exit code; never lets an error escape. */
export async function runCli(main: () => Promise<number>, streams: CliStreams = processStreams): Promise<number> {
  try {
    return await main();
  } catch (error) {
    if (error instanceof UserError) {
      streams.err(`${error.describe()}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    streams.err(
      `Unexpected error: ${message.split('\n')[0]}\nThis is a bug, not something wrong with your input: please report it (run with DIPLOGRAPH_DEBUG=1 to see the stack trace).\n`,
    );
    if (process.env.DIPLOGRAPH_DEBUG && error instanceof Error && error.stack) streams.err(`${error.stack}\n`);
    return 2;
  }
}
