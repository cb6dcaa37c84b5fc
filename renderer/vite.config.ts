// Owns the renderer build: React, relative asset paths (app:// in Electron, http in browser mode).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    // Relative to root: the bridge and the Electron protocol serve out/renderer.
    outDir: '../out/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
});
