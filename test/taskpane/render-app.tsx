import './jsdom-shims';
/** Renders the App over a fake host and engine, waiting until the first analysis is shown. */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type AppProps } from '../../src/taskpane/App';
import { FakeHost, fakeEngine, MemoryStorage, type FakeEngine } from './fakes';

export interface Rendered {
  host: FakeHost;
  engine: FakeEngine;
  storage: MemoryStorage;
  user: ReturnType<typeof userEvent.setup>;
}

export async function renderApp(opts: { host?: FakeHost; engine?: FakeEngine; storage?: MemoryStorage; props?: Partial<AppProps> } = {}): Promise<Rendered> {
  const host = opts.host ?? new FakeHost();
  const engine = opts.engine ?? fakeEngine();
  const storage = opts.storage ?? new MemoryStorage();
  const user = userEvent.setup();
  render(<App mode={host.kind === 'file' ? 'web' : 'office'} host={host} loadEngine={async () => engine} storage={storage} {...opts.props} />);
  await waitFor(() => expect(isEnabled(screen.getByRole('button', { name: 'Periksa' }))).toBe(true), { timeout: 10000 });
  return { host, engine, storage, user };
}

/** Goes to a screen through its tab. */
export async function openTab(user: Rendered['user'], name: 'Buka' | 'Periksa' | 'Hitung' | 'Laporan'): Promise<void> {
  await user.click(screen.getByRole('tab', { name }));
}

/** Fluent disables with the disabled attribute, or aria-disabled when it keeps focus. */
export function isEnabled(el: HTMLElement): boolean {
  return !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true';
}
