import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The pages build into dist/client, which the NestJS app serves on the same origin as the API. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
