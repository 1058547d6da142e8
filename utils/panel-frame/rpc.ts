/**
 * What both sides of the frame's port share: a dispatch by handler table, typed against the protocol (the
 * compiler asks for one handler per message type), and requests answered by id, their ids and timeouts in
 * one place.
 */

/** One handler for each type of message `M`. */
export type HandlerTable<M extends { type: string }> = { [K in M['type']]: (message: Extract<M, { type: K }>) => void };

/** Hands each message to its type's handler; a message of no known type is dropped. */
export function dispatcher<M extends { type: string }>(table: HandlerTable<M>): (message: M) => void {
  return (message) => {
    const handle = (table as unknown as Record<string, ((message: M) => void) | undefined>)[message?.type];
    if (typeof handle === 'function') handle(message);
  };
}

/** How long a request waits for its answer: then it takes its fallback (the page went quiet). */
export const REQUEST_TIMEOUT_MS = 2_000;

export interface Requests {
  /**
   * Posts a request (`post` is given its id) and resolves to what `read` makes of the answer with that id,
   * or to `fallback` when none comes in time.
   */
  ask<T>(post: (id: number) => void, read: (answer: { id: number }) => T, fallback: T): Promise<T>;
  /** An answer came: its request resolves. */
  settle(answer: { id: number }): void;
}

export function createRequests(timeoutMs = REQUEST_TIMEOUT_MS): Requests {
  let nextId = 1;
  const waiting = new Map<number, (answer: { id: number }) => void>();
  return {
    ask(post, read, fallback) {
      return new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, (answer) => resolve(read(answer)));
        post(id);
        setTimeout(() => {
          if (waiting.delete(id)) resolve(fallback);
        }, timeoutMs);
      });
    },
    settle(answer) {
      const resolve = waiting.get(answer.id);
      waiting.delete(answer.id);
      resolve?.(answer);
    },
  };
}
