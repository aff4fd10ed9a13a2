/** The evaluation report as a plain-text table (figures beside the issue's bars) and as JSON. */
import { BARS, type Figures, type Ratio, type SetScore } from './score';

const FIGURE_NAMES: Record<keyof Figures, string> = {
  officialsFound: 'officials found',
  createdPeopleReal: 'created people real',
  officialsRightState: 'officials with right state',
  meetingsFound: 'meetings found',
  createdMeetingsReal: 'created meetings real',
  meetingsRightDate: 'meetings with right date',
  meetingsRightStatus: 'meetings with right status',
  meetingsRightParticipants: 'meetings with right participants',
};

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function cell(ratio: Ratio): string {
  return ratio.value === null ? '–' : `${ratio.hits}/${ratio.total} ${percent(ratio.value)}`;
}

/** "pass" or "FAIL" against the bar; empty for a figure without a bar or without anything measured. */
export function verdict(ratio: Ratio, bar: number | undefined): string {
  if (bar === undefined || ratio.value === null) return '';
  return ratio.value >= bar ? 'pass' : 'FAIL';
}

export function formatTable(score: SetScore, setName: string): string {
  const languages = Object.keys(score.byLanguage);
  const counts = languages.map(
    (language) => `${language} ${score.articles.filter((a) => a.language === language).length}`,
  );
  const header = ['figure', ...languages, 'overall', 'bar', ''];
  const rows = (Object.keys(FIGURE_NAMES) as (keyof Figures)[]).map((figure) => {
    const bar = BARS[figure];
    return [
      FIGURE_NAMES[figure],
      ...languages.map((language) => cell(score.byLanguage[language]![figure])),
      cell(score.overall[figure]),
      bar === undefined ? '' : `≥ ${percent(bar).replace('.0', '')}`,
      verdict(score.overall[figure], bar),
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((value, column) => value.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [
    `Extraction quality on the ${setName} set (${score.articles.length} articles: ${counts.join(', ')})`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
  ].join('\n');
}

/** What went wrong, article by article, for those tuning on the dev set. */
export function formatDetails(score: SetScore): string {
  const lines: string[] = [];
  for (const article of score.articles) {
    const { people, meetings } = article;
    const items = [
      ...people.missed.map((name) => `missed official: ${name}`),
      ...people.wrongState.map(
        (w) => `wrong state: ${w.name} has ${w.got.join(', ') || 'none'}, expected ${w.expected}`,
      ),
      ...people.unreal.map((u) => `created person not real: ${u.label} (${u.id}): ${u.why}`),
      ...people.duplicatesKnown.map((d) => `created ${d.id}, but the graph already had ${d.known}`),
      ...meetings.missed.map(
        (m) => `missed ${m.kind}${m.participants.length ? ` of ${m.participants.join(', ')}` : ''}: «${m.evidence}»`,
      ),
      ...meetings.unreal.map((u) => `meeting not real: ${u.kind} ${u.id}`),
      ...meetings.partial.map((p) => `meeting with none of the named participants: ${p.id}: «${p.evidence}»`),
      ...meetings.wrongDate.map((w) => `wrong date ${w.got}, expected ${w.expected}: «${w.evidence}»`),
      ...meetings.wrongParticipants.map(
        (w) =>
          `participants: ${[...w.missing.map((name) => `missing ${name}`), ...w.extra.map((name) => `extra ${name}`)].join(', ')}: «${w.evidence}»`,
      ),
    ];
    if (meetings.duplicates > 0) items.push(`duplicate meeting nodes: ${meetings.duplicates}`);
    if (items.length === 0) continue;
    lines.push(`${article.article}`, ...items.map((item) => `  - ${item}`));
  }
  return lines.length === 0 ? 'Nothing missed, nothing wrong.' : lines.join('\n');
}

export function toJson(score: SetScore, setName: string): string {
  return JSON.stringify(
    { set: setName, bars: BARS, overall: score.overall, byLanguage: score.byLanguage, articles: score.articles },
    null,
    2,
  );
}
