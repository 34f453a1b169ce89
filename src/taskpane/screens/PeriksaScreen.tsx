/** Periksa: what the validator found, by sheet then severity; a cell address selects the cell. */
import * as React from 'react';
import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/findings/types';
import type { SheetGrid } from '../../grid/types';
import { SEVERITY_LABEL, SEVERITY_ORDER } from '../labels';
import { formatCount, writtenVersusExpected } from '../format';
import { useScreenStyles } from '../styles';
import { RowPreview } from './RowPreview';

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** Rendering thousands of findings at once would stall a task pane; show this many, then more on request. */
const PAGE = 200;

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  // Address | text, so wrapped messages and figures stay aligned; the row preview spans both.
  finding: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'start',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusSmall,
    minWidth: 0,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, paddingTop: '3px', gridColumn: '2' },
  preview: { gridColumn: '1 / -1', minWidth: 0 },
  cellButton: { minWidth: 'auto', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS, fontFamily: tokens.fontFamilyMonospace },
  figures: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  sheetGroup: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  severityGroup: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export interface PeriksaProps {
  findings: Finding[];
  busy: boolean;
  onCheck(): void;
  onSelect(f: Finding): void;
  /** Web app: the finding whose row is shown, with the sheet to show it from. */
  revealed?: { finding: Finding; sheet: SheetGrid | undefined; headerOf(col: number): string | undefined };
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

/** Sheets in first-seen order, severities error → info, findings in engine order. */
export function groupFindings(findings: Finding[]): Array<{ sheet: string; bySeverity: Array<{ severity: Severity; items: Finding[] }> }> {
  const sheets = new Map<string, Map<Severity, Finding[]>>();
  for (const f of findings) {
    let s = sheets.get(f.sheet);
    if (!s) sheets.set(f.sheet, (s = new Map()));
    const list = s.get(f.severity);
    if (list) list.push(f);
    else s.set(f.severity, [f]);
  }
  return [...sheets].map(([sheet, m]) => ({
    sheet,
    bySeverity: SEVERITY_ORDER.filter((sev) => m.has(sev)).map((severity) => ({ severity, items: m.get(severity)! })),
  }));
}

export function PeriksaScreen(props: PeriksaProps): React.ReactElement {
  const s = useScreenStyles();
  const c = useStyles();
  const [limit, setLimit] = React.useState(PAGE);
  const counts = countBySeverity(props.findings);
  const groups = groupFindings(props.findings.slice(0, limit));

  return (
    <div className={s.screen}>
      <section className={s.section} aria-labelledby="periksa-ringkasan">
        <h2 id="periksa-ringkasan" className={s.heading}>
          Hasil pemeriksaan
        </h2>
        <div className={c.counts} role="list" aria-label="Jumlah temuan per tingkat">
          {SEVERITY_ORDER.map((sev) => (
            <Badge key={sev} role="listitem" appearance={counts[sev] ? 'filled' : 'tint'} color={BADGE_COLOR[sev]} size="large">
              {`${SEVERITY_LABEL[sev]} ${formatCount(counts[sev])}`}
            </Badge>
          ))}
        </div>
        <div className={s.actions}>
          <Button appearance="secondary" onClick={props.onCheck} disabled={props.busy}>
            Periksa
          </Button>
          <span className={s.muted}>Baca ulang buku kerja dan periksa lagi.</span>
        </div>
      </section>

      {props.findings.length === 0 ? (
        <p className={s.text}>Tidak ada temuan. Kode, jumlah, dan persentase sesuai dengan hasil hitung.</p>
      ) : (
        groups.map((g) => (
          <section key={g.sheet || '(buku kerja)'} className={c.sheetGroup} aria-label={`Lembar ${g.sheet}`}>
            <h3 className={s.subheading}>{g.sheet ? `Lembar ${g.sheet}` : 'Buku kerja'}</h3>
            {g.bySeverity.map(({ severity, items }) => (
              <div key={severity} className={c.severityGroup}>
                <p className={s.muted}>{`${SEVERITY_LABEL[severity]} (${formatCount(items.length)})`}</p>
                <ul className={s.list}>
                  {items.map((f, i) => {
                    const isRevealed = props.revealed?.finding === f;
                    const figures = writtenVersusExpected(f);
                    return (
                      <li key={i} className={mergeClasses(c.finding, c[severity], isRevealed && c.selected)}>
                        {f.cell ? (
                          <Button
                            size="small"
                            appearance="transparent"
                            className={c.cellButton}
                            aria-label={`Pilih sel ${f.cell} di lembar ${f.sheet}`}
                            onClick={() => props.onSelect(f)}
                          >
                            {f.cell}
                          </Button>
                        ) : null}
                        <div className={c.body}>
                          <span className={s.text}>{f.message}</span>
                          {figures ? <p className={c.figures}>{figures}</p> : null}
                        </div>
                        {isRevealed && props.revealed ? (
                          <div className={c.preview}>
                            <RowPreview sheet={props.revealed.sheet} cellRef={f.cell} headerOf={props.revealed.headerOf} />
                          </div>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </section>
        ))
      )}
      {props.findings.length > limit ? (
        <div className={s.actions}>
          <span className={s.muted}>{`Menampilkan ${formatCount(limit)} dari ${formatCount(props.findings.length)} temuan.`}</span>
          <Button appearance="secondary" onClick={() => setLimit(props.findings.length)}>
            Tampilkan semua
          </Button>
        </div>
      ) : null}
    </div>
  );
}
