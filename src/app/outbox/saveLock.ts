// One save at a time per outbox entry on a page: the replay of an earlier page's outbox and a view
// opened on the same notes must not both send them (the second write would meet a 412).

const held = new Map<string, Promise<unknown>>();

/**
 * Runs `work` once every earlier holder of `key` (an outbox key: a contact id or a meeting's sheet)
 * has finished, and resolves with its result. Failures pass through and release the key.
 */
export function withSaveLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = held.get(key) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(work);
  const tail = run.catch(() => undefined);
  held.set(key, tail);
  void tail.then(() => {
    if (held.get(key) === tail) held.delete(key);
  });
  return run;
}
