/** Capaian kinerja (achievement %) and its predikat. */
import Decimal from 'decimal.js';
import type { ParsedNumber, ParsedValue } from '../values/types';
import type { Polarity } from '../model/types';
import type { CapaianResult, Predikat } from './types';
import { round2 } from './num';

type Failure = Extract<CapaianResult, { ok: false }>;

function fail(code: Failure['code'], reason: string): Failure {
  return { ok: false, code, reason };
}

const HUNDRED = new Decimal(100);
const TWO = new Decimal(2);

/** Reads one side (target or realisasi) as a list of numbers, or says why it cannot. */
function side(v: ParsedValue | undefined, which: 'target' | 'realisasi'): Decimal[] | Failure {
  const missing = which === 'target' ? 'target-missing' : 'realisasi-missing';
  const unreadable = which === 'target' ? 'target-unreadable' : 'realisasi-unreadable';
  if (!v || v.kind === 'empty') return fail(missing, `${which} kosong`);
  if (v.kind === 'absent') return fail(missing, `${which} tidak diisi ("${v.text}")`);
  if (v.kind === 'composite') {
    const out: Decimal[] = [];
    for (let i = 0; i < v.parts.length; i++) {
      const part = v.parts[i];
      if (part.kind !== 'number') {
        return fail(part.kind === 'empty' || part.kind === 'absent' ? missing : unreadable,
          `${which} komponen ke-${i + 1} dari "${v.text}" tidak terbaca`);
      }
      out.push(part.value);
    }
    return out;
  }
  return single(v, which, unreadable);
}

function single(v: ParsedNumber, which: string, unreadable: Failure['code']): Decimal[] | Failure {
  switch (v.kind) {
    case 'number':
      return [v.value];
    case 'ambiguous':
      return fail(unreadable, `${which} "${v.text}" memiliki dua kemungkinan bacaan`);
    case 'unreadable':
      return fail(unreadable, `${which} "${v.text}" tidak terbaca (${v.reason})`);
    case 'error':
      return fail(unreadable, `${which} berisi galat Excel ${v.text}`);
    default:
      return fail(unreadable, `${which} tidak terbaca`);
  }
}

/** One pair: higher-better R/T×100; lower-better (2 − R/T)×100, never below 0. */
function ratio(target: Decimal, realisasi: Decimal, polarity: Polarity): Decimal {
  const r = realisasi.dividedBy(target);
  if (polarity === 'negatif') return Decimal.max(TWO.minus(r).times(HUNDRED), 0);
  return r.times(HUNDRED);
}

/**
 * Capaian kinerja of one indicator. Never Infinity/NaN: a zero, blank, absent
 * or unreadable side gives {ok:false} with an Indonesian reason.
 *
 * Composite targets ("100, 2, 16, 70, 5" against "100, 2, 16, 70, 5") are
 * computed component by component; the indicator's capaian is the arithmetic
 * mean of the component capaian (each component weighs the same, as the
 * components count different things and cannot be added up). The component
 * values are returned in `components`.
 */
export function capaianKinerja(
  target: ParsedValue | undefined,
  realisasi: ParsedValue | undefined,
  polarity: Polarity,
): CapaianResult {
  const t = side(target, 'target');
  if (!Array.isArray(t)) return t;
  if (t.some((x) => x.isZero())) {
    return fail('target-zero', t.length > 1 ? 'salah satu komponen target bernilai nol' : 'target nol');
  }
  const r = side(realisasi, 'realisasi');
  if (!Array.isArray(r)) return r;
  const composite = target?.kind === 'composite' || realisasi?.kind === 'composite';
  if (t.length !== r.length) {
    return fail('composite-mismatch', `jumlah komponen target (${t.length}) berbeda dari realisasi (${r.length})`);
  }
  const parts = t.map((tv, i) => ratio(tv, r[i], polarity));
  if (!composite || parts.length === 1) return { ok: true, value: parts[0], polarity };
  const mean = parts.reduce((a, b) => a.plus(b), new Decimal(0)).dividedBy(parts.length);
  return { ok: true, value: mean, polarity, components: parts };
}

/**
 * Predikat on the Permendagri 86/2017 scale, half-open intervals. Judged on the
 * capaian as presented (rounded to 2 decimals), so a printed 91,00 is always
 * Sangat Tinggi even when the unrounded value is 90,995.
 */
export function predikat(capaian: Decimal): Predikat {
  const c = round2(capaian);
  if (c.gte(91)) return 'Sangat Tinggi';
  if (c.gte(76)) return 'Tinggi';
  if (c.gte(66)) return 'Sedang';
  if (c.gte(51)) return 'Rendah';
  return 'Sangat Rendah';
}
