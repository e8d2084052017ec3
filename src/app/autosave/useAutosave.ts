// Holds one autosave session for as long as a view shows its document, and the session's state.
import { useEffect, useRef, useState, type RefObject } from "react";

/** What a view needs of a session: its state, a first read, and an end. */
interface Session<S> {
  readonly state: S;
  start(): Promise<void>;
  dispose(): void;
}

/**
 * Creates the session with `create` (memoised by the caller: a new `create` is a new document),
 * starts it, and disposes of it when the view goes. Returns its state and the session for actions.
 */
export function useAutosave<S, T extends Session<S>>(
  create: (onChange: (state: S) => void) => T,
  initial: S,
): [S, RefObject<T | null>] {
  const sessionRef = useRef<T | null>(null);
  const [state, setState] = useState<S>(initial);
  useEffect(() => {
    const session = create(setState);
    sessionRef.current = session;
    setState(session.state);
    void session.start();
    return () => {
      session.dispose();
      sessionRef.current = null;
    };
  }, [create]);
  return [state, sessionRef];
}
