/** Validation of the workbook model: codes, sums, percent, sisa, PK capaian, PK against DPA. */
import type { Finding } from '../findings/types';
import type { DpaSheetModel, WorkbookModel } from '../model/types';
import type { DpaFigures } from '../compute/types';
import { computeDpaSheet } from '../compute/dpa';
import { validateCodes } from './codes';
import { validateDpa } from './dpa';
import { validatePk } from './pk';
import { validatePkDpa } from './pkDpa';
import { validateAgency } from './agency';

export function validate(model: WorkbookModel): Finding[] {
  const out: Finding[] = [];
  // Appended in loops: spreading 100k findings into push() overflows the call stack.
  const add = (fs: Finding[]) => {
    for (const f of fs) out.push(f);
  };
  const figures = new Map<DpaSheetModel, DpaFigures[]>();
  for (const sheet of model.dpa) {
    const computed = computeDpaSheet(sheet);
    figures.set(sheet, computed.rows);
    add(validateCodes(sheet));
    add(validateDpa(sheet, computed));
  }
  for (const sheet of model.pk) add(validatePk(sheet));
  add(validatePkDpa(model, figures));
  add(validateAgency(model));
  return out;
}

export { validateCodes, validateDpa, validatePk, validatePkDpa, validateAgency };
