import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

interface UrlFilterCodec<F> {
  parse: (params: URLSearchParams) => F;
  toParams: (filter: F) => URLSearchParams;
}

/**
 * A page's filter, kept in the address so it can be shared and survives a reload.
 *
 * `update` merges a change into the newest filter, not the one this render saw: two fields whose
 * typing pauses end in the same moment both commit before the page renders again, and the second
 * must not put back what the first replaced (the router's own updater reads the rendered address).
 */
export const useUrlFilter = <F>({ parse, toParams }: UrlFilterCodec<F>) => {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parse(params), [params, parse]);
  const unrendered = useRef<{ after: URLSearchParams; filter: F } | null>(null);

  const replace = useCallback(
    (next: F) => {
      unrendered.current = { after: params, filter: next };
      setParams(toParams(next), { replace: true });
    },
    [params, setParams, toParams],
  );
  const update = useCallback(
    (patch: Partial<F>) => {
      const newest = unrendered.current?.after === params ? unrendered.current.filter : filter;
      replace({ ...newest, ...patch });
    },
    [params, filter, replace],
  );

  return { filter, update, replace, params };
};
