import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { fetchDatasetEarly } from './lib/data/fetchDataset.ts';
import { applyTheme, savedTheme } from './lib/state/theme.ts';

// Before the first paint, so a dark-theme reader never sees a white flash.
applyTheme(savedTheme());

// The dataset starts downloading now, while the page is built.
const address = new URL(window.location.href).searchParams.get('data');
if (address) fetchDatasetEarly(address, window.location.href);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
