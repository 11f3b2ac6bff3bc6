import { defineConfig } from "vite";

// The API serves dist/index.html at "/" and dist/assets at "/assets".
export default defineConfig({
  build: { outDir: "dist", assetsDir: "assets", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { "^/(actors|paths|graph|events|contacts|health)": "http://127.0.0.1:8000" } },
});
