/**
 * Installs a message handler so that exactly one answers per page. The handler
 * scripts are injected again on every popup open, and `scope` (the content
 * script's isolated world) outlives each injection: the earlier handler stored
 * under `key` is removed first. Replacing beats skipping, because after an
 * extension update the earlier handler belongs to a dead context and would
 * never answer. `listen` installs the handler and returns its remover.
 */
export function registerOnce(scope: object, key: symbol, listen: () => () => void): () => void {
  const slot = scope as Record<symbol, (() => void) | undefined>;
  try {
    slot[key]?.();
  } catch {
    // The earlier context is gone; its listener went with it.
  }
  const remove = listen();
  const unregister = () => {
    remove();
    if (slot[key] === unregister) delete slot[key];
  };
  slot[key] = unregister;
  return unregister;
}
