/** The review report as text for a terminal: short sections, one item a line, the evidence quoted under it. */
import type { IngestReport, ReportQuote } from './report';

const MAX_QUOTE = 220;

function quoted(evidence: ReportQuote): string {
  const flat = evidence.quote.replace(/\s+/gu, ' ').trim();
  const short = flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
  return `      “${short}” (${evidence.article})`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', `${title}:`, ...lines];
}

export function formatReport(report: IngestReport, dataDir: string): string {
  const out: string[] = [];
  const verb = report.dryRun ? 'Would add' : 'Added';
  if (report.added.length > 0) {
    out.push(`${verb} ${report.added.length} article${report.added.length === 1 ? '' : 's'}:`);
    for (const a of report.added) out.push(`  ${a.id}  “${a.title}”  (from ${a.file})`);
  }
  for (const a of report.alreadyThere) {
    out.push(`${a.file}: already there as ${a.existingId} (${a.because}), nothing changed.`);
  }
  if (report.repairedGraph) {
    out.push(
      `${dataDir}/graph.json did not include it yet (an earlier run was cut off before writing it): rebuilt it.`,
    );
  }
  if (report.added.length === 0) return `${out.join('\n')}\n`;

  out.push(
    ...section(
      `Linked to known people, states and organizations (${report.linked.length})`,
      report.linked.map(
        (e) =>
          `  ${e.type.padEnd(12)} ${e.label}${e.newInGraph ? ' (from the dictionary, new in the graph)' : ''}  [${e.id}]`,
      ),
    ),
  );
  out.push(
    ...section(
      `New nodes (${report.created.length})`,
      report.created.flatMap((e) => {
        const role = [e.role, e.state].filter(Boolean).join(', ');
        return [`  ${e.type.padEnd(12)} ${e.label}${role ? ` — ${role}` : ''}  [${e.id}]`, quoted(e.evidence)];
      }),
    ),
  );
  out.push(
    ...section(
      `Meetings found (${report.meetings.length})`,
      report.meetings.flatMap((m) => {
        const date = m.date ? `${m.date.start}${m.date.end ? `…${m.date.end}` : ''}` : 'no date';
        const who = m.participants.map((p) => p.label).join(', ') || 'no participants found';
        const seen = m.isNew ? '' : ' (already in the graph; new source)';
        return [`  ${m.kind.replace(/_/g, ' ')}, ${date}, ${m.status}: ${who}${seen}  [${m.id}]`, quoted(m.evidence)];
      }),
    ),
  );
  out.push(
    ...section(
      `Unsure (${report.unsure.length})`,
      report.unsure.flatMap((d) => [`  - ${d.message}`, ...(d.evidence ? [quoted(d.evidence)] : [])]),
    ),
  );
  const { counts } = report;
  out.push(
    '',
    `Graph: ${counts.nodesBefore} → ${counts.nodesAfter} nodes, ${counts.edgesBefore} → ${counts.edgesAfter} edges.`,
  );
  if (report.dryRun) out.push('Dry run: nothing was written.');
  else {
    out.push(
      `Wrote ${report.added.map((a) => `${dataDir}/articles/${a.id}.txt`).join(', ')} and ${dataDir}/graph.json.`,
    );
    out.push(
      'Everything extracted is marked unreviewed. To decide on an item: npm run review -- accept|reject|correct ID --reason "…"',
    );
  }
  return `${out.join('\n')}\n`;
}
