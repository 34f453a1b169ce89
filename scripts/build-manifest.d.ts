export const DEV_ORIGIN: string;
export function productionBase(raw: string): string;
export function rewriteManifest(xml: string, base: string): string;
