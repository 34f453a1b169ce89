/**
 * Minimal TypeScript loader for the benchmark: `node -r ./bench/register.js bench/run.ts`.
 * Transpiles each .ts file on require with the compiler already installed
 * (no type checking; `npm run typecheck` does that), and caches the output
 * in .tmp/ts-cache so child processes start without recompiling.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const cacheDir = path.join(__dirname, '..', '.tmp', 'ts-cache');
fs.mkdirSync(cacheDir, { recursive: true });

// The compiler is large (seconds to load on a busy machine): load it only on a cache miss.
let ts;
function transpile(source, fileName) {
  ts = ts || require('typescript');
  const compilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    jsx: ts.JsxEmit.ReactJSX,
    sourceMap: false,
    inlineSourceMap: false,
  };
  return ts.transpileModule(source, { compilerOptions, fileName }).outputText;
}

function compile(source, filename) {
  const key = crypto.createHash('sha1').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(cacheDir, key + '.js');
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const out = transpile(source, filename);
    fs.writeFileSync(cached + '.' + process.pid, out);
    fs.renameSync(cached + '.' + process.pid, cached);
    return out;
  }
}

for (const ext of ['.ts', '.tsx']) {
  require.extensions[ext] = function (module, filename) {
    module._compile(compile(fs.readFileSync(filename, 'utf8'), filename), filename);
  };
}
