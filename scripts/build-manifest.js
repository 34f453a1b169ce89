#!/usr/bin/env node
/**
 * Writes dist/manifest.xml: manifest.xml with the development origin
 * (https://localhost:3000) replaced by the production origin from ADDIN_URL.
 *
 *   ADDIN_URL=https://lakip.example.go.id node scripts/build-manifest.js
 *
 * Without ADDIN_URL the development manifest is copied unchanged (with a note).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DEV_ORIGIN = 'https://localhost:3000';

/** Normalises ADDIN_URL: https only, no trailing slash; throws on anything else. */
function productionBase(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be https: ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or fragment: ${raw}`);
  return url.href.replace(/\/+$/, '');
}

/** The manifest text with every development URL pointing at `base`. */
function rewriteManifest(xml, base) {
  const origin = new URL(base).origin;
  return xml
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_ORIGIN)
    .join(base);
}

function main() {
  const src = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const raw = process.env.ADDIN_URL;
  let out = src;
  if (raw) out = rewriteManifest(src, productionBase(raw));
  else console.warn('ADDIN_URL is not set: dist/manifest.xml keeps https://localhost:3000 (development).');
  fs.mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'dist', 'manifest.xml'), out);
  console.log(`dist/manifest.xml written (${raw ? productionBase(raw) : DEV_ORIGIN})`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}

module.exports = { rewriteManifest, productionBase, DEV_ORIGIN };
