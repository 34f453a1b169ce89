import { readWorkbook } from '../../src/xlsx';
import { generateWorkbook, generateXlsx } from '../../bench/generate';
import { engineOutput, perturb, sha256 } from './digest';

/*
 * Digests computed by the engine as it was before the performance work
 * (tree at 5634603): every optimisation must leave findings, fill edits and
 * report tables byte for byte the same.
 */
describe('engine output on the 5,000-row benchmark workbook stays what the original engine produced', () => {
  it('gives the same findings, edits and report tables for the generated workbook read from xlsx', () => {
    const out = engineOutput(readWorkbook(generateXlsx({ rows: 5_000 })), false);
    expect(out.length).toBe(858_236);
    expect(sha256(out)).toBe('10f993ec9e9dfbc94a1e04df321328a489c8fee7dd51a836675ecb572d2c9ecb');
  });

  it('gives the same output when the sheet holds mismatches, text numbers, fractions, errors and .5 percentages', () => {
    const out = engineOutput(perturb(generateWorkbook({ rows: 5_000 }).grid), false);
    expect(out.length).toBe(1_593_990);
    expect(sha256(out)).toBe('c6048007ee826580f7f859c192981ca0985e29dc1abf4b617dc31d4ba40d62c2');
  });

  it('gives the same output with overwrite (parents recomputed from their children)', () => {
    const out = engineOutput(perturb(generateWorkbook({ rows: 5_000 }).grid), true);
    expect(out.length).toBe(1_601_099);
    expect(sha256(out)).toBe('a77aea4ffb8d73d4d7622ee23a6c6c09256381439fcd91d39c6f64ab386ae659');
  });
});
