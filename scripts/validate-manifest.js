#!/usr/bin/env node
/**
 * Offline validation of the add-in manifest: XSD (libxml2 compiled to WASM,
 * the schemas copied into test/manifest/schemas) plus the checks the XSD
 * cannot express (dangling resid, non-https URLs, missing icon files).
 *
 *   node scripts/validate-manifest.js [manifest.xml ...]   (default: manifest.xml)
 *
 * Exit code 0 when every file is valid, 1 otherwise.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { validateXML } = require('xmllint-wasm');

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_DIR = path.join(ROOT, 'test', 'manifest', 'schemas');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';
const IMPORTED_XSDS = [
  'OfficeAppBasicTypesV1_0.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
  'ContentAppVersionOverridesV1_0.xsd',
];

function schemaFile(name) {
  return { fileName: name, contents: fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8') };
}

/** Attribute values of every `<tag attr="...">` (namespace prefix ignored). */
function attributeValues(xml, attr) {
  const out = [];
  const re = new RegExp(`\\s${attr}="([^"]*)"`, 'g');
  let m;
  while ((m = re.exec(xml))) out.push(m[1]);
  return out;
}

/** Checks the XSD leaves out: every resid resolves, every URL is https. */
function semanticErrors(xml, opts) {
  const errors = [];
  const ids = new Set(attributeValues(xml, 'id'));
  for (const resid of attributeValues(xml, 'resid')) {
    if (!ids.has(resid)) errors.push(`resid "${resid}" has no resource with that id`);
  }
  const urls = [...attributeValues(xml, 'DefaultValue'), ...attributeValues(xml, 'Value')].filter((v) =>
    /^[a-z][a-z0-9+.-]*:\/\//i.test(v),
  );
  for (const tag of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) urls.push(tag[1]);
  for (const url of urls) {
    if (!url.startsWith('https://')) errors.push(`URL is not https: ${url}`);
  }
  if (opts.checkIcons) {
    for (const m of xml.matchAll(/\/assets\/(icon-(\d+)\.png)"/g)) {
      const file = path.join(ROOT, 'assets', m[1]);
      if (!fs.existsSync(file)) {
        errors.push(`icon file missing: assets/${m[1]}`);
        continue;
      }
      const png = fs.readFileSync(file);
      const w = png.readUInt32BE(16);
      const h = png.readUInt32BE(20);
      if (w !== Number(m[2]) || h !== Number(m[2])) errors.push(`assets/${m[1]} is ${w}x${h}, expected ${m[2]}x${m[2]}`);
    }
  }
  return errors;
}

/**
 * Validates manifest text. Resolves to { valid, errors: string[] }; rejects
 * only when the schema set itself fails to compile.
 */
async function validateManifest(xml, fileName = 'manifest.xml', opts = { checkIcons: true }) {
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [schemaFile(MAIN_XSD)],
    preload: IMPORTED_XSDS.map(schemaFile),
  });
  const errors = result.errors.map((e) => (e.loc ? `${e.loc.fileName}:${e.loc.lineNumber}: ${e.message}` : e.message));
  if (result.valid) errors.push(...semanticErrors(xml, opts).map((e) => `${fileName}: ${e}`));
  return { valid: errors.length === 0, errors };
}

async function main(files) {
  let ok = true;
  for (const file of files) {
    const { valid, errors } = await validateManifest(fs.readFileSync(file, 'utf8'), path.basename(file));
    if (valid) console.log(`${file}: valid`);
    else {
      ok = false;
      console.error(`${file}: INVALID`);
      for (const e of errors) console.error(`  ${e}`);
    }
  }
  return ok;
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    files.push(path.join(ROOT, 'manifest.xml'));
    const dist = path.join(ROOT, 'dist', 'manifest.xml');
    if (fs.existsSync(dist)) files.push(dist);
  }
  main(files).then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(2);
    },
  );
}

module.exports = { validateManifest, semanticErrors };
