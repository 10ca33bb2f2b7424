import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { applyTheme, savedTheme } from './lib/state/theme.ts';

// Before the first paint, so a dark-theme reader never sees a white flash.
applyTheme(savedTheme());

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
