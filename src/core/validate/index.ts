/** Validation of the workbook model: codes, sums, percent, sisa, PK capaian, PK against DPA. */
import type { Finding } from '../findings/types';
import type { WorkbookModel } from '../model/types';
import { validateCodes } from './codes';
import { validateDpa } from './dpa';
import { validatePk } from './pk';
import { validatePkDpa } from './pkDpa';

export function validate(model: WorkbookModel): Finding[] {
  const out: Finding[] = [];
  for (const sheet of model.dpa) out.push(...validateCodes(sheet), ...validateDpa(sheet));
  for (const sheet of model.pk) out.push(...validatePk(sheet));
  out.push(...validatePkDpa(model));
  return out;
}

export { validateCodes, validateDpa, validatePk, validatePkDpa };
