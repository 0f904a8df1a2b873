/** Where the offline manifest is published (written by src/integrations/serviceWorker.ts). */
export const MANIFEST_PATH = "/offline-manifest.json";
