/** Hitung: what the fill plan will write (Sel | Lama | Baru), apply it, undo it. */
import * as React from 'react';
import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  ProgressBar,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { FillPlan } from '../../core/fill/types';
import { a1, columnLetters } from '../../grid/address';
import { formatCell, formatCount, formatEditValue } from '../format';
import { useScreenStyles } from '../styles';

/** The preview lists this many edits; the count above always covers all of them. */
const PREVIEW_ROWS = 200;

const useStyles = makeStyles({
  total: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    fontVariantNumeric: 'tabular-nums',
  },
  cellCol: { width: '34%', overflowWrap: 'anywhere' },
  oldCol: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  newCol: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

export interface HitungProps {
  plan: FillPlan;
  overwrite: boolean;
  busy: boolean;
  canUndo: boolean;
  progress?: { done: number; total: number };
  onOverwrite(v: boolean): void;
  onCompute(): void;
  onApply(): void;
  onUndo(): void;
}

export function HitungScreen(props: HitungProps): React.ReactElement {
  const s = useScreenStyles();
  const c = useStyles();
  const { plan } = props;
  const edits = plan.edits;
  const held = props.overwrite ? 0 : plan.conflicts.length;

  return (
    <div className={s.screen}>
      <section className={s.section} aria-labelledby="hitung-ringkasan">
        <h2 id="hitung-ringkasan" className={s.heading}>
          Sel yang akan diisi
        </h2>
        <p className={c.total} aria-live="polite">
          {formatCount(edits.length)}
          <span className={s.muted}>{' sel akan berubah'}</span>
        </p>
        {held > 0 ? (
          <p className={s.text}>
            {`${formatCount(held)} sel sudah berisi nilai lain atau rumus dan tidak ditimpa. Nyalakan "Timpa nilai yang sudah ada" untuk menimpanya.`}
          </p>
        ) : null}
        {plan.addedColumns.map((col) => (
          <p key={`${col.sheet}-${col.col}`} className={s.text}>
            {`Kolom ${columnLetters(col.col)} "${col.header}" ditambahkan di lembar ${col.sheet}.`}
          </p>
        ))}
        <Switch
          label="Timpa nilai yang sudah ada"
          checked={props.overwrite}
          disabled={props.busy}
          onChange={(_, data) => props.onOverwrite(data.checked)}
        />
        <div className={s.actions}>
          <Button appearance="primary" onClick={props.onApply} disabled={props.busy || edits.length === 0}>
            Terapkan
          </Button>
          <Button appearance="secondary" onClick={props.onUndo} disabled={props.busy || !props.canUndo}>
            Batalkan
          </Button>
          <Button appearance="subtle" onClick={props.onCompute} disabled={props.busy}>
            Hitung
          </Button>
        </div>
        {props.progress ? (
          <Field
            label="Menerapkan perubahan"
            validationState="none"
            hint={`${formatCount(props.progress.done)} dari ${formatCount(props.progress.total)}`}
          >
            <ProgressBar value={props.progress.total ? props.progress.done / props.progress.total : undefined} />
          </Field>
        ) : null}
      </section>

      {edits.length > 0 ? (
        <section className={s.section} aria-labelledby="hitung-pratinjau">
          <h3 id="hitung-pratinjau" className={s.subheading}>
            Pratinjau
          </h3>
          <div className={s.tableWrap}>
            <Table size="small" aria-labelledby="hitung-pratinjau">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={c.cellCol}>Sel</TableHeaderCell>
                  <TableHeaderCell>Lama</TableHeaderCell>
                  <TableHeaderCell>Baru</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {edits.slice(0, PREVIEW_ROWS).map((e) => (
                  <TableRow key={`${e.sheet}!${e.row}:${e.col}`}>
                    <TableCell className={mergeClasses(c.cellCol, s.mono)}>{`${e.sheet}!${a1(e.row, e.col)}`}</TableCell>
                    <TableCell className={c.oldCol}>{formatCell(e.old)}</TableCell>
                    <TableCell className={c.newCol}>{formatEditValue(e.value)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {edits.length > PREVIEW_ROWS ? (
            <p className={s.muted}>{`Menampilkan ${formatCount(PREVIEW_ROWS)} dari ${formatCount(edits.length)} sel.`}</p>
          ) : null}
        </section>
      ) : (
        <p className={s.text}>Tidak ada sel yang perlu diisi.</p>
      )}
    </div>
  );
}
