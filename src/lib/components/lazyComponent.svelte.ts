import type { Component } from 'svelte';

/**
 * The parts whose code could not be loaded (the connection dropped, or the site was updated
 * meanwhile), named as the reader would name them, for the page to say so once. A part leaves
 * the list when a later attempt loads it.
 */
export const unloadedParts: string[] = $state([]);

/**
 * A component whose code is left out of the page's first download and loaded on first use,
 * or ahead of it once the first view is drawn. `current` is null until it has loaded, and is
 * reactive, so a template can show it as soon as it arrives. A failed load is tried again the
 * next time the part is wanted.
 */
export class LazyComponent<C extends Component<never, object, string>> {
  current = $state.raw<C | null>(null);
  #loading: Promise<C | null> | null = null;
  readonly #name: string;
  readonly #importer: () => Promise<{ default: C }>;

  /** `name` says what it is, as the reader would call it: "the details panel". */
  constructor(name: string, importer: () => Promise<{ default: C }>) {
    this.#name = name;
    this.#importer = importer;
  }

  /** Loads the code once the browser is idle (after the first view), so it is there when wanted. */
  loadWhenIdle(): void {
    const load = () => void this.load();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load);
    else setTimeout(load, 0);
  }

  /** Loads the code (once); resolves with the component, or null when it could not be loaded. */
  load(): Promise<C | null> {
    return (this.#loading ??= this.#importer().then(
      (module) => {
        const listed = unloadedParts.indexOf(this.#name);
        if (listed >= 0) unloadedParts.splice(listed, 1);
        return (this.current = module.default);
      },
      () => {
        this.#loading = null;
        if (!unloadedParts.includes(this.#name)) unloadedParts.push(this.#name);
        return null;
      },
    ));
  }
}
