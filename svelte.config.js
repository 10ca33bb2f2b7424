import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // Not announcing Svelte's version on window (window.__svelte) saves the first download bytes.
  compilerOptions: { runes: true, discloseVersion: false },
};
