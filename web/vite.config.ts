// Builds the dashboard into web/dist (static files `entente serve` hands out next to /api). In development
// the API comes from ENTENTE_API (a running `entente serve`) when set, else from the fixture mock in web/dev.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { mockApi } from './dev/mock-plugin.js'

const root = fileURLToPath(new URL('.', import.meta.url))
const api = process.env.ENTENTE_API

export default defineConfig({
  root,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 400 },
  server: {
    host: '127.0.0.1',
    strictPort: false,
    proxy: api ? { '/api': { target: api, changeOrigin: false } } : undefined,
  },
  preview: { host: '127.0.0.1' },
  plugins: api ? [] : [mockApi()],
})
