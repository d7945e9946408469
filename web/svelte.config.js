import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** TypeScript in `<script lang="ts">` is handled by vite's preprocessor. */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
};
