/**
 * Prints what tests/fixtures/real/known-failures.json should hold for the core as it is now
 * (the real set's failing checks, `probe:` entries kept). Review the diff by eye before copying it in:
 *   npx tsx tests/helpers/list-real-failures.ts > /tmp/known.json && diff tests/fixtures/real/known-failures.json /tmp/known.json
 */
import { loadFixtureCases } from './fixture-cases';
import { failingChecks, knownFailures } from './real-checks';

const out: Record<string, string[]> = {};
for (const fixture of loadFixtureCases(['real'])) {
  const probe = (knownFailures[fixture.name] ?? []).filter((c) => c.startsWith('probe:'));
  const checks = [...failingChecks(fixture), ...probe];
  if (checks.length) out[fixture.name] = checks;
}
console.log(JSON.stringify(out, null, 2));
