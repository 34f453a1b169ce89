/** Buka: the workbook (file picker in the web app), detected sheet roles and column mapping, correctable. */
import * as React from 'react';
import {
  Badge,
  Button,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { Field as LayoutField, LayoutOverrides, SheetLayout, TableLayout } from '../../sheets/types';
import type { WorkbookGrid } from '../../grid/types';
import { columnCount } from '../../grid/types';
import { columnIndex, columnLetters } from '../../grid/address';
import { FIELD_LABEL, FIELDS_BY_KIND, ROLE_LABEL, TABLE_KIND_LABEL } from '../labels';
import { isEmpty } from '../overrides-store';
import { useScreenStyles } from '../styles';

/** Offering every column of a 16 000-column sheet is useless; real tables are narrower. */
const MAX_COLUMN_OPTIONS = 60;

const useStyles = makeStyles({
  drop: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalXXL,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'center',
  },
  dropCompact: { paddingTop: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  // Visually hidden but reachable by scripts and assistive tech; the visible button opens it.
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden', clipPath: 'inset(50%)' },
  sheetTop: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sheetName: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  badges: { display: 'flex', columnGap: tokens.spacingHorizontalXS },
  fieldCol: { width: '45%', overflowWrap: 'anywhere' },
  columnCell: { overflowWrap: 'anywhere' },
  mapping: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: '100%' },
});

export interface BukaProps {
  mode: 'office' | 'web';
  workbookName?: string;
  grid?: WorkbookGrid;
  layouts?: SheetLayout[];
  overrides: LayoutOverrides;
  busy: boolean;
  onFile?(file: File): void;
  onOverrides(next: LayoutOverrides): void;
  onCheck(): void;
}

type RoleChoice = 'auto' | 'pk' | 'dpa';

export function roleChoice(o: LayoutOverrides, sheet: string): RoleChoice {
  if (o.pkSheet === sheet) return 'pk';
  if (o.dpaSheet === sheet) return 'dpa';
  return 'auto';
}

/** One PK and one DPA sheet can be forced; choosing a role for a sheet releases it from the other. */
export function withRole(o: LayoutOverrides, sheet: string, choice: RoleChoice): LayoutOverrides {
  const next: LayoutOverrides = { ...o };
  if (next.pkSheet === sheet) delete next.pkSheet;
  if (next.dpaSheet === sheet) delete next.dpaSheet;
  if (choice === 'pk') next.pkSheet = sheet;
  if (choice === 'dpa') next.dpaSheet = sheet;
  return next;
}

export function withColumn(o: LayoutOverrides, sheet: string, field: LayoutField, letter: string): LayoutOverrides {
  const columns = { ...(o.columns ?? {}) };
  columns[sheet] = { ...(columns[sheet] ?? {}), [field]: letter };
  return { ...o, columns };
}

/** Header text of a column inside a table's header rows, joined ("Realisasi TW I"). */
export function headerText(grid: WorkbookGrid | undefined, sheet: string, table: TableLayout, col: number): string {
  const sg = grid?.sheets.find((x) => x.name === sheet);
  if (!sg) return '';
  const parts: string[] = [];
  for (let r = table.headerStart; r <= table.headerEnd; r++) {
    const cell = sg.rows[r]?.[col];
    if (cell && (cell.t === 's' || cell.t === 'n')) {
      const t = String(cell.v).replace(/\s+/g, ' ').trim();
      if (t && !parts.includes(t)) parts.push(t);
    }
  }
  return parts.join(' ');
}

export function BukaScreen(props: BukaProps): React.ReactElement {
  const s = useScreenStyles();
  const detected = (props.layouts ?? []).filter((l) => l.role !== 'other' || l.overridden);
  const others = (props.layouts ?? []).filter((l) => !(l.role !== 'other' || l.overridden));
  const sheetNames = (props.layouts ?? []).map((l) => l.sheet);

  return (
    <div className={s.screen}>
      {props.mode === 'web' ? <FilePicker compact={!!props.workbookName} busy={props.busy} onFile={props.onFile} /> : null}
      {props.workbookName ? (
        <section className={s.section} aria-label="Buku kerja">
          <p className={s.muted}>{props.mode === 'web' ? 'File yang dibuka' : 'Buku kerja yang terbuka'}</p>
          <p className={s.text}>
            <strong>{props.workbookName}</strong>
          </p>
        </section>
      ) : props.mode === 'office' ? (
        <p className={s.text}>Membaca buku kerja yang terbuka…</p>
      ) : null}

      {props.layouts ? (
        <section className={s.section} aria-labelledby="buka-lembar">
          <h2 id="buka-lembar" className={s.heading}>
            Lembar yang dikenali
          </h2>
          {detected.length === 0 ? (
            <p className={s.text}>
              Tidak ada lembar PK atau DPA yang dikenali. Pilih peran lembar secara manual di bawah.
            </p>
          ) : null}
          {(detected.length ? detected : props.layouts).map((l) => (
            <SheetCard key={l.sheet} layout={l} grid={props.grid} overrides={props.overrides} busy={props.busy} onOverrides={props.onOverrides} />
          ))}
          {detected.length && others.length ? (
            <RoleForOthers sheets={others.map((l) => l.sheet)} overrides={props.overrides} busy={props.busy} onOverrides={props.onOverrides} />
          ) : null}
          {!isEmpty(props.overrides) ? (
            <div className={s.actions}>
              <Button appearance="subtle" disabled={props.busy} onClick={() => props.onOverrides({})}>
                Kembalikan ke deteksi otomatis
              </Button>
              <span className={s.muted}>{`Pilihan Anda disimpan untuk buku kerja ini (${sheetNames.length} lembar).`}</span>
            </div>
          ) : null}
        </section>
      ) : null}

      <div className={s.actions}>
        <Button appearance="primary" disabled={props.busy || !props.layouts} onClick={props.onCheck}>
          Periksa
        </Button>
      </div>
    </div>
  );
}

function FilePicker(props: { compact: boolean; busy: boolean; onFile?(file: File): void }): React.ReactElement {
  const s = useScreenStyles();
  const c = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = React.useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) props.onFile?.(file);
  };
  return (
    <div
      className={mergeClasses(c.drop, props.compact && c.dropCompact, dragging && c.dragging)}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        take(e.dataTransfer?.files);
      }}
    >
      <p id="buka-petunjuk" className={s.text}>
        Pilih file .xlsx atau seret ke sini
      </p>
      {props.compact ? null : <p className={s.muted}>File dibaca di peramban ini saja dan tidak dikirim ke mana pun.</p>}
      <input
        ref={input}
        className={c.hiddenInput}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Pilih file .xlsx atau seret ke sini"
        tabIndex={-1}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      <Button appearance={props.compact ? 'secondary' : 'primary'} disabled={props.busy} onClick={() => input.current?.click()}>
        {props.compact ? 'Ganti file' : 'Pilih file'}
      </Button>
    </div>
  );
}

/** The first `width` columns, plus the mapped one when it lies further right (a native select shows only listed values). */
function columnChoices(width: number, letter: string): number[] {
  const list = Array.from({ length: width }, (_, i) => i);
  const mapped = letter ? columnIndex(letter) : -1;
  if (mapped >= width) list.push(mapped);
  return list;
}

const ROLE_OPTIONS: Array<{ value: RoleChoice; text: (l?: SheetLayout) => string }> = [
  { value: 'auto', text: (l) => (l ? `Otomatis (terdeteksi: ${ROLE_LABEL[l.role]})` : 'Otomatis') },
  { value: 'pk', text: () => ROLE_LABEL.pk },
  { value: 'dpa', text: () => ROLE_LABEL.dpa },
];

function RoleSelect(props: { sheet: string; layout?: SheetLayout; overrides: LayoutOverrides; busy: boolean; onOverrides(o: LayoutOverrides): void }) {
  const c = useStyles();
  const current = roleChoice(props.overrides, props.sheet);
  return (
    <Field label={`Peran lembar ${props.sheet}`}>
      <Select
        className={c.dropdown}
        value={current}
        disabled={props.busy}
        onChange={(_, d) => props.onOverrides(withRole(props.overrides, props.sheet, d.value as RoleChoice))}
      >
        {ROLE_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text(props.layout)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function SheetCard(props: { layout: SheetLayout; grid?: WorkbookGrid; overrides: LayoutOverrides; busy: boolean; onOverrides(o: LayoutOverrides): void }) {
  const s = useScreenStyles();
  const c = useStyles();
  const { layout } = props;
  const [editing, setEditing] = React.useState(false);
  const sheetGrid = props.grid?.sheets.find((x) => x.name === layout.sheet);
  const width = Math.min(sheetGrid ? columnCount(sheetGrid) : 0, MAX_COLUMN_OPTIONS);
  const forced = props.overrides.columns?.[layout.sheet] ?? {};

  return (
    <div className={s.card}>
      <div className={c.sheetTop}>
        <h3 className={c.sheetName}>{layout.sheet}</h3>
        <div className={c.badges}>
          <Badge appearance="tint" color={layout.role === 'other' ? 'subtle' : 'brand'}>
            {layout.role === 'pk' ? 'PK' : layout.role === 'dpa' ? 'DPA' : 'Lainnya'}
          </Badge>
          {layout.overridden ? (
            <Badge appearance="outline" color="informative">
              diubah
            </Badge>
          ) : null}
        </div>
      </div>
      <p className={s.muted}>{layout.reason}</p>
      <RoleSelect sheet={layout.sheet} layout={layout} overrides={props.overrides} busy={props.busy} onOverrides={props.onOverrides} />
      {layout.tables.map((t, ti) => {
        const mapped = (Object.keys(t.columns) as LayoutField[]).filter((f) => t.columns[f] !== undefined);
        const offered = FIELDS_BY_KIND[t.kind];
        return (
          <div key={ti} className={s.section}>
            <p className={s.subheading}>{`${TABLE_KIND_LABEL[t.kind]} · baris ${t.dataStart + 1}–${t.dataEnd + 1}`}</p>
            {editing ? (
              <div className={c.mapping}>
                {offered.map((f) => {
                  const col = t.columns[f];
                  const letter = forced[f] && /^[A-Z]{1,3}$/.test(forced[f]!) ? forced[f]! : col !== undefined ? columnLetters(col) : '';
                  const optionText = (i: number) => {
                    const h = headerText(props.grid, layout.sheet, t, i);
                    return h ? `${columnLetters(i)} · ${h}` : columnLetters(i);
                  };
                  return (
                    <Field key={f} label={FIELD_LABEL[f]}>
                      <Select
                        className={c.dropdown}
                        value={letter}
                        disabled={props.busy}
                        onChange={(_, d) => d.value && props.onOverrides(withColumn(props.overrides, layout.sheet, f, d.value))}
                      >
                        {letter ? null : (
                          <option value="" disabled>
                            Tidak ada
                          </option>
                        )}
                        {columnChoices(width, letter).map((i) => (
                          <option key={i} value={columnLetters(i)}>
                            {optionText(i)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  );
                })}
              </div>
            ) : (
              <div className={s.tableWrap}>
                <Table size="extra-small" aria-label={`Kolom ${TABLE_KIND_LABEL[t.kind]} di lembar ${layout.sheet}`}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell className={c.fieldCol}>Isi</TableHeaderCell>
                      <TableHeaderCell>Kolom</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {mapped.map((f) => (
                      <TableRow key={f}>
                        <TableCell className={c.fieldCol}>{FIELD_LABEL[f]}</TableCell>
                        <TableCell className={c.columnCell}>{`${columnLetters(t.columns[f]!)}${t.headers[f] ? ` · ${t.headers[f]}` : ''}`}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </div>
        );
      })}
      {layout.tables.length ? (
        <div className={s.actions}>
          <Button size="small" appearance="secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {editing ? 'Selesai mengubah kolom' : 'Ubah kolom'}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function RoleForOthers(props: { sheets: string[]; overrides: LayoutOverrides; busy: boolean; onOverrides(o: LayoutOverrides): void }) {
  const s = useScreenStyles();
  const [open, setOpen] = React.useState(false);
  return (
    <div className={s.section}>
      <div className={s.actions}>
        <span className={s.muted}>{`Lembar lain: ${props.sheets.join(', ')}`}</span>
        <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Tutup' : 'Tetapkan peran'}
        </Button>
      </div>
      {open
        ? props.sheets.map((sh) => <RoleSelect key={sh} sheet={sh} overrides={props.overrides} busy={props.busy} onOverrides={props.onOverrides} />)
        : null}
    </div>
  );
}
