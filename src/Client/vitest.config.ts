import { defineConfig } from 'vitest/config';

// Unit tests of the browser client. happy-dom gives the modules the window, location and storage they read at load;
// the server, the hub and real browsers are covered by the Silo's browser tests.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { url: 'http://localhost/' } },
  },
});
