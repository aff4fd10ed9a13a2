/** What a panel shows while a chunk it needs loads, or when it could not be used: why, and a retry. */
import { useT } from '../i18n/use-language';

interface ChunkQuery {
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

export function ChunkStatus({ query }: { query: ChunkQuery }) {
  const t = useT();
  if (query.isError) {
    return (
      <div
        role="alert"
        className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <p>
          {t('detailsFailed', { reason: query.error instanceof Error ? query.error.message : String(query.error) })}
        </p>
        <button
          type="button"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
          className="mt-1 rounded border border-red-400 px-2 py-0.5 disabled:opacity-60 dark:border-red-600"
        >
          {t('retry')}
        </button>
      </div>
    );
  }
  if (query.isPending) return <p className="text-sm text-slate-600 dark:text-slate-300">{t('loadingDetails')}</p>;
  return null;
}
