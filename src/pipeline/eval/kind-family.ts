/**
 * Meeting kinds grouped into families for matching: a "reception" the gold calls so and a
 * "meeting" the pipeline calls so are one event told two ways; a visit and a phone call are not.
 */
const FAMILIES: Record<string, string[]> = {
  'in-person': [
    'meeting',
    'reception',
    'talks',
    'consultations',
    'negotiations',
    'audience',
    'conversation',
    'bilateral',
    'trilateral',
  ],
  visit: ['visit', 'official_visit', 'state_visit', 'working_visit', 'trip'],
  call: ['phone_call', 'video_call', 'call', 'videoconference', 'video_conference'],
  multilateral: ['summit', 'forum', 'conference', 'session', 'ministerial', 'assembly'],
};

const FAMILY_OF = new Map(Object.entries(FAMILIES).flatMap(([family, kinds]) => kinds.map((kind) => [kind, family])));

/** The family a kind belongs to; an unknown kind is a family of its own. */
export function kindFamily(kind: string): string {
  return FAMILY_OF.get(kind) ?? kind;
}

export function sameKindFamily(a: string, b: string): boolean {
  return kindFamily(a) === kindFamily(b);
}
