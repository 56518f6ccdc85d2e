/**
 * A short stable number for a text (FNV-1a, 32 bits): the same text always
 * gives the same id, across runs and computers. Not a security measure.
 */
export function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
