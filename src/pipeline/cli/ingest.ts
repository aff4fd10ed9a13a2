/**
 * npm run ingest -- FILE… [--json] [--dry-run] [--data DIR]
 * Adds articles to the corpus, rebuilds data/graph.json and prints what a curator should review.
 */
import { parseArgs } from 'node:util';
import { formatReport } from '../ingest/format-report';
import { runIngest } from '../ingest/run-ingest';
import { processStreams, runCli } from '../io/cli-main';
import { UserError } from '../io/user-error';

const USAGE = `Usage: npm run ingest -- FILE… [--json] [--dry-run] [--data DIR]

Adds each article file (a header with url, language and published, then the text) to DIR/articles,
rebuilds DIR/graph.json and prints a review report.
  --json      print the report as JSON
  --dry-run   show the report, change nothing
  --data DIR  the data folder (default: data)
`;

function options(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        data: { type: 'string', default: 'data' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    return { ...values, files: positionals };
  } catch (error) {
    throw new UserError(`${(error as Error).message.replace(/\.?$/, '.')} Run with --help for the usage.`);
  }
}

async function main(): Promise<number> {
  const args = options(process.argv.slice(2));
  if (args.help) {
    processStreams.out(USAGE);
    return 0;
  }
  if (args.files.length === 0)
    throw new UserError('give at least one article file to add. Run with --help for the usage.');
  const outcome = await runIngest(
    { files: args.files, dataDir: args.data, dryRun: args['dry-run'] },
    async (dir, buildOptions) => {
      // Loaded only when a build is needed, so refusing a bad file stays quick.
      const { buildFromDataDir } = await import('../ingest/build-adapter');
      return buildFromDataDir(dir, buildOptions);
    },
    async (input) => {
      const { fastIngest } = await import('../ingest/fast-ingest');
      return fastIngest(input);
    },
  );
  if (!outcome.ok) {
    const count = outcome.errors.length;
    for (const error of outcome.errors) processStreams.err(`${error.describe()}\n`);
    processStreams.err(
      `Nothing was changed: fix the ${count === 1 ? 'file' : `${count} files`} above and run again.\n`,
    );
    return 1;
  }
  processStreams.out(
    args.json ? `${JSON.stringify(outcome.report, null, 2)}\n` : formatReport(outcome.report, args.data),
  );
  return 0;
}

process.exitCode = await runCli(main);
