/** Interface words for values that come from the data, with a readable fallback for new ones. */
import type { EdgeType, ReviewState } from '../../shared/graph/schema';
import { isMessageKey, type Translate } from '../i18n/translate';

export function meetingKindLabel(kind: string, t: Translate): string {
  const key = `meetingKind_${kind}`;
  return isMessageKey(key) ? t(key) : kind.replace(/_/g, ' ');
}

export function relationLabel(type: EdgeType, t: Translate): string {
  return t(`edgeType_${type}`);
}

export function reviewLabel(review: { state: ReviewState } | undefined, t: Translate): string {
  return t(`review_${review?.state ?? 'unreviewed'}`);
}
