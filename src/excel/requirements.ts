/**
 * The Excel API requirement set the add-in needs. Keep in sync with
 * manifest.xml (test/manifest checks it). 1.13 is the newest set called:
 * Range.getMergedAreasOrNullObject. Everything else used is older:
 * getRowProperties/getColumnProperties, pageLayout, suspendScreenUpdatingUntilNextSync,
 * RangeAreas (1.9), getRangeByIndexes, freezePanes, NamedItem.formula (1.7),
 * suspendApiCalculationUntilNextSync (1.6), getUsedRangeOrNullObject, names.add (1.4).
 * Excel 2016/2019 perpetual stop below 1.13: those users open the file in the web app.
 */
export const REQUIRED_EXCEL_API = '1.13';
