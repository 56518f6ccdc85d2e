import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../scripts/bench/args';

describe('bench arguments', () => {
  it('times each page three times per side for the user-wait ratios unless told otherwise', () => {
    const options = parseArgs([]);
    expect(options !== 'help' && options.waitRounds).toBe(3);
    const five = parseArgs(['--wait-rounds', '5']);
    expect(five !== 'help' && five.waitRounds).toBe(5);
    const zero = parseArgs(['--wait-rounds=0']);
    expect(zero !== 'help' && zero.waitRounds).toBe(1);
  });

  it('refuses a round count that is not a whole number', () => {
    expect(() => parseArgs(['--wait-rounds', 'many'])).toThrow(UsageError);
  });
});
