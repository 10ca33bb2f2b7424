/**
 * The code that downloads and opens a dataset, as one module: the page loads it as one file,
 * which index.html can ask for by name as soon as it sees an address (vite.config.ts).
 */
export { fetchDataset } from '../data/fetchDataset.ts';
export { dropSpareWorker, openDataset, readsInWorker, startWorkerEarly } from './openDataset.ts';
