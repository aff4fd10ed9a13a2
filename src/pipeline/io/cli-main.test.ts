import { describe, expect, it } from 'vitest';
import { runCli } from './cli-main';
import { UserError } from './user-error';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { streams: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('runCli', () => {
  it('prints a user error as one sentence with file and line, exit code 1', async () => {
    const { streams, err } = capture();
    const code = await runCli(async () => {
      throw new UserError('the file is empty.', 'a.txt', 3);
    }, streams);
    expect(code).toBe(1);
    expect(err).toEqual(['a.txt, line 3: the file is empty.\n']);
  });

  it('prints anything else as one line and a bug hint, without a stack trace, exit code 2', async () => {
    const { streams, err } = capture();
    const code = await runCli(async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')\n    at build (x.ts:1:1)");
    }, streams);
    expect(code).toBe(2);
    expect(err.join('')).toBe(
      "Unexpected error: Cannot read properties of undefined (reading 'id')\n" +
        'This is a bug, not something wrong with your input: please report it (run with DIPLOGRAPH_DEBUG=1 to see the stack trace).\n',
    );
  });

  it('passes the exit code of a run that ends normally', async () => {
    expect(await runCli(async () => 0, capture().streams)).toBe(0);
  });
});
