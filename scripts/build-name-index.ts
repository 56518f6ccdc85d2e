/**
 * Writes `utils/core/registry/name-index.json` from the built registry and
 * the hand rows (`npm run build:name-index`). Run it after changing
 * `overrides.ts` or rebuilding `outlets.json`; a unit test fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import data from '../utils/core/registry/outlets.json';
import { computeNameIndex } from '../utils/core/registry/name-index';
import { OVERRIDES } from '../utils/core/registry/overrides';

const out = fileURLToPath(new URL('../utils/core/registry/name-index.json', import.meta.url));
const index = computeNameIndex(data, OVERRIDES);
const text = `${JSON.stringify(index)}\n`;
writeFileSync(out, text);
const keys = Object.keys(index.keys).length;
const shared = Object.values(index.keys).filter((host) => host === 0).length;
console.log(`name keys ${keys} (${shared} shared by two outlets), bytes ${text.length}`);
