import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The Command Post (web UI), built into dist/web and served by the Muster server at `/`. */
export default defineConfig({
  root: "web",
  plugins: [react()],
  build: { outDir: "../dist/web", emptyOutDir: true },
  server: { proxy: { "/api": "http://localhost:4000", "/healthz": "http://localhost:4000" } },
});
