/**
 * One writer for the read-modify-write of storage.local: a change that reads a key and writes it back
 * (a launcher hidden on one more marketplace, one more correction, the move of the old settings object)
 * waits for the one before it, so two such changes at once both land. Across the extension's pages and
 * the background it is the browser's Web Locks (one origin: `navigator.locks`); where there are none, a
 * queue in this page.
 *
 * storage.local has no transactions, but each write is whole: a plain write of a value needs no lock
 * (the last one wins, as it should) and takes none, so it lands even from a page that is closing.
 */
interface Locks {
  request<T>(name: string, task: () => Promise<T>): Promise<T>;
}

const queues = new Map<string, Promise<unknown>>();

export function serialized<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;
  if (locks && typeof locks.request === 'function') return locks.request(`market-helpdesk:${name}`, task);
  const previous = queues.get(name) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.then(
    () => {},
    () => {},
  );
  queues.set(name, settled);
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name);
  });
  return next;
}
