import { ErrorState, Loading } from './index';

interface QueryStatusProps {
  fetching: boolean;
  error?: { message: string } | null;
  data: unknown;
  onRetry: () => void;
}

/** What a page shows before its query has data: a spinner while it loads, the error with a retry if it failed. */
export default function QueryStatus({ fetching, error, data, onRetry }: QueryStatusProps) {
  if (data) return null;
  return (
    <>
      {fetching ? <Loading /> : null}
      {error ? <ErrorState message={error.message} onRetry={onRetry} /> : null}
    </>
  );
}
