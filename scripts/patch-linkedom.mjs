#!/usr/bin/env node
/**
 * Run on `npm install` (postinstall). linkedom 0.18's EventTarget constructor
 * puts every node it makes into a module-wide WeakMap with an empty Map of
 * listeners, whether or not the node ever gets a listener. Parsing a page then
 * costs one WeakMap entry per node, and the garbage collector walks them all
 * as ephemerons: on issue 11's 60,000-div page that was 1.3 s of a 1.5 s parse,
 * and about a quarter of the CLI's time on Zyte's pages. The patch makes the
 * listener map on the first `addEventListener`, as the DOM's own behaviour
 * allows (no listener, nothing to dispatch). Both of linkedom's builds are
 * patched, so the benchmark's Readability baseline parses with the same
 * library as the CLI. `tests/unit/linkedom-patch.test.ts` fails when the patch
 * is missing or events stop working.
 *
 * Idempotent. When linkedom's file no longer has the expected text (a newer
 * version), it warns and leaves the file alone: the install still succeeds and
 * the unit test says what changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MARKER = '/* sourced-reader: lazy listener map */';

const EDITS = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', `  constructor() {\n    ${MARKER}\n  }`],
  [
    '  addEventListener(type, listener, options) {\n    const map = wm.get(this);',
    '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));',
  ],
  ['    const map = wm.get(this);\n    if (map.has(type)) {', '    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];

let failed = false;
for (const build of ['esm', 'cjs']) {
  const file = join(root, 'node_modules', 'linkedom', build, 'interface', 'event-target.js');
  if (!existsSync(file)) continue;
  let source = readFileSync(file, 'utf8');
  if (source.includes(MARKER)) continue;
  const missing = EDITS.find(([from]) => !source.includes(from));
  if (missing) {
    console.warn(`patch-linkedom: ${build}/interface/event-target.js has changed; left as it is (${JSON.stringify(missing[0].slice(0, 40))}…)`);
    failed = true;
    continue;
  }
  for (const [from, to] of EDITS) source = source.replace(from, to);
  writeFileSync(file, source);
}
if (!failed) console.log('patch-linkedom: listener maps are made on first use');
