import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { isPlainDate } from './lib/model/dateSpan.ts';
import { applyTheme, savedTheme } from './lib/state/theme.ts';

// Before the first paint, so a dark-theme reader never sees a white flash.
applyTheme(savedTheme());

const params = new URL(window.location.href).searchParams;
// index.html has started downloading a ?data= address; the code that takes the download over
// and reads it is asked for now, all at once (not each part once the one before has run), so
// it has arrived by the time the page is built. A part that fails to load is reported where
// it is used.
if (params.has('data')) {
  for (const part of [import('./lib/data/fetchDataset.ts'), import('./lib/import/openDataset.ts')])
    part.catch(() => {});
}
// Dates in the address are read as the page is built; one in a form beyond a plain year,
// month or day needs the EDTF grammar, which is not in the page's first load.
if (['from', 'to', 'period'].some((key) => !isPlainDate(params.get(key) ?? '')))
  await import('./lib/model/edtfGrammar.ts');

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
