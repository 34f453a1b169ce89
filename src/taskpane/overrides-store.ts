/** Remembers the user's sheet-role and column corrections per workbook (name + sheet names). */
import type { LayoutOverrides } from '../sheets/types';

const PREFIX = 'lakip-helper:overrides:';

export function overridesKey(workbookName: string, sheetNames: string[]): string {
  return PREFIX + JSON.stringify([workbookName, sheetNames]);
}

/** Storage may be absent or blocked (private mode, Office sandbox): then corrections simply are not remembered. */
export function loadOverrides(storage: Storage | undefined, key: string): LayoutOverrides | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? (parsed as LayoutOverrides) : undefined;
  } catch {
    return undefined;
  }
}

export function saveOverrides(storage: Storage | undefined, key: string, overrides: LayoutOverrides): void {
  try {
    if (isEmpty(overrides)) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(overrides));
  } catch {
    // Quota or privacy settings: not remembering is acceptable.
  }
}

export function isEmpty(o: LayoutOverrides): boolean {
  return !o.pkSheet && !o.dpaSheet && !Object.values(o.columns ?? {}).some((m) => Object.keys(m).length > 0);
}
