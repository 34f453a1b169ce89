/**
 * What `npm run build` leaves in dist/: a light task pane (Office.js from
 * Microsoft's CDN), the files the manifest points at, and a locked-down web app.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { ensureBuilt } from './serve-dist';

const DIST = path.resolve(__dirname, '../../dist');
const KB = 1024;

beforeAll(() => ensureBuilt(), 600_000);

function scripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
}

const gz = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Every .js file under dist/ that is not the web app's (dist/web): the entry and every chunk the task pane can fetch. */
function taskpaneScripts(dir = DIST): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p === path.join(DIST, 'web') ? [] : taskpaneScripts(p);
    return e.name.endsWith('.js') ? [p] : [];
  });
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe('task pane weight', () => {
  it('all the JavaScript the task pane can load (entry and every chunk) stays under 300 KB gzipped', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const entry = scripts(html)
      .filter((s) => !/^https?:/.test(s))
      .map((s) => path.join(DIST, s));
    expect(entry.length).toBeGreaterThan(0);
    const all = taskpaneScripts();
    for (const e of entry) expect(all).toContain(e);
    const sizes = all.map((f) => [path.relative(DIST, f), gz(f)] as const);
    const total = sizes.reduce((n, [, s]) => n + s, 0);
    console.log(`task pane JavaScript: ${kb(total)} gzipped in total\n${sizes.map(([f, s]) => `  ${f} ${kb(s)}`).join('\n')}`);
    expect(total).toBeLessThan(300 * KB);
  });

  it('loads the engine (with the nomenclature) and the Excel host as chunks after the first paint', () => {
    const chunks = fs.readdirSync(path.join(DIST, 'chunks'));
    expect(chunks.some((c) => /^engine\.[0-9a-f]{8}\.js$/.test(c))).toBe(true);
    expect(chunks.some((c) => /^office-host\.[0-9a-f]{8}\.js$/.test(c))).toBe(true);
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const entry = fs.readFileSync(path.join(DIST, scripts(html).find((s) => !/^https?:/.test(s))!), 'utf8');
    const engine = fs.readFileSync(path.join(DIST, 'chunks', chunks.find((c) => c.startsWith('engine.'))!), 'utf8');
    // The start of the nomenclature word list (most frequent words first) is in the engine chunk only.
    const words = 'dan Daerah Kabupaten/Kota Pelaksanaan Provinsi';
    expect(engine).toContain(words);
    expect(entry).not.toContain(words);
  });

  it('loads Office.js from the Microsoft CDN', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(scripts(html)).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });
});

describe('files the manifest points at', () => {
  const manifest = () => fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');

  it('dist/manifest.xml is written by the build, and every URL of it on our server is a file in dist/', () => {
    const urls = [...manifest().matchAll(/DefaultValue="(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]);
    const files = [...new Set(urls.map((u) => new URL(u).pathname.slice(1)).filter(Boolean))].sort();
    expect(files).toEqual(
      expect.arrayContaining(['assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'bantuan.html', 'taskpane.html']),
    );
    for (const f of files) expect({ f, exists: fs.existsSync(path.join(DIST, f)) }).toEqual({ f, exists: true });
  });

  it('the help page (SupportUrl, LearnMoreUrl) explains in Indonesian what the add-in does, the three ways to install it, and the web app for Excel 2016/2019', () => {
    const html = fs.readFileSync(path.join(DIST, 'bantuan.html'), 'utf8');
    expect(html).toContain('<html lang="id">');
    for (const text of [
      'Apa yang dikerjakan',
      'Unggah di Excel di web',
      'Katalog folder bersama',
      'Penyebaran terpusat',
      'Excel 2016 dan Excel 2019',
    ]) {
      expect(html).toContain(text);
    }
    // Its links stay on our server: the web app, the manifest, the icon.
    const links = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]).filter((l) => l !== 'data:,');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l).not.toMatch(/^(https?:)?\/\//);
      const file = path.join(DIST, l.endsWith('/') ? `${l}index.html` : l);
      expect({ l, exists: fs.existsSync(file) }).toEqual({ l, exists: true });
    }
  });
});

describe('web app', () => {
  it('carries the strict Content-Security-Policy and loads only its own scripts', () => {
    const html = fs.readFileSync(path.join(DIST, 'web/index.html'), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(scripts(html).every((s) => !/^(https?:)?\/\//.test(s))).toBe(true);
  });
});
