#!/usr/bin/env node
/**
 * `npm start`: the dev server (task pane + web app on https://localhost:3000)
 * in the background, its pid kept for `npm stop`, then how to sideload. The
 * Office template sideloads into desktop Excel with office-addin-debugging;
 * that package cannot be installed from this registry, and there is no
 * desktop Office here, so the upload steps for Excel on the web are printed.
 */
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const pidFile = path.join(ROOT, '.tmp', 'dev-server.pid');
fs.mkdirSync(path.dirname(pidFile), { recursive: true });

if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  try {
    process.kill(pid, 0);
    console.log(`Server pengembangan sudah berjalan (pid ${pid}). Hentikan dengan: npm stop`);
    process.exit(0);
  } catch {
    fs.rmSync(pidFile, { force: true });
  }
}

const log = fs.openSync(path.join(ROOT, '.tmp', 'dev-server.log'), 'a');
const child = spawn(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'], {
  cwd: ROOT,
  detached: true,
  stdio: ['ignore', log, log],
});
fs.writeFileSync(pidFile, String(child.pid));
child.unref();
console.log(`Server pengembangan berjalan di https://localhost:3000 (pid ${child.pid}, log: .tmp/dev-server.log).`);
console.log('  Aplikasi web: https://localhost:3000/web/index.html   Panel tugas: https://localhost:3000/taskpane.html');
console.log('  Hentikan dengan: npm stop\n');
require('./sideload-help.js');
