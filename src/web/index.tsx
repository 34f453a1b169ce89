/** Web app entry: the same screens over a file the user opens in the browser (FileHost). */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App';
import { loadEngine } from '../taskpane/load-engine';
import { saveFile } from './save-file';

async function openFile(bytes: Uint8Array, name: string) {
  const { FileHost } = await import(/* webpackChunkName: "file-host" */ '../host/file-host');
  return FileHost.open(bytes, name);
}

const el = document.getElementById('root');
if (el) createRoot(el).render(<App mode="web" loadEngine={loadEngine} openFile={openFile} saveFile={saveFile} />);
