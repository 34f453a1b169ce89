#!/usr/bin/env node
/** `npm stop`: stops the dev server `npm start` left running. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const pidFile = path.resolve(__dirname, '..', '.tmp', 'dev-server.pid');
if (!fs.existsSync(pidFile)) {
  console.log('Server pengembangan tidak berjalan.');
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, 'utf8'));
try {
  process.kill(-pid, 'SIGTERM'); // the whole process group started by npm start
} catch {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}
fs.rmSync(pidFile, { force: true });
console.log(`Server pengembangan (pid ${pid}) dihentikan.`);
