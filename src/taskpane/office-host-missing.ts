/**
 * Stand-in the build uses when src/excel/office-host.ts is absent (see
 * webpack.config.js): the task pane still builds and says why it cannot work.
 */
import { HostError, type WorkbookHost } from '../host/types';

export class OfficeHost implements WorkbookHost {
  readonly kind = 'office' as const;
  readonly name = 'Excel';
  static async create(): Promise<OfficeHost> {
    throw new HostError('Versi add-in ini dibuat tanpa penghubung Excel. Gunakan aplikasi web atau pasang versi lengkap.', 'unsupported');
  }
  read(): never {
    throw new HostError('Tidak didukung.', 'unsupported');
  }
  applyEdits(): never {
    throw new HostError('Tidak didukung.', 'unsupported');
  }
  addReportSheets(): never {
    throw new HostError('Tidak didukung.', 'unsupported');
  }
  undo(): never {
    throw new HostError('Tidak didukung.', 'unsupported');
  }
  canUndo(): boolean {
    return false;
  }
  selectCell(): never {
    throw new HostError('Tidak didukung.', 'unsupported');
  }
}
