import type { DataFormat } from '../import/formats.ts';

/** The last dataset the reader opened from a file, kept so a reload does not lose it. */
export interface SavedDataset {
  readonly name: string;
  readonly format: DataFormat | null;
  readonly text: string;
}

const DATABASE = 'sourceline';
const STORE = 'datasets';
const KEY = 'last-opened';

function database(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    // Some browsers (Safari 14) can leave the request unanswered: nothing is kept then either,
    // rather than the page waiting for ever; a connection that opens after all is closed.
    const timer = setTimeout(() => settle(null), 1_000);
    let settled = false;
    function settle(db: IDBDatabase | null) {
      if (settled) return db?.close();
      settled = true;
      clearTimeout(timer);
      resolve(db);
    }
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => settle(request.result);
    // Storage can be blocked (private windows, embeds): then nothing is kept.
    request.onerror = () => settle(null);
    request.onblocked = () => settle(null);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | null> {
  const db = await database();
  if (!db) return null;
  return new Promise((resolve) => {
    const transaction = db.transaction(STORE, mode);
    const request = act(transaction.objectStore(STORE));
    // Each use opens its own connection: closed once this transaction is done, so none is
    // left open behind it.
    db.close();
    // Done once the transaction has committed, not when its request succeeds: a page
    // reloaded in between would lose the change.
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => resolve(null);
    transaction.onabort = () => resolve(null);
  });
}

export async function loadSavedDataset(): Promise<SavedDataset | null> {
  const saved = await run(
    'readonly',
    (store) => store.get(KEY) as IDBRequest<SavedDataset | undefined>,
  );
  return saved ?? null;
}

export async function saveDataset(dataset: SavedDataset): Promise<void> {
  await run('readwrite', (store) => store.put(dataset, KEY));
}

export async function forgetSavedDataset(): Promise<void> {
  await run('readwrite', (store) => store.delete(KEY));
}
