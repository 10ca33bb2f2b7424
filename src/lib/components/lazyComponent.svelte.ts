import type { Component } from 'svelte';

/**
 * A component whose code is left out of the page's first download and loaded on first use,
 * or ahead of it once the first view is drawn. `current` is null until it has loaded, and is
 * reactive, so a template can show it as soon as it arrives.
 */
export class LazyComponent<C extends Component<never, object, string>> {
  current = $state.raw<C | null>(null);
  #loading: Promise<C> | null = null;
  readonly #importer: () => Promise<{ default: C }>;

  constructor(importer: () => Promise<{ default: C }>) {
    this.#importer = importer;
  }

  /** Loads the code once the browser is idle (after the first view), so it is there when wanted. */
  loadWhenIdle(): void {
    const load = () => void this.load();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load);
    else setTimeout(load, 0);
  }

  /** Loads the code (once); resolves with the component. */
  load(): Promise<C> {
    return (this.#loading ??= this.#importer().then((module) => (this.current = module.default)));
  }
}
