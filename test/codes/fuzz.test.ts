import fc from 'fast-check';
import { parseCode, parseCodeText, parseSplitCode } from '../../src/core/codes';
import type { CodeParse } from '../../src/core/codes';
import type { Cell } from '../../src/grid/types';

const KINDS = ['code', 'rekening', 'legacy', 'ambiguous', 'invalid', 'none'];

function wellFormed(p: CodeParse): boolean {
  if (!KINDS.includes(p.kind)) return false;
  // 'Kode tidak dapat dibaca' is the safety net for an internal exception: it must never fire.
  if (p.kind === 'invalid') return p.reason.length > 0 && p.reason !== 'Kode tidak dapat dibaca';
  if (p.kind === 'ambiguous') return p.readings.length >= 2;
  if (p.kind === 'code') return /^(\d{1,2}|X)(\.(\d{2}|XX)(\.\d{2}(\.[12]\.\d{2}(\.\d{4})?)?)?)?$/.test(p.code.canonical);
  return true;
}

const valid = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 1, max: 30 }),
    fc.integer({ min: 1, max: 30 }),
    fc.integer({ min: 1, max: 2 }),
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 1, max: 9999 }),
    fc.integer({ min: 1, max: 6 }),
  )
  .map(([u, b, p, k, kk, s, depth]) =>
    [String(u), String(b).padStart(2, '0'), String(p).padStart(2, '0'), `${k}.${String(kk).padStart(2, '0')}`, String(s).padStart(4, '0')]
      .slice(0, Math.min(depth, 5))
      .join('.'),
  );

const noise = fc.constantFrom('.', ' ', '..', 'X', '0', '1', ',', '\u00A0', '-', 'a');
const mutated = fc
  .tuple(valid, fc.array(fc.tuple(fc.nat(), noise, fc.boolean()), { maxLength: 3 }))
  .map(([s0, edits]) => {
    let s = s0;
    for (const [pos, ch, insert] of edits) {
      const at = pos % (s.length + 1);
      s = insert ? s.slice(0, at) + ch + s.slice(at) : s.slice(0, at) + s.slice(at + 1);
    }
    return s;
  });

const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.double().map((v): Cell => ({ t: 'n', v })),
  fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(undefined, '0.00', '0.0', 'General', '0')).map(([v, z]): Cell => ({ t: 'n', v, z })),
  fc.integer({ min: 0, max: 20 }).map((v): Cell => ({ t: 'n', v })),
  fc.oneof(fc.string(), mutated).map((v): Cell => ({ t: 's', v })),
  fc.boolean().map((v): Cell => ({ t: 'b', v })),
  fc.constantFrom<Cell>({ t: 'e', v: '#REF!' }, { t: 'd', v: 44197 }),
);

describe('code parsing never throws and always answers with a result kind', () => {
  it('holds for arbitrary and mutated text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated), fc.constantFrom(undefined, { bidang: '06' }, { bidang: '1.06' }, { bidang: 'zz' }), (s, hint) => {
        expect(wellFormed(parseCodeText(s, hint))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('holds for any cell and any split row', () => {
    fc.assert(
      fc.property(cell, fc.array(cell, { maxLength: 7 }), (c, row) => {
        expect(wellFormed(parseCode(c))).toBe(true);
        expect(wellFormed(parseSplitCode(row))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every well-formed code back to itself', () => {
    fc.assert(
      fc.property(valid, (s) => {
        const p = parseCodeText(s);
        expect(p.kind === 'code' && p.code.canonical === s && p.repaired === undefined).toBe(true);
      }),
    );
  });
});
