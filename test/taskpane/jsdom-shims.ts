/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow its actions; nothing is ever resized here. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as { ResizeObserver?: unknown };
g.ResizeObserver ??= NoopResizeObserver;

export {};
