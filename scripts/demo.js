#!/usr/bin/env node
// `npm run demo`: runs check, fill and report on the bundled example workbook
// and says where the results went. Exit 1 from `check` means "errors found",
// which is what the example is for; only exit 2 (unreadable) fails the demo.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');
const fs = require('fs');

const root = path.resolve(__dirname, '..');
const example = path.join(root, 'examples', 'dinsos-mojokerto-2021.xlsx');
const outDir = path.join(root, 'out');
const bin = path.join(root, 'bin', 'lakip.js');

if (!fs.existsSync(path.join(root, 'build', 'cli', 'main.js'))) {
  const b = spawnSync('npm', ['run', '-s', 'build:cli'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
fs.mkdirSync(outDir, { recursive: true });

function lakip(args) {
  console.log(`\n$ lakip ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status === 2 || r.status === null) {
    console.error(`demo: "lakip ${args[0]}" gagal (kode ${r.status}).`);
    process.exit(1);
  }
}

const rel = (p) => path.relative(root, p);
lakip(['inspect', rel(example)]);
lakip(['check', rel(example)]);
lakip(['fill', rel(example), '-o', rel(path.join(outDir, 'dinsos-mojokerto-2021-terisi.xlsx'))]);
lakip(['report', rel(example), '--tahun', '2021', '--opd', 'Dinas Sosial Kabupaten Mojokerto', '-o', rel(path.join(outDir, 'dinsos-mojokerto-2021-lakip.xlsx'))]);
console.log(`\nSelesai. Hasil ada di folder ${rel(outDir)}/:`);
console.log(`  ${rel(path.join(outDir, 'dinsos-mojokerto-2021-terisi.xlsx'))}  (kolom capaian/realisasi terisi)`);
console.log(`  ${rel(path.join(outDir, 'dinsos-mojokerto-2021-lakip.xlsx'))}  (ditambah tabel-tabel LAKIP)`);
