/**
 * The parts of fflate the xlsx code uses, in a module of their own so that
 * zip-codec.ts can load it on first use (the Node command line, which inflates
 * with zlib, never does). A static import here keeps bundlers tree-shaking fflate.
 */
export { deflateSync, inflateSync, unzipSync } from 'fflate';
