/**
 * npm run review -- accept|reject|correct ID --reason "…" [--set field=value …] [--by NAME] [--data DIR]
 * Records a curator's decision in DIR/reviews/YYYY-MM.yaml and rebuilds DIR/graph.json.
 */
import { parseArgs } from 'node:util';
import { runReview } from '../ingest/run-review';
import { processStreams, runCli } from '../io/cli-main';
import { UserError } from '../io/user-error';

const USAGE = `Usage: npm run review -- accept|reject|correct ID --reason "…" [--set field=value …] [--by NAME] [--data DIR]

  accept ID    the extracted node or edge is right as it stands
  reject ID    remove it (a node takes its edges with it)
  correct ID   change fields, e.g. --set date.start=2025-10 --set kind=talks
Every decision needs --reason. It is kept in DIR/reviews/ (default data/reviews/) and every rebuild honours it.
`;

function options(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        reason: { type: 'string', default: '' },
        set: { type: 'string', multiple: true, default: [] },
        by: { type: 'string' },
        data: { type: 'string', default: 'data' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message.replace(/\.?$/, '.')} Run with --help for the usage.`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = options(process.argv.slice(2));
  if (values.help) {
    processStreams.out(USAGE);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new UserError(
      'give an action and one id, e.g. accept meeting:2025-03-03-talks-asadov-bektenov --reason "…".',
    );
  }
  const [action, target] = positionals as [string, string];
  const request = {
    action,
    target,
    reason: values.reason,
    sets: values.set,
    today: new Date().toISOString().slice(0, 10),
    ...(values.by !== undefined ? { by: values.by } : {}),
  };
  const outcome = await runReview(request, values.data, async (dir) => {
    // Loaded inside runCli, so even a failure to load the build prints as one line, not a stack trace.
    const { buildFromDataDir } = await import('../ingest/build-adapter');
    return buildFromDataDir(dir);
  });
  const done = { accept: 'Accepted', reject: 'Rejected', correct: 'Corrected' }[action] ?? action;
  if (outcome.file === undefined) {
    processStreams.out(`${target} already has this decision: nothing changed.\n`);
  } else {
    processStreams.out(`${done} ${target}. Wrote ${outcome.file} and ${values.data}/graph.json.\n`);
  }
  return 0;
}

process.exitCode = await runCli(main);
