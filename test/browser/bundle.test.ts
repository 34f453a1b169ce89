/** What the built pages load: the task pane stays light, Office.js comes from Microsoft's CDN, the web app is locked down. */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { ensureBuilt } from './serve-dist';

const DIST = path.resolve(__dirname, '../../dist');

beforeAll(() => ensureBuilt(), 600_000);

function scripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
}

const gz = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length;

describe('built pages', () => {
  it('task pane: the JavaScript loaded at start stays under 300 KB gzipped; engine and Excel host come later as chunks', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const own = scripts(html).filter((s) => !/^https?:/.test(s));
    expect(own.length).toBeGreaterThan(0);
    const initial = own.reduce((n, s) => n + gz(path.join(DIST, s)), 0);
    const chunks = fs.readdirSync(path.join(DIST, 'chunks')).map((f) => `${f} ${(gz(path.join(DIST, 'chunks', f)) / 1024).toFixed(1)} KB`);
    console.log(`task pane: initial JS ${(initial / 1024).toFixed(1)} KB gzipped; lazy chunks: ${chunks.join(', ')}`);
    expect(initial).toBeLessThan(300 * 1024);
    expect(chunks.some((c) => c.startsWith('engine.'))).toBe(true);
  });

  it('task pane loads Office.js from the Microsoft CDN', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(scripts(html)).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('web app carries the strict Content-Security-Policy and loads only its own scripts', () => {
    const html = fs.readFileSync(path.join(DIST, 'web/index.html'), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(scripts(html).every((s) => !/^(https?:)?\/\//.test(s))).toBe(true);
  });
});
