/**
 * One queue: tasks run one at a time, in the order they were given, each after the last one settled
 * (a failed task does not stop the next). For read-change-write of stored settings, and for anything
 * else that must not interleave.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}
