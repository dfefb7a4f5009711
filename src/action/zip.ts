/** The strict zip reader lives in src/util/zip.ts (the inspect log reader uses it too). */
export * from '../util/zip.js';
