export interface ManifestValidation {
  valid: boolean;
  errors: string[];
}
export function validateManifest(
  xml: string,
  fileName?: string,
  opts?: { checkIcons: boolean },
): Promise<ManifestValidation>;
export function semanticErrors(xml: string, opts: { checkIcons: boolean }): string[];
