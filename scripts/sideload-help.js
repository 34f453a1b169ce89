#!/usr/bin/env node
/**
 * Prints how to load the add-in into Excel on the web by uploading the
 * manifest (for machines without Office desktop), in Indonesian and English.
 * office-addin-debugging is not used: it cannot be installed here.
 *
 *   node scripts/sideload-help.js
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const dist = path.join(ROOT, 'dist', 'manifest.xml');
const manifest = fs.existsSync(dist) ? dist : path.join(ROOT, 'manifest.xml');

const text = `
LAKIP Helper: memasang add-in di Excel untuk web
================================================
Berkas manifest: ${manifest}

1. Jalankan server pengembangan: npm start  (task pane di https://localhost:3000).
   Buka https://localhost:3000/taskpane.html sekali di peramban dan terima sertifikatnya
   bila peramban memperingatkan.
2. Buka https://www.office.com, masuk, lalu buka atau buat buku kerja di Excel untuk web.
3. Pilih Beranda > Add-in > Add-in Lainnya (atau Sisipkan > Add-in).
4. Pilih tab "Add-in Saya", lalu "Kelola Add-in Saya" > "Unggah Add-in Saya".
5. Pilih berkas manifest di atas, lalu Unggah.
6. Tombol "LAKIP Helper" muncul di grup LAKIP pada tab Beranda. Klik untuk membuka panel.

Untuk server produksi: ADDIN_URL=https://alamat-anda node scripts/build-manifest.js
lalu unggah dist/manifest.xml dengan langkah yang sama.

LAKIP Helper: sideloading the add-in in Excel on the web
========================================================
Manifest file: ${manifest}

1. Start the dev server: npm start  (task pane at https://localhost:3000).
   Open https://localhost:3000/taskpane.html once in the browser and accept the
   certificate if the browser warns about it.
2. Go to https://www.office.com, sign in, open or create a workbook in Excel on the web.
3. Choose Home > Add-ins > More Add-ins (or Insert > Add-ins).
4. Select the "My Add-ins" tab, then "Manage My Add-ins" > "Upload My Add-in".
5. Browse to the manifest file above and choose Upload.
6. The "LAKIP Helper" button appears in the LAKIP group of the Home tab. Click it to open the pane.

For a production server: ADDIN_URL=https://your-host node scripts/build-manifest.js,
then upload dist/manifest.xml the same way.
`;

process.stdout.write(text);
