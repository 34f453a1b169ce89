/** Stated capaian kinerja against the computed one, and why it cannot be computed. */
import type { Finding, RuleId } from '../findings/types';
import type { CellRef, SourceValue } from '../model/types';
import type { ParsedValue } from '../values/types';
import type { CapaianResult } from '../compute/types';
import { formatId, round2, statedPercent } from '../compute/num';
import { finding, pct } from './finding';

export interface CapaianSubject {
  /** How the message names the row or indicator. */
  name: string;
  target?: SourceValue<ParsedValue>;
  realisasi?: SourceValue<ParsedValue>;
  sheet: string;
  /** The target and realisasi cells of the row when the model holds no value for them (blank cells). */
  targetCell?: CellRef;
  realisasiCell?: CellRef;
  /** DPA rows report every failure as capaian/not-computable; PK rows use the pk/* rules where they apply. */
  dpa?: boolean;
}

function num(v: SourceValue<ParsedValue> | undefined): string {
  const p = v?.parsed;
  if (p?.kind === 'number') return formatId(p.value);
  return p && 'text' in p ? p.text : '';
}

/** The formula as the user can redo it, for the message. */
function formula(res: Extract<CapaianResult, { ok: true }>, s: CapaianSubject): string {
  if (res.components) return `rata-rata capaian ${res.components.length} komponen: ${res.components.map((c) => pct(c)).join('; ')}`;
  const r = num(s.realisasi);
  const t = num(s.target);
  if (res.polarity === 'negatif') return `indikator makin kecil makin baik: (2 − ${r} / ${t}) × 100`;
  return `${r} / ${t} × 100`;
}

function failureRule(code: Extract<CapaianResult, { ok: false }>['code'], dpa: boolean): RuleId {
  if (dpa) return 'capaian/not-computable';
  if (code === 'target-zero') return 'pk/target-zero';
  if (code === 'target-missing') return 'pk/target-missing';
  if (code === 'realisasi-missing') return 'pk/realisasi-missing';
  return 'capaian/not-computable';
}

export function capaianFindings(
  out: Finding[],
  stated: SourceValue | undefined,
  result: CapaianResult | undefined,
  s: CapaianSubject,
): void {
  if (!result) return;
  const statedValue = statedPercent(stated);
  if (result.ok) {
    if (statedValue === undefined || !stated) return;
    if (round2(statedValue).equals(round2(result.value))) return;
    out.push(
      finding(
        'capaian/mismatch',
        'error',
        stated.ref,
        `Capaian ${s.name} tertulis ${pct(statedValue)}, hasil hitung ${pct(result.value)} (${formula(result, s)}).`,
        round2(result.value),
        round2(statedValue),
      ),
    );
    return;
  }
  const onTarget = result.code.startsWith('target') || result.code === 'composite-mismatch';
  const ref = (onTarget ? s.target?.ref ?? s.targetCell : s.realisasi?.ref ?? s.realisasiCell) ?? stated?.ref ?? { sheet: s.sheet };
  const written = statedValue !== undefined ? ` Sel capaian berisi ${pct(statedValue)}.` : '';
  out.push(
    finding(
      failureRule(result.code, !!s.dpa),
      'warning',
      ref,
      `Capaian ${s.name} tidak dapat dihitung: ${result.reason}.${written}`,
      undefined,
      onTarget ? num(s.target) || undefined : num(s.realisasi) || undefined,
    ),
  );
}
