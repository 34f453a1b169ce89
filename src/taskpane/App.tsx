/**
 * The one interface of the task pane and the web app. Everything workbook-
 * related goes through a WorkbookHost; the engine is injected (loaded lazily
 * in the bundles, faked in tests).
 */
import * as React from 'react';
import {
  Button,
  FluentProvider,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { WorkbookHost } from '../host/types';
import type { WorkbookGrid } from '../grid/types';
import type { LayoutOverrides } from '../sheets/types';
import type { Finding } from '../core/findings/types';
import type { Analysis, EngineApi } from './types';
import { isDownloadable } from './types';
import { userMessage } from './errors';
import { loadOverrides, overridesKey, saveOverrides } from './overrides-store';
import { formatCount } from './format';
import { BukaScreen } from './screens/BukaScreen';
import { PeriksaScreen } from './screens/PeriksaScreen';
import { HitungScreen } from './screens/HitungScreen';
import { LaporanScreen, type LaporanRequest, type LaporanResult } from './screens/LaporanScreen';
import { FIELD_LABEL } from './labels';

export type TabId = 'buka' | 'periksa' | 'hitung' | 'laporan';

export interface AppProps {
  mode: 'office' | 'web';
  /** Office: the open workbook. Web: absent until a file is opened. */
  host?: WorkbookHost;
  loadEngine(): Promise<EngineApi>;
  /** Web app: turns a picked file into a host (FileHost). */
  openFile?(bytes: Uint8Array, name: string): Promise<WorkbookHost>;
  /** Web app: hands the bytes to the browser as a download. */
  saveFile?(bytes: Uint8Array, fileName: string): void;
  storage?: Storage;
}

const OPD_KEY = 'lakip-helper:opd';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  web: {
    display: 'flex',
    justifyContent: 'center',
    paddingTop: tokens.spacingVerticalXXL,
    paddingBottom: tokens.spacingVerticalXXL,
    // A phone or a narrow window: the card would only waste width.
    '@media (max-width: 480px)': { paddingTop: 0, paddingBottom: 0 },
  },
  frame: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalXXL,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  webFrame: {
    maxWidth: '880px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow8,
    paddingLeft: tokens.spacingHorizontalXXL,
    paddingRight: tokens.spacingHorizontalXXL,
    '@media (max-width: 480px)': {
      borderRadius: 0,
      boxShadow: 'none',
      paddingLeft: tokens.spacingHorizontalM,
      paddingRight: tokens.spacingHorizontalM,
    },
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalS,
  },
  titleBox: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  tabs: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    overflowX: 'auto',
  },
  messages: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM },
  busy: { paddingTop: tokens.spacingVerticalM, justifyContent: 'flex-start' },
});

interface Notice {
  intent: 'success' | 'info';
  text: string;
}

function defaultStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function App(props: AppProps): React.ReactElement {
  const c = useStyles();
  const storage = React.useMemo(() => props.storage ?? defaultStorage(), [props.storage]);
  const [host, setHost] = React.useState<WorkbookHost | undefined>(props.host);
  const [grid, setGrid] = React.useState<WorkbookGrid>();
  const [analysis, setAnalysis] = React.useState<Analysis>();
  const [overrides, setOverrides] = React.useState<LayoutOverrides>({});
  const [overwrite, setOverwrite] = React.useState(false);
  const [tab, setTab] = React.useState<TabId>('buka');
  const [busy, setBusy] = React.useState<string>();
  const [progress, setProgress] = React.useState<{ done: number; total: number }>();
  const [error, setError] = React.useState<string>();
  const [notice, setNotice] = React.useState<Notice>();
  const [revealed, setRevealed] = React.useState<Finding>();
  const [report, setReport] = React.useState<LaporanResult>();
  const storageKey = React.useRef<string>(undefined);
  // Serialises operations: a second click while one runs is ignored rather than interleaved.
  const running = React.useRef(false);

  /** Runs one user operation with a spinner label; errors become the MessageBar. */
  const run = React.useCallback(async (label: string, op: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(label);
    setError(undefined);
    try {
      await op();
    } catch (err) {
      setError(userMessage(err));
    } finally {
      running.current = false;
      setBusy(undefined);
      setProgress(undefined);
    }
  }, []);

  /** Reads the workbook afresh (the user may have edited it since) unless just read, and analyses it. */
  const analyse = React.useCallback(
    async (h: WorkbookHost, ov: LayoutOverrides, ow: boolean, justRead?: WorkbookGrid): Promise<void> => {
      const [wb, engine] = await Promise.all([justRead ?? h.read(), props.loadEngine()]);
      const result = engine.analyse(wb, { overrides: ov, overwrite: ow });
      setGrid(wb);
      setAnalysis(result);
    },
    [props.loadEngine],
  );

  /** A new workbook: restore remembered corrections, analyse. */
  const start = React.useCallback(
    async (h: WorkbookHost) => {
      const wb = await h.read();
      storageKey.current = overridesKey(h.name, wb.sheets.map((s) => s.name));
      const remembered = loadOverrides(storage, storageKey.current) ?? {};
      setOverrides(remembered);
      setOverwrite(false);
      setRevealed(undefined);
      setReport(undefined);
      setNotice(undefined);
      // The grid just read serves the first analysis too: one read of the workbook at start, not two.
      await analyse(h, remembered, false, wb);
    },
    [analyse, storage],
  );

  React.useEffect(() => {
    if (props.host) void run('Membaca buku kerja…', () => start(props.host!));
  }, [props.host, run, start]);

  React.useEffect(() => {
    // Warm the engine chunk while the user picks a file.
    props.loadEngine().catch(() => undefined);
  }, [props.loadEngine]);

  const onFile = (file: File) =>
    run('Membuka file…', async () => {
      if (!props.openFile) return;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const h = await props.openFile(bytes, file.name);
      setHost(h);
      setAnalysis(undefined);
      setTab('buka');
      await start(h);
    });

  const check = () =>
    host &&
    run('Memeriksa…', async () => {
      await analyse(host, overrides, overwrite);
      setRevealed(undefined);
      setTab('periksa');
    });

  const compute = () =>
    host &&
    run('Menghitung…', async () => {
      await analyse(host, overrides, overwrite);
      setTab('hitung');
    });

  const changeOverrides = (next: LayoutOverrides) =>
    host &&
    run('Menganalisis ulang…', async () => {
      setOverrides(next);
      if (storageKey.current) saveOverrides(storage, storageKey.current, next);
      await analyse(host, next, overwrite);
    });

  const changeOverwrite = (next: boolean) =>
    host &&
    run('Menghitung ulang…', async () => {
      setOverwrite(next);
      await analyse(host, overrides, next);
    });

  const apply = () =>
    host &&
    analysis &&
    run('Menerapkan…', async () => {
      const edits = analysis.plan.edits;
      setProgress({ done: 0, total: edits.length });
      await host.applyEdits(edits, (done, total) => setProgress({ done, total }));
      setNotice({ intent: 'success', text: `${formatCount(edits.length)} sel diisi. Pilih Batalkan untuk mengembalikannya.` });
      await analyse(host, overrides, overwrite);
    });

  const undo = () =>
    host &&
    run('Membatalkan…', async () => {
      await host.undo();
      setNotice({ intent: 'info', text: 'Perubahan terakhir dibatalkan.' });
      setReport(undefined);
      await analyse(host, overrides, overwrite);
    });

  const createReports = (req: LaporanRequest) =>
    host &&
    analysis &&
    run('Membuat laporan…', async () => {
      // The result panel reports this run; an earlier "filled"/"undone" notice would only confuse.
      setNotice(undefined);
      const engine = await props.loadEngine();
      const built = engine.buildReports(analysis.model, { tahun: req.tahun, opd: req.opd || undefined, tables: req.tables });
      if (built.tables.length) {
        setProgress({ done: 0, total: built.tables.length });
        await host.addReportSheets(built.tables, (done, total) => setProgress({ done, total }));
      }
      try {
        storage?.setItem(OPD_KEY, req.opd);
      } catch {
        // not remembering the OPD name is acceptable
      }
      setReport({ sheets: built.tables.map((t) => t.sheetName), skipped: built.skipped });
      await analyse(host, overrides, overwrite);
    });

  const select = (f: Finding) =>
    host &&
    run('Memilih sel…', async () => {
      await host.selectCell(f.sheet, f.cell);
      if (host.kind === 'file') setRevealed(f);
    });

  const download = () => {
    if (!isDownloadable(host) || !props.saveFile) return;
    try {
      const { bytes, fileName } = host.download();
      props.saveFile(bytes, fileName);
    } catch (err) {
      setError(userMessage(err));
    }
  };

  const onTab = (next: TabId) => {
    setTab(next);
    if ((next === 'periksa' || next === 'hitung') && host && !analysis) void run('Memeriksa…', () => analyse(host, overrides, overwrite));
  };

  const headerOf = React.useCallback(
    (sheet: string) => (col: number) => {
      const layout = analysis?.layouts.find((l) => l.sheet === sheet);
      for (const t of layout?.tables ?? []) {
        for (const [field, c2] of Object.entries(t.columns)) {
          if (c2 === col) return t.headers[field as keyof typeof t.headers] ?? FIELD_LABEL[field as keyof typeof FIELD_LABEL];
        }
      }
      return undefined;
    },
    [analysis],
  );

  const isBusy = busy !== undefined;
  const ready = !!host && !!analysis;
  const web = props.mode === 'web';
  const subtitle = host ? host.name : web ? 'Periksa dan lengkapi tabel LAKIP dari file PK dan DPA' : 'Memuat…';

  return (
    <FluentProvider theme={webLightTheme} className={mergeClasses(c.root, web && c.web)}>
      <main className={mergeClasses(c.frame, web && c.webFrame)} aria-busy={isBusy}>
        <header className={c.header}>
          <div className={c.titleBox}>
            <h1 className={c.title}>LAKIP Helper</h1>
            <p className={c.subtitle} title={subtitle}>
              {subtitle}
            </p>
          </div>
          {web ? (
            <Button appearance="secondary" disabled={!isDownloadable(host) || isBusy} onClick={download}>
              Unduh
            </Button>
          ) : null}
        </header>
        <TabList
          className={c.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => onTab(d.value as TabId)}
          aria-label="Langkah"
        >
          <Tab value="buka">Buka</Tab>
          <Tab value="periksa" disabled={!host}>
            Periksa
          </Tab>
          <Tab value="hitung" disabled={!host}>
            Hitung
          </Tab>
          <Tab value="laporan" disabled={!ready}>
            Laporan
          </Tab>
        </TabList>

        <div className={c.messages} aria-live="polite">
          {error ? (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>Gagal</MessageBarTitle>
                {error}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" appearance="transparent" onClick={() => setError(undefined)}>
                  Tutup
                </Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
          {notice && !error ? (
            <MessageBar intent={notice.intent}>
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          ) : null}
          {busy ? <Spinner size="tiny" label={busy} labelPosition="after" className={c.busy} /> : null}
        </div>

        <div role="tabpanel" aria-label={TAB_LABEL[tab]}>
          {tab === 'buka' ? (
            <BukaScreen
              mode={props.mode}
              workbookName={host?.name}
              grid={grid}
              layouts={analysis?.layouts}
              overrides={overrides}
              busy={isBusy}
              onFile={web ? onFile : undefined}
              onOverrides={changeOverrides}
              onCheck={check}
            />
          ) : null}
          {tab === 'periksa' && analysis ? (
            <PeriksaScreen
              findings={analysis.findings}
              busy={isBusy}
              onCheck={check}
              onSelect={select}
              revealed={
                revealed
                  ? { finding: revealed, sheet: grid?.sheets.find((s) => s.name === revealed.sheet), headerOf: headerOf(revealed.sheet) }
                  : undefined
              }
            />
          ) : null}
          {tab === 'hitung' && analysis ? (
            <HitungScreen
              plan={analysis.plan}
              overwrite={overwrite}
              busy={isBusy}
              canUndo={host?.canUndo() ?? false}
              progress={progress}
              onOverwrite={changeOverwrite}
              onCompute={compute}
              onApply={apply}
              onUndo={undo}
            />
          ) : null}
          {tab === 'laporan' && analysis ? (
            <LaporanScreen
              busy={isBusy}
              canUndo={host?.canUndo() ?? false}
              onUndo={undo}
              defaultOpd={readOpd(storage)}
              result={report}
              onCreate={createReports}
            />
          ) : null}
        </div>
      </main>
    </FluentProvider>
  );
}

const TAB_LABEL: Record<TabId, string> = { buka: 'Buka', periksa: 'Periksa', hitung: 'Hitung', laporan: 'Laporan' };

function readOpd(storage: Storage | undefined): string {
  try {
    return storage?.getItem(OPD_KEY) ?? '';
  } catch {
    return '';
  }
}
