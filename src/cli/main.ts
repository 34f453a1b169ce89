/**
 * `lakip inspect|check|fill|report FILE…`: the command line front door.
 * Exit codes: 0 no error findings, 1 error findings, 2 a file could not be
 * read or bad usage. Messages are Indonesian; no stack traces for user errors.
 */
import { Command, CommanderError, Option } from 'commander';
import { UserError } from './errors';

export type CommandName = 'inspect' | 'check' | 'fill' | 'report';

export interface CliOptions {
  output?: string;
  json: boolean;
  overwrite: boolean;
  pk?: string;
  dpa?: string;
  map?: string;
  tahun?: number;
  opd?: string;
  tables?: string;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
};

function parseTahun(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new UserError(`--tahun harus tahun empat angka, bukan "${v}".`);
  return n;
}

function buildProgram(io: Io, run: (cmd: CommandName, files: string[], opts: CliOptions) => Promise<number>) {
  let exitCode = 0;
  const program = new Command('lakip')
    .description('LAKIP Helper: periksa lembar PK dan DPA, isi kolom capaian/realisasi, buat tabel LAKIP.')
    .helpOption('-h, --help', 'tampilkan bantuan')
    .addHelpCommand(false)
    .usage('[opsi] [perintah]')
    .configureHelp({
      // Commander's own terms say "[options]"; users read Indonesian, and the columns must stay aligned.
      subcommandTerm: (cmd) =>
        `${cmd.name()} [opsi] ${cmd.registeredArguments.map((a) => `<${a.name()}${a.variadic ? '...' : ''}>`).join(' ')}`,
    })
    .showSuggestionAfterError(false)
    .configureOutput({
      writeOut: (s) => io.out(indonesianHelp(s).trimEnd()),
      writeErr: (s) => io.err(indonesianHelp(s).trimEnd()),
      outputError: (s, write) => write(indonesianError(s)),
    })
    .exitOverride();

  const common = (cmd: Command) =>
    cmd
      .usage('[opsi] <file...>')
      .argument('<file...>', 'file .xlsx atau folder berisi file .xlsx')
      .option('--json', 'keluaran JSON', false)
      .option('--pk <sheet>', 'nama lembar PK (bila deteksi otomatis keliru)')
      .option('--dpa <sheet>', 'nama lembar DPA (bila deteksi otomatis keliru)')
      .option('--map <file>', 'file JSON pemetaan kolom (lihat README)')
      .helpOption('-h, --help', 'tampilkan bantuan');

  const commands: Array<[CommandName, string]> = [
    ['inspect', 'tampilkan cara setiap lembar dipahami: peran, baris judul, kolom, jumlah baris data'],
    ['check', 'periksa kode dan hitungan; sebutkan sel, nilai tertulis dan nilai seharusnya'],
    ['fill', 'tulis salinan dengan kolom capaian, realisasi, sisa, % dan predikat terisi'],
    ['report', 'tulis salinan terisi dengan tabel-tabel LAKIP sebagai lembar baru'],
  ];
  for (const [name, description] of commands) {
    const cmd = common(program.command(name).description(description));
    if (name === 'fill' || name === 'report') {
      cmd
        .option('-o, --output <path>', 'file keluaran (satu input) atau folder keluaran (beberapa input)')
        .option('--overwrite', 'timpa sel yang sudah berisi nilai lain atau rumus', false);
    }
    if (name === 'report') {
      cmd
        .addOption(new Option('--tahun <tahun>', 'tahun laporan').argParser(parseTahun))
        .option('--opd <nama>', 'nama perangkat daerah untuk judul tabel')
        .option('--tabel <daftar>', 'hanya tabel ini (id dipisah koma, mis. pengukuran-kinerja,realisasi-anggaran)');
    }
    cmd.action(async (files: string[], raw: Record<string, unknown>) => {
      const opts: CliOptions = {
        output: raw.output as string | undefined,
        json: Boolean(raw.json),
        overwrite: Boolean(raw.overwrite),
        pk: raw.pk as string | undefined,
        dpa: raw.dpa as string | undefined,
        map: raw.map as string | undefined,
        tahun: raw.tahun as number | undefined,
        opd: raw.opd as string | undefined,
        tables: raw.tabel as string | undefined,
      };
      exitCode = await run(name, files, opts);
    });
  }
  return { program, exitCode: () => exitCode };
}

/** Commander writes its help in English; users read Indonesian. */
function indonesianHelp(s: string): string {
  return s
    .replace(/^Usage:/gm, 'Pemakaian:')
    .replace(/^Options:/gm, 'Opsi:')
    .replace(/^Commands:/gm, 'Perintah:')
    .replace(/^Arguments:/gm, 'Argumen:')
    .replace(/\(default: ([^)]*)\)/g, '(bawaan: $1)')
    .replace(/\[options\]/g, '[opsi]')
    .replace(/\[command\]/g, '[perintah]');
}

function indonesianError(s: string): string {
  const rules: Array<[RegExp, string]> = [
    [/unknown option '([^']*)'/, "opsi tidak dikenal '$1'"],
    [/missing required argument '([^']*)'/, "argumen wajib '$1' tidak ada"],
    [/unknown command '([^']*)'/, "perintah tidak dikenal '$1' (pilih inspect, check, fill atau report)"],
    [/option '([^']*)' argument missing/, "opsi '$1' membutuhkan nilai"],
    [/too many arguments/, 'argumen terlalu banyak'],
  ];
  for (const [re, text] of rules) {
    const m = re.exec(s);
    if (m) return `lakip: ${text.replace('$1', m[1] ?? '')}\n`;
  }
  return s.replace(/^error:/, 'lakip:');
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  // The engine loads only when a command runs, so `lakip --help` starts fast.
  const { program, exitCode } = buildProgram(io, async (cmd, files, opts) =>
    (await import('./run')).runCommand(cmd, files, opts, io),
  );
  if (argv.length === 0) {
    program.outputHelp();
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode();
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help' || e.code === 'commander.version') return 0;
      return 2; // commander already printed its message
    }
    if (e instanceof UserError) {
      io.err(`lakip: ${e.message}`);
      return 2;
    }
    io.err(`lakip: kesalahan tak terduga: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.LAKIP_DEBUG && e instanceof Error) io.err(e.stack ?? '');
    return 2;
  }
}
