import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { isPlainDate } from './lib/model/dateSpan.ts';
import { loadReadingCode } from './lib/state/datasetSession.svelte.ts';
import { applyTheme, savedTheme } from './lib/state/theme.ts';

// Before the first paint, so a dark-theme reader never sees a white flash.
applyTheme(savedTheme());

const params = new URL(window.location.href).searchParams;
// index.html has started downloading a ?data= address, and asked for the code that reads it.
// The page is built once that code is here (it comes beside this one): a download already in
// is then read, checked and drawn in one go, not after the page has drawn "Loading" and asked
// for the code itself (at 10,000 events, about 30 ms sooner). The page waits 100 ms at most,
// then shows "Loading" meanwhile; a part that fails to load is reported where it is used.
if (params.get('data')) {
  await Promise.race([loadReadingCode(), new Promise((resolve) => setTimeout(resolve, 100))]);
}
// Dates in the address are read as the page is built; one in a form beyond a plain year,
// month or day needs the EDTF grammar, which is not in the page's first load. If it cannot be
// loaded, the page is built all the same and says which date it could not read (parseDateNow).
if (['from', 'to', 'period'].some((key) => !isPlainDate(params.get(key) ?? '')))
  await import('./lib/model/edtfGrammar.ts').catch(() => {});

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
