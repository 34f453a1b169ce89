/** Laporan: pick the LAKIP tables, year and OPD name; generated sheets are added to the workbook. */
import * as React from 'react';
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportSkip, ReportTableId } from '../../core/report/types';
import { REPORT_LABEL, REPORT_TABLES } from '../labels';
import { useScreenStyles } from '../styles';

const useStyles = makeStyles({
  // Checkbox pads its indicator; pull the list back to the heading's edge.
  checks: { display: 'flex', flexDirection: 'column', rowGap: 0, marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  year: { width: '120px' },
  opd: { flexGrow: 1, minWidth: '160px' },
});

export interface LaporanRequest {
  tables: ReportTableId[];
  tahun: number;
  opd: string;
}

export interface LaporanResult {
  sheets: string[];
  skipped: ReportSkip[];
}

export interface LaporanProps {
  busy: boolean;
  canUndo: boolean;
  onUndo(): void;
  defaultOpd: string;
  result?: LaporanResult;
  onCreate(req: LaporanRequest): void;
}

/** LAKIP year N is written early in year N + 1. */
export function defaultYear(now = new Date()): number {
  return now.getFullYear() - 1;
}

export function LaporanScreen(props: LaporanProps): React.ReactElement {
  const s = useScreenStyles();
  const c = useStyles();
  const [chosen, setChosen] = React.useState<Set<ReportTableId>>(() => new Set(REPORT_TABLES.map((t) => t.id)));
  const [tahun, setTahun] = React.useState(String(defaultYear()));
  const [opd, setOpd] = React.useState(props.defaultOpd);
  const year = Number(tahun);
  const yearValid = /^\d{4}$/.test(tahun.trim()) && year >= 2000 && year <= 2100;
  const all = chosen.size === REPORT_TABLES.length;

  const toggle = (id: ReportTableId, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  return (
    <div className={s.screen}>
      <section className={s.section} aria-labelledby="laporan-tabel">
        <h2 id="laporan-tabel" className={s.heading}>
          Tabel laporan
        </h2>
        <div className={c.checks} role="group" aria-labelledby="laporan-tabel">
          <Checkbox
            label="Pilih semua"
            checked={all ? true : chosen.size === 0 ? false : 'mixed'}
            onChange={(_, d) => setChosen(new Set(d.checked === true ? REPORT_TABLES.map((t) => t.id) : []))}
          />
          {REPORT_TABLES.map((t) => (
            <Checkbox key={t.id} label={t.label} checked={chosen.has(t.id)} onChange={(_, d) => toggle(t.id, d.checked === true)} />
          ))}
        </div>
      </section>
      <section className={c.row} aria-label="Keterangan laporan">
        <Field
          label="Tahun"
          className={c.year}
          validationState={yearValid ? 'none' : 'error'}
          validationMessage={yearValid ? undefined : 'Isi tahun empat digit, mis. 2024.'}
        >
          <Input type="number" inputMode="numeric" value={tahun} onChange={(_, d) => setTahun(d.value)} />
        </Field>
        <Field label="Nama OPD" className={c.opd}>
          <Input value={opd} placeholder="mis. Dinas Sosial Kabupaten Mojokerto" onChange={(_, d) => setOpd(d.value)} />
        </Field>
      </section>
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabled={props.busy || !yearValid || chosen.size === 0}
          onClick={() =>
            props.onCreate({
              tables: REPORT_TABLES.map((t) => t.id).filter((id) => chosen.has(id)),
              tahun: year,
              opd: opd.trim(),
            })
          }
        >
          Buat laporan
        </Button>
        <Button appearance="secondary" disabled={props.busy || !props.canUndo} onClick={props.onUndo}>
          Batalkan
        </Button>
      </div>
      {props.result ? (
        <section className={s.section} aria-label="Hasil pembuatan laporan" aria-live="polite">
          {props.result.sheets.length > 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>{`${props.result.sheets.length} lembar laporan dibuat`}</MessageBarTitle>
                {props.result.sheets.join(', ')}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {props.result.skipped.map((k) => (
            <MessageBar key={k.id} intent="warning">
              <MessageBarBody>
                <MessageBarTitle>{`${REPORT_LABEL[k.id] ?? k.id} dilewati`}</MessageBarTitle>
                {k.reason}
              </MessageBarBody>
            </MessageBar>
          ))}
        </section>
      ) : null}
    </div>
  );
}
