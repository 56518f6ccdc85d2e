import { describe, expect, it } from 'vitest';
import data from '../../utils/core/registry/outlets.json';
import committed from '../../utils/core/registry/name-index.json';
import { computeNameIndex, hostOfNameKey, type NameIndexData } from '../../utils/core/registry/name-index';
import { OVERRIDES, type OverrideRow } from '../../utils/core/registry/overrides';
import { findOutletByName } from '../../utils/core/registry';
import type { RegistryData } from '../../utils/core/registry/types';

const REGISTRY = data as RegistryData;

describe('the committed name index', () => {
  it('is what the registry and the hand rows give (else run `npm run build:name-index`)', () => {
    expect(committed).toEqual(computeNameIndex(REGISTRY, OVERRIDES));
  });

  it('answers nothing for names that are Object.prototype keys', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(findOutletByName(name)).toBeNull();
  });

  it('gives no host for a key that is an Object.prototype member, where the plain index lookup would', () => {
    const index = committed as NameIndexData;
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(hostOfNameKey(index, key)).toBe(0);
      // What the own-key check stands between: the bare lookup answers with a prototype member.
      expect((index.keys as Record<string, unknown>)[key]).toBeTruthy();
    }
  });
});

describe('computeNameIndex', () => {
  const registry: RegistryData = {
    v: 1,
    names: ['Daily Courier', 'The Daily Courier', 'Metro News', 'Metro News'],
    aliases: [['DC'], ['Courier']],
    hosts: { 'dailycourier.example': [0, 1, 0], 'courier.example': [2, 1, 1], 'metro-a.example': [2, 1], 'metro-b.example': [3, 1] },
  };

  it('keys a name by its spelling without case, "The" or punctuation', () => {
    const { keys } = computeNameIndex(registry, []);
    expect(keys.dailycourier).toBe('dailycourier.example');
    expect(keys['=DC']).toBe('dailycourier.example');
  });

  it('lets an outlet own name outrank another outlet alias for it', () => {
    const rows: OverrideRow[] = [['courier-hand.example', 'Courier', 'newspaper']];
    expect(computeNameIndex(registry, rows).keys.courier).toBe('courier-hand.example');
  });

  it('marks a name two different outlets use as shared (0), and one outlet on two hosts as its first host', () => {
    const twoOutlets: RegistryData = {
      ...registry,
      names: ['Metro News', 'Metro-News Weekly'],
      hosts: { 'a.example': [0], 'b.example': [1] },
    };
    expect(computeNameIndex(twoOutlets, []).keys.metronews).toBe('a.example');
    const clash: RegistryData = { ...registry, names: ['Metro News', 'METRO NEWS!'], hosts: { 'a.example': [0], 'b.example': [1] } };
    expect(computeNameIndex(clash, []).keys.metronews).toBe(0);
    expect(computeNameIndex(registry, []).keys.metronews).toBe('courier.example');
  });

  it('takes a hand row over the built row for its host', () => {
    const rows: OverrideRow[] = [['courier.example', 'Courier Group', 'newspaper']];
    const { keys } = computeNameIndex(registry, rows);
    expect(keys.couriergroup).toBe('courier.example');
    expect(keys.metronews).toBe('metro-a.example');
  });
});
