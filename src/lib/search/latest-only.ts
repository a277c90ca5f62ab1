/**
 * Only the latest of overlapping asynchronous runs may show its result:
 * a slow search for "sto" must not replace the results for "storage".
 */
export interface Latest {
  /** Starts a run; the returned check stays true until the next run starts. */
  start(): () => boolean;
}

export function latestOnly(): Latest {
  let current = 0;
  return {
    start() {
      const run = ++current;
      return () => run === current;
    },
  };
}
