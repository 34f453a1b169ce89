/** Web app: the row of a selected cell, column by column (vertical so it fits 320 px). */
import * as React from 'react';
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { SheetGrid } from '../../grid/types';
import { columnLetters, parseA1 } from '../../grid/address';
import { formatCell } from '../format';
import { useScreenStyles } from '../styles';

/** Enough context to recognise the row; the selected cell is always included. */
const MAX_CELLS = 14;

const useStyles = makeStyles({
  box: {
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  hit: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
  colCell: { width: '40%', overflowWrap: 'anywhere' },
  valueCell: { overflowWrap: 'anywhere' },
});

export interface RowPreviewProps {
  sheet: SheetGrid | undefined;
  cellRef: string;
  headerOf(col: number): string | undefined;
}

export function RowPreview({ sheet, cellRef, headerOf }: RowPreviewProps): React.ReactElement | null {
  const s = useScreenStyles();
  const c = useStyles();
  const pos = parseA1(cellRef);
  if (!sheet || !pos) return null;
  const row = sheet.rows[pos.row] ?? [];
  const cols: number[] = [];
  for (let col = 0; col < row.length; col++) if (row[col] !== undefined || col === pos.col) cols.push(col);
  if (!cols.includes(pos.col)) cols.push(pos.col);
  cols.sort((a, b) => a - b);
  const around = cols.length > MAX_CELLS ? pickAround(cols, pos.col) : cols;

  return (
    <div className={c.box} role="region" aria-label={`Isi baris ${pos.row + 1} lembar ${sheet.name}`}>
      <p className={s.muted}>{`Baris ${pos.row + 1} di lembar ${sheet.name}`}</p>
      <Table size="extra-small" aria-label={`Baris ${pos.row + 1}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={c.colCell}>Kolom</TableHeaderCell>
            <TableHeaderCell>Isi</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {around.map((col) => {
            const letter = columnLetters(col);
            const header = headerOf(col);
            return (
              <TableRow key={col} className={col === pos.col ? c.hit : undefined} aria-current={col === pos.col ? 'true' : undefined}>
                <TableCell className={c.colCell}>{header ? `${letter} · ${header}` : letter}</TableCell>
                <TableCell className={c.valueCell}>{formatCell(row[col])}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

function pickAround(cols: number[], target: number): number[] {
  const i = cols.indexOf(target);
  const start = Math.max(0, Math.min(i - Math.floor(MAX_CELLS / 2), cols.length - MAX_CELLS));
  return cols.slice(start, start + MAX_CELLS);
}
