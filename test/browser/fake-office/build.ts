/** Bundles test/browser/fake-office/entry.ts for the browser (once per process), with the project's webpack. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../../..');

let pending: Promise<string> | undefined;

/** The JavaScript of the fake office.js. */
export function fakeOfficeScript(): Promise<string> {
  pending ??= new Promise<string>((resolve, reject) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lakip-fake-office-'));
    const compiler = webpack({
      mode: 'development',
      devtool: false,
      context: ROOT,
      target: 'web',
      entry: path.join(__dirname, 'entry.ts'),
      output: { path: out, filename: 'office.js', iife: true },
      resolve: { extensions: ['.ts', '.js'], fallback: { fs: false, path: false } },
      module: {
        rules: [
          {
            test: /\.ts$/,
            exclude: /node_modules/,
            use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: 'es2020' } } },
          },
        ],
      },
      performance: { hints: false },
    });
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats || stats.hasErrors()) {
        reject(err ?? new Error(stats?.toString('errors-only')));
        return;
      }
      const js = fs.readFileSync(path.join(out, 'office.js'), 'utf8');
      fs.rmSync(out, { recursive: true, force: true });
      resolve(js);
    });
  });
  return pending;
}
