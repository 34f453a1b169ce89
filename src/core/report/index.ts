export { buildReports, type ReportOptions } from './build';
export { TABLE_META, TABLE_ORDER } from './meta';
export type * from './types';
