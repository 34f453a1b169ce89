import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateManifest } from '../../scripts/validate-manifest';
import { productionBase, rewriteManifest } from '../../scripts/build-manifest';
import { REQUIRED_EXCEL_API } from '../../src/excel/requirements';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** Inserts `snippet` right after the first occurrence of `after`. */
function inject(xml: string, after: string, snippet: string): string {
  const i = xml.indexOf(after);
  if (i < 0) throw new Error(`anchor not found: ${after}`);
  return xml.slice(0, i + after.length) + snippet + xml.slice(i + after.length);
}

describe('manifest.xml against the Office add-in XSDs (offline)', () => {
  it('validates, icons included', async () => {
    const r = await validateManifest(manifest);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('rejects an unknown element with its line number', async () => {
    const bad = inject(manifest, '<Permissions>ReadWriteDocument</Permissions>', '\n  <Bogus/>');
    const r = await validateManifest(bad);
    expect(r.valid).toBe(false);
    const line = bad.split('\n').findIndex((l) => l.includes('<Bogus/>')) + 1;
    expect(r.errors.join('\n')).toContain(`manifest.xml:${line}:`);
    expect(r.errors.join('\n')).toContain('Bogus');
  });

  it('rejects a permission level the schema does not know', async () => {
    const r = await validateManifest(manifest.replace('ReadWriteDocument</Permissions>', 'Everything</Permissions>'));
    expect(r.valid).toBe(false);
  });

  it('rejects a resid that points at no resource (the XSD alone would accept it)', async () => {
    const r = await validateManifest(manifest.replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Typo"/>'));
    expect(r.valid).toBe(false);
    expect(r.errors.join('\n')).toContain('Taskpane.Typo');
  });

  it('rejects a plain http URL', async () => {
    const r = await validateManifest(manifest.replace('https://localhost:3000/taskpane.html"/>', 'http://localhost:3000/taskpane.html"/>'));
    expect(r.valid).toBe(false);
    expect(r.errors.join('\n')).toContain('not https');
  });
});

describe('manifest content', () => {
  it('asks for the Excel requirement set the Office host checks at run time', () => {
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API}"/>`);
  });

  it('is a Workbook task pane add-in that only reads and writes the document', () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest.match(/<Permissions>(.*)<\/Permissions>/)?.[1]).toBe('ReadWriteDocument');
  });

  it('puts a LAKIP group on the Home tab whose button opens the task pane', () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Lakip.Group">/);
    expect(manifest).toContain('<bt:String id="Lakip.Group.Label" DefaultValue="LAKIP">');
    expect(manifest).toContain('<Action xsi:type="ShowTaskpane">');
    expect(manifest).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it('names and describes itself in Indonesian as well as the en-US default', () => {
    expect(manifest).toContain('<DefaultLocale>en-US</DefaultLocale>');
    expect(manifest).toMatch(/<DisplayName [^>]*>\s*<Override Locale="id-ID"/);
    expect(manifest).toMatch(/<Description [^>]*>\s*<Override Locale="id-ID" Value="Memeriksa lembar PK dan DPA/);
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\//);
  });
});

describe('production manifest (ADDIN_URL)', () => {
  const prod = rewriteManifest(manifest, productionBase('https://lakip.example.go.id/addin/'));

  it('points every URL at the production base and the AppDomain at its origin', async () => {
    expect(prod).not.toContain('localhost');
    expect(prod).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://lakip.example.go.id/addin/taskpane.html"/>');
    expect(prod).toContain('<AppDomain>https://lakip.example.go.id</AppDomain>');
    const r = await validateManifest(prod, 'manifest.xml', { checkIcons: false });
    expect(r.errors).toEqual([]);
  });

  it('refuses a non-https ADDIN_URL', () => {
    expect(() => productionBase('http://lakip.example.go.id')).toThrow('https');
    expect(() => productionBase('not a url')).toThrow('not a URL');
  });

  it('is written to dist/manifest.xml by the build script', () => {
    const out = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'lakip-manifest-'));
    // Run the real script against a copy of the repository files it needs.
    fs.mkdirSync(path.join(out, 'scripts'));
    fs.copyFileSync(path.join(ROOT, 'scripts', 'build-manifest.js'), path.join(out, 'scripts', 'build-manifest.js'));
    fs.copyFileSync(path.join(ROOT, 'manifest.xml'), path.join(out, 'manifest.xml'));
    execFileSync(process.execPath, [path.join(out, 'scripts', 'build-manifest.js')], {
      env: { ...process.env, ADDIN_URL: 'https://lakip.example.go.id' },
      stdio: 'pipe',
    });
    const written = fs.readFileSync(path.join(out, 'dist', 'manifest.xml'), 'utf8');
    expect(written).toContain('https://lakip.example.go.id/taskpane.html');
    fs.rmSync(out, { recursive: true, force: true });
  });
});

describe('npm run validate', () => {
  it('exits 0 on the committed manifest and 1 on a broken one', () => {
    const script = path.join(ROOT, 'scripts', 'validate-manifest.js');
    expect(() => execFileSync(process.execPath, [script, path.join(ROOT, 'manifest.xml')], { stdio: 'pipe' })).not.toThrow();
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'lakip-manifest-'));
    const bad = path.join(dir, 'manifest.xml');
    fs.writeFileSync(bad, inject(manifest, '<DesktopFormFactor>', '<Bogus/>'));
    let status = 0;
    try {
      execFileSync(process.execPath, [script, bad], { stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
    }
    expect(status).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
