/**
 * fflate's raw inflate alone, for zip-member.ts to load on demand: a module of its own, so that a bundle's chunk
 * for it holds only this function and the tables it needs (a dynamic import of fflate itself keeps every export).
 * fflate's pure-JS build: its Node entry is the same code plus a `require('node:worker_threads')` at load, for the
 * asynchronous functions, which this never calls.
 */
export { inflateSync } from 'fflate/browser';
