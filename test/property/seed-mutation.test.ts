/**
 * Mutation fuzzing from real strings: figures and codes as printed in the
 * Mojokerto LAKIP 2021 (shared/seeds/lakip-mojokerto-2021.txt), with
 * characters inserted, deleted, doubled or swapped. The parsers never throw
 * and answer with a known kind; in a sheet, every value they reject becomes
 * a finding on its cell.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { readNumber, readValue } from '../../src/core/values';
import type { NumberContext, ParsedNumber, ParsedValue } from '../../src/core/values';
import { parseCode, parseCodeText } from '../../src/core/codes';
import type { CodeParse } from '../../src/core/codes';
import type { Cell } from '../../src/grid/types';
import { analyse } from '../../src/core/engine';
import { workbook } from '../fixtures/grid-builder';
import { dpaSheet } from '../safety/staff-sheets';

/** Figures as the seed prints them, typos included ("848.146..988,00", "521. 909.250"). */
const SEED_FIGURES = [
  '8.054.019.520', '7.484.519.520', '2.300.170.000', '1.965.327.337', '13.174.839.520', '84.915.000', '108.000.000',
  '78,63', '85,44 %', '85,44%', '90 %', '100', '64 (B)', '80,34 (A)', 'Rp 1.234.567,-', '848.146..988,00', '521. 909.250',
  '100, 2, 16, 70, 5', '304 / 18', 'NA', '-', 'Refocusing', '1.485', '10,06', '115.115', '0', '12', '6',
];
/** Codes as they arrive: text, Excel-mangled numbers, old coding, rekening. */
const SEED_CODES = [
  '1.06', '1.06.01', '1.06.01.2.01', '1.06.01.2.01.0001', '1.06.02.2.03.0004', '1.06.06.2.02.0002', 'X.XX.01', '1.6', '1.1',
  '1.06.06.01.01', '5.1.02.01.01.0024', '1.06.01.2.06', '1.06.04.2.01.0007',
];

const NOISE = ['.', ',', ' ', '..', '-', '%', '(', ')', '/', 'O', 'l', '\u00A0', '\t', 'e', '#', '×', '٣', '0', '9', ''];

const mutate = (seeds: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE), fc.constantFrom('insert', 'delete', 'double', 'swap')), { minLength: 1, maxLength: 4 }),
    )
    .map(([seed, edits]) => {
      let s = seed;
      for (const [pos, ch, op] of edits) {
        const at = pos % (s.length + 1);
        if (op === 'insert') s = s.slice(0, at) + ch + s.slice(at);
        else if (op === 'delete') s = s.slice(0, at) + s.slice(at + 1);
        else if (op === 'double') s = s.slice(0, at) + s.slice(at, at + 1) + s.slice(at);
        else if (at + 1 < s.length) s = s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2);
      }
      return s;
    });

const figures = mutate(SEED_FIGURES);
const codes = mutate(SEED_CODES);

const contexts = fc.constantFrom<NumberContext>(
  { column: 'money' },
  { column: 'percent' },
  { column: 'index' },
  { column: 'measure', satuan: 'Orang' },
  { column: 'measure', satuan: 'Orang, KW, LKSA, Orang, Kec.' },
  { column: 'measure', satuan: '%' },
);

/** The same text in every cell kind a sheet may hold it in. */
const cellOf = (text: string): fc.Arbitrary<Cell> =>
  fc.oneof(
    fc.constant<Cell>({ t: 's', v: text }),
    fc.constantFrom(undefined, '#,##0', '0.00%', '0.00', '@', '"Rp"#,##0').map((z): Cell => {
      const n = Number(text.replace(/\./g, '').replace(',', '.'));
      return z ? { t: 'n', v: Number.isFinite(n) ? n : 0, z } : { t: 'n', v: Number.isFinite(n) ? n : 0 };
    }),
    fc.constant<Cell>({ t: 's', v: text, f: 'CONCATENATE("x")' }),
  );

const NUMBER_KINDS = new Set(['number', 'empty', 'absent', 'ambiguous', 'unreadable', 'error']);
const CODE_KINDS = new Set(['code', 'rekening', 'legacy', 'ambiguous', 'invalid', 'none']);

function numberOk(p: ParsedNumber): boolean {
  if (!NUMBER_KINDS.has(p.kind)) return false;
  if (p.kind === 'number') return p.value instanceof Decimal && p.value.isFinite();
  if (p.kind === 'unreadable') return p.reason.length > 0 && p.reason !== 'Tidak dapat dibaca';
  return true;
}

function valueOk(v: ParsedValue): boolean {
  return v.kind === 'composite' ? v.parts.length >= 2 && v.parts.every(numberOk) : numberOk(v);
}

function codeOk(p: CodeParse): boolean {
  if (!CODE_KINDS.has(p.kind)) return false;
  if (p.kind === 'invalid') return p.reason.length > 0 && p.reason !== 'Kode tidak dapat dibaca';
  return true;
}

describe('mutated seed figures and codes never break the parsers', () => {
  it('readNumber and readValue answer with a known kind for every cell kind', () => {
    fc.assert(
      fc.property(figures.chain((t) => fc.tuple(fc.constant(t), cellOf(t))), contexts, ([, cell], ctx) => {
        expect(numberOk(readNumber(cell, ctx))).toBe(true);
        expect(valueOk(readValue(cell, ctx))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseCodeText and parseCode answer with a known kind', () => {
    fc.assert(
      fc.property(codes, fc.constantFrom(undefined, { bidang: '1.06' }, { bidang: '06' }), (text, hint) => {
        expect(codeOk(parseCodeText(text, hint))).toBe(true);
        expect(codeOk(parseCode({ t: 's', v: text }, hint))).toBe(true);
        const n = Number(text);
        if (Number.isFinite(n)) expect(codeOk(parseCode({ t: 'n', v: n }, hint))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('in a DPA sheet, every rejected value is a finding on its cell', () => {
  it('holds for mutated amounts in the Pagu and Realisasi columns', () => {
    fc.assert(
      fc.property(figures, figures, (pagu, realisasi) => {
        const wb = workbook(dpaSheet((r) => {
          r[8][2] = pagu;
          r[8][3] = realisasi;
        }));
        const { findings } = analyse(wb);
        for (const [text, a1] of [[pagu, 'C9'], [realisasi, 'D9']]) {
          const p = readNumber({ t: 's', v: text }, { column: 'money' });
          if (p.kind === 'unreadable' || p.kind === 'ambiguous') {
            expect(findings.some((f) => f.cell === a1 && (f.rule === 'value/unreadable' || f.rule === 'value/ambiguous'))).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('holds for mutated codes in the Kode column', () => {
    fc.assert(
      fc.property(codes, (code) => {
        const wb = workbook(dpaSheet((r) => (r[8][0] = code)));
        const { findings } = analyse(wb);
        const p = parseCodeText(code);
        if (p.kind === 'invalid' || p.kind === 'ambiguous' || p.kind === 'legacy') {
          expect(findings.some((f) => f.cell === 'A9' && f.rule.startsWith('code/'))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
