import { freezeSheetXml } from '../../scripts/fixtures/panes';

const VIEW =
  '<sheetViews><sheetView workbookViewId="0"><selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews>';

describe('freezeSheetXml (frozen panes headless LibreOffice cannot write)', () => {
  it('freezes header rows and label columns with the bottom-right pane active', () => {
    expect(freezeSheetXml(VIEW, 5, 2)).toBe(
      '<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" ySplit="5" topLeftCell="C6" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="C6" activeCellId="0" sqref="C6"/></sheetView></sheetViews>',
    );
  });

  it('freezes only rows or only columns', () => {
    expect(freezeSheetXml(VIEW, 6, 0)).toContain('<pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"');
    expect(freezeSheetXml(VIEW, 0, 3)).toContain('<pane xSplit="3" topLeftCell="D1" activePane="topRight" state="frozen"/><selection pane="topRight"');
  });

  it('refuses a sheet without a sheetView', () => {
    expect(() => freezeSheetXml('<worksheet/>', 1, 1)).toThrow(/sheetView/);
  });
});
