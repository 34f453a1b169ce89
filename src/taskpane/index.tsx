/** Task pane entry: waits for Office, creates the Excel host, renders the screens. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadEngine } from './load-engine';
import { loadOfficeHost } from './load-office-host';
import { userMessage } from './errors';

function render(node: React.ReactNode): void {
  const el = document.getElementById('root');
  if (el) createRoot(el).render(node);
}

function showFailure(message: string): void {
  const el = document.getElementById('root');
  if (el) {
    el.textContent = '';
    const p = document.createElement('p');
    p.style.cssText = 'padding:16px;font-size:14px;color:#b10e1c';
    p.textContent = message;
    el.appendChild(p);
  }
}

async function boot(): Promise<void> {
  if (typeof Office === 'undefined') {
    showFailure('Office.js tidak termuat. Buka LAKIP Helper dari Excel (tab Beranda → LAKIP).');
    return;
  }
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) {
    showFailure('LAKIP Helper hanya berjalan di Excel.');
    return;
  }
  try {
    const host = await loadOfficeHost();
    render(<App mode="office" host={host} loadEngine={loadEngine} />);
  } catch (err) {
    showFailure(userMessage(err));
  }
}

void boot();
