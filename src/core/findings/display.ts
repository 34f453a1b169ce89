/** Shows a finding's plain decimal strings the Indonesian way, for every front door. */
import Decimal from 'decimal.js';
import { formatId } from '../values';

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** "7484519520" → "7.484.519.520", "78.63" → "78,63"; any other text is returned as is. */
export function displayNumber(text: string): string {
  if (!PLAIN_DECIMAL.test(text)) return text;
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  return formatId(new Decimal(text), decimals);
}
