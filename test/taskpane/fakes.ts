/**
 * A fake WorkbookHost and a fake engine for the screen tests, with figures
 * from the Mojokerto 2021 LAKIP (seeds/lakip-mojokerto-2021.txt).
 */
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import type { WorkbookHost, Progress } from '../../src/host/types';
import type { CellEdit, FillPlan } from '../../src/core/fill/types';
import type { ReportTable, ReportTableId, ReportSkip } from '../../src/core/report/types';
import type { Finding } from '../../src/core/findings/types';
import type { SheetLayout } from '../../src/sheets/types';
import type { WorkbookModel } from '../../src/core/model/types';
import type { Analysis, AnalyseOptions, EngineApi, ReportOptions } from '../../src/taskpane/types';

const s = (v: string): Cell => ({ t: 's', v });
const n = (v: number): Cell => ({ t: 'n', v });

function sheet(name: string, rows: Array<Array<Cell | undefined>>): SheetGrid {
  return { name, state: 'visible', rows, merges: [], hiddenRows: new Set(), hiddenCols: new Set(), protected: false };
}

/** DPA rows of the Mojokerto budget tree: Kode | Uraian | Pagu | Realisasi | Sisa | %. */
export function mojokertoGrid(): WorkbookGrid {
  return {
    generatedSheets: [],
    sheets: [
      sheet('PK 2021', [
        [s('NO.'), s('SASARAN'), s('INDIKATOR KINERJA'), s('TARGET'), s('REALISASI'), s('CAPAIAN')],
        [n(1), s('Meningkatnya pelayanan kesejahteraan PMKS'), s('Persentase PMKS penerima manfaat kesejahteraan sosial'), n(12), n(12), undefined],
      ]),
      sheet('DPA 2021', [
        [s('KODE'), s('URAIAN'), s('PAGU'), s('REALISASI'), s('SISA'), s('%')],
        [s('1.06.01'), s('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'), n(8054019520), n(7000000000), undefined, undefined],
        [s('1.06.01.2.01'), s('Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah'), n(108000000), n(84915000), undefined, n(78)],
      ]),
    ],
  };
}

export const LAYOUTS: SheetLayout[] = [
  {
    sheet: 'PK 2021',
    role: 'pk',
    reason: 'Judul kolom Sasaran, Indikator Kinerja, Target',
    overridden: false,
    tables: [
      {
        kind: 'pk-indikator',
        headerStart: 0,
        headerEnd: 0,
        dataStart: 1,
        dataEnd: 1,
        columns: { sasaran: 1, indikator: 2, target: 3, realisasiKinerja: 4, capaian: 5 },
        headers: { sasaran: 'SASARAN', indikator: 'INDIKATOR KINERJA', target: 'TARGET', realisasiKinerja: 'REALISASI', capaian: 'CAPAIAN' },
      },
    ],
  },
  {
    sheet: 'DPA 2021',
    role: 'dpa',
    reason: 'Kode program/kegiatan dan kolom Pagu',
    overridden: false,
    tables: [
      {
        kind: 'dpa',
        headerStart: 0,
        headerEnd: 0,
        dataStart: 1,
        dataEnd: 2,
        columns: { kode: 0, uraian: 1, pagu: 2, realisasi: 3, sisa: 4, persen: 5 },
        headers: { kode: 'KODE', uraian: 'URAIAN', pagu: 'PAGU', realisasi: 'REALISASI', sisa: 'SISA', persen: '%' },
        treeSource: 'codes',
      },
    ],
  },
];

export const FINDINGS: Finding[] = [
  {
    rule: 'sum/mismatch',
    severity: 'error',
    sheet: 'DPA 2021',
    cell: 'C2',
    message: 'Pagu program 1.06.01 tidak sama dengan jumlah kegiatannya.',
    actual: '8054019520',
    expected: '7484519520',
  },
  {
    rule: 'percent/mismatch',
    severity: 'warning',
    sheet: 'DPA 2021',
    cell: 'F3',
    message: 'Persentase penyerapan kegiatan 1.06.01.2.01 tidak sama dengan hasil hitung.',
    actual: '78',
    expected: '78.63',
  },
  {
    rule: 'pk/polarity-inferred',
    severity: 'info',
    sheet: 'PK 2021',
    cell: 'C2',
    message: 'Polaritas indikator dianggap positif (semakin tinggi semakin baik).',
  },
];

/** Planned: sisa 108.000.000 − 84.915.000 and the PK capaian 12 / 12 × 100. */
export const EDITS: CellEdit[] = [
  { sheet: 'PK 2021', row: 1, col: 5, value: 100, format: '0.00', kind: 'capaian', old: undefined },
  { sheet: 'DPA 2021', row: 1, col: 4, value: 1054019520, format: '#,##0', kind: 'sisa', old: undefined },
  { sheet: 'DPA 2021', row: 2, col: 4, value: 23085000, format: '#,##0', kind: 'sisa', old: undefined },
];

/** Held back: the written 78 where 78,63 belongs. */
export const CONFLICT_EDIT: CellEdit = { sheet: 'DPA 2021', row: 2, col: 5, value: 78.63, format: '0.00', kind: 'persen', old: n(78) };

export function planFor(overwrite: boolean): FillPlan {
  return {
    edits: overwrite ? [...EDITS, CONFLICT_EDIT] : [...EDITS],
    conflicts: overwrite ? [] : [{ edit: CONFLICT_EDIT, reason: 'different-value' }],
    addedColumns: [],
  };
}

const MODEL: WorkbookModel = { pk: [], dpa: [] };

export function reportTable(id: ReportTableId, sheetName: string): ReportTable {
  return {
    id,
    sheetName,
    rows: [[{ value: sheetName }]],
    merges: [],
    colWidths: [40],
    freezeRows: 1,
    printTitleRows: [0, 0],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
  };
}

export const SKIP_TAHUN_LALU: ReportSkip = {
  id: 'perbandingan-tahun-lalu',
  reason: 'Tabel perbandingan dengan tahun lalu dilewati: lembar PK tidak memiliki kolom Realisasi Tahun Lalu (mis. "Realisasi 2020").',
};

export interface FakeEngine extends EngineApi {
  analyse: jest.Mock<Analysis, [WorkbookGrid, AnalyseOptions?]>;
  buildReports: jest.Mock<{ tables: ReportTable[]; skipped: ReportSkip[] }, [WorkbookModel, ReportOptions]>;
}

export function fakeEngine(findings: Finding[] = FINDINGS): FakeEngine {
  return {
    analyse: jest.fn((_wb: WorkbookGrid, opts?: AnalyseOptions) => ({
      layouts: opts?.overrides?.dpaSheet === 'PK 2021' ? LAYOUTS.map((l) => ({ ...l, role: 'dpa' as const, overridden: true })) : LAYOUTS,
      model: MODEL,
      findings,
      plan: planFor(opts?.overwrite ?? false),
    })),
    buildReports: jest.fn((_model: WorkbookModel, opts: ReportOptions) => {
      const ids = opts.tables ?? [];
      return {
        tables: ids.filter((id) => id !== 'perbandingan-tahun-lalu').map((id, i) => reportTable(id, `T${i + 1} ${id}`.slice(0, 31))),
        skipped: ids.includes('perbandingan-tahun-lalu') ? [SKIP_TAHUN_LALU] : [],
      };
    }),
  };
}

export class FakeHost implements WorkbookHost {
  readonly kind: 'office' | 'file';
  readonly name: string;
  undoSteps = 0;
  grid: WorkbookGrid;
  read = jest.fn(async () => this.grid);
  applyEdits = jest.fn(async (_edits: CellEdit[], onProgress?: Progress) => {
    onProgress?.(_edits.length, _edits.length);
    this.undoSteps++;
  });
  addReportSheets = jest.fn(async (_tables: ReportTable[], _onProgress?: Progress) => {
    this.undoSteps++;
  });
  undo = jest.fn(async () => {
    this.undoSteps--;
  });
  canUndo = jest.fn(() => this.undoSteps > 0);
  selectCell = jest.fn(async (_sheet: string, _a1: string) => undefined);

  constructor(opts: { kind?: 'office' | 'file'; name?: string; grid?: WorkbookGrid } = {}) {
    this.kind = opts.kind ?? 'office';
    this.name = opts.name ?? 'dinsos-mojokerto-2021.xlsx';
    this.grid = opts.grid ?? mojokertoGrid();
  }
}

/** A Storage backed by a Map, so each test starts with nothing remembered. */
export class MemoryStorage implements Storage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  clear() {
    this.m.clear();
  }
  getItem(k: string) {
    return this.m.has(k) ? this.m.get(k)! : null;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  setItem(k: string, v: string) {
    this.m.set(k, String(v));
  }
}
