// Wraps a lazy module loader so the module resolves only once the feature strings are loaded too.
import { loadFeatureMessages } from "./messages";

export function withMessages<M>(load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), loadFeatureMessages()]).then(([module]) => module);
}
