/**
 * Size limits of the Office.js channel. Excel on the web refuses a request or
 * a response above 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded) and a get of more than 5 million cells.
 */
export const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

/** Writes queued per sync, estimated as JSON; the margin covers the request envelope. */
export const WRITE_BYTES_PER_SYNC = 4 * 1024 * 1024;

/**
 * Cells read per sync (values, formulas, numberFormat, valueTypes each).
 * Excel caps a get at 5 million cells; the web's 5 MB response cap is handled
 * by halving this budget when Excel reports the response too large.
 */
export const READ_CELLS_PER_SYNC = 5_000_000;

/** Rows further apart than this start a new write block instead of sending null holes. */
export const MAX_ROW_GAP = 8;
/** Columns further apart than this start a new write block. */
export const MAX_COL_GAP = 4;
/** Largest write block, so a block's JSON stays well below the per-sync budget. */
export const MAX_BLOCK_CELLS = 200_000;
