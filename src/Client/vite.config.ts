import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** Files from public/ that the installed tablet app needs without a network; Vite copies them but does not bundle them. */
const PUBLIC_SHELL = ['/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon.svg'];

/**
 * Writes sw.js from pwa/sw.js with the list of files this build produced and a version derived from their content,
 * so the service worker precaches exactly this release and drops the caches of earlier ones.
 */
function serviceWorker(): Plugin {
  return {
    name: 'challengehub-service-worker',
    apply: 'build',
    // After writing, so that the list holds exactly the files on disk (Vite drops chunks such as CSS-only ones late).
    writeBundle(options, bundle) {
      const files = Object.keys(bundle).sort().map((file) => `/${file}`);
      const hash = createHash('sha256');
      for (const file of Object.values(bundle)) hash.update(file.type === 'chunk' ? file.code : file.source);
      const precache = [...files, ...PUBLIC_SHELL];
      const source = readFileSync(new URL('./pwa/sw.js', import.meta.url), 'utf8')
        .replace('self.__PRECACHE__', JSON.stringify(precache))
        .replace('self.__VERSION__', JSON.stringify(hash.digest('hex').slice(0, 12)));
      writeFileSync(join(options.dir ?? 'dist', 'sw.js'), source);
    },
  };
}

// In development the ASP.NET Core server hosts /api and /hubs; in production it serves these files itself.
const server = process.env.CHALLENGEHUB_SERVER ?? 'http://localhost:5080';

export default defineConfig({
  plugins: [serviceWorker()],
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
        season: 'season.html',
        board: 'board.html',
        ceremony: 'ceremony.html',
        cards: 'cards.html',
        venue: 'venue.html',
        signin: 'signin.html',
        showcase: 'showcase.html',
        juror: 'juror.html',
        myBadges: 'my-badges.html',
        impact: 'impact.html',
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
