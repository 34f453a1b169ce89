/**
 * Preloaded into a measured child process (`node -r ./bench/rss-hook.js …`):
 * at exit, writes the process's peak resident set size (KiB, from
 * process.resourceUsage().maxRSS) to the file named by LAKIP_BENCH_RSS_FILE.
 */
'use strict';
const file = process.env.LAKIP_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    require('fs').writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
