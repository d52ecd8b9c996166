import { defineConfig } from 'vite';

// In development the ASP.NET Core server hosts /api and /hubs; in production it serves these files itself.
const server = process.env.CHALLENGEHUB_SERVER ?? 'http://localhost:5080';

export default defineConfig({
  build: {
    sourcemap: false,
    rolldownOptions: {
      input: {
        index: 'index.html',
        wall: 'wall.html',
        tablet: 'tablet.html',
        kit: 'kit.html',
        kits: 'kits.html',
        coach: 'coach.html',
        organiser: 'organiser.html',
        signin: 'signin.html',
        juror: 'juror.html',
      },
      output: {
        // The one chunk shared by all pages (helpers + styles.css) would otherwise be named after a random module.
        chunkFileNames: 'assets/shared-[hash].js',
        assetFileNames: (asset) =>
          asset.names.some((name) => name.endsWith('.css')) ? 'assets/shared-[hash][extname]' : 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: {
    proxy: {
      '/api': server,
      '/hubs': { target: server, ws: true },
    },
  },
});
