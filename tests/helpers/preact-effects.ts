import { options } from 'preact';

/**
 * Preact runs `useEffect` callbacks after the next frame: `requestAnimationFrame`
 * raced against a 100 ms timer whose callback calls `cancelAnimationFrame`. An
 * effect scheduled by a test's last state change can fire after vitest has
 * torn the jsdom window down, and then that call throws "cancelAnimationFrame
 * is not defined" into the run. Component tests import this so effects flush
 * on the next microtask instead, with no timer left behind. `act` (from
 * preact/test-utils) swaps this hook for its own and restores it afterwards.
 */
options.requestAnimationFrame = (flush: () => void) => queueMicrotask(flush);
