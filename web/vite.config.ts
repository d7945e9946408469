import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/** The API server the dev server forwards to; the production build is served by the API itself. */
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/graphql': apiTarget,
      '/auth': apiTarget,
      '/health': apiTarget,
      '/exports': apiTarget,
    },
  },
});
