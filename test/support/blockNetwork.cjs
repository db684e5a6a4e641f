/**
 * Preloaded with `--require` into the test process and every reader thread (worker threads
 * inherit it, tesseract's own threads too): any connection or lookup beyond this machine throws.
 */
/* global require, URL */
/* eslint-disable @typescript-eslint/no-require-imports -- a --require preload is CommonJS by nature */
'use strict';
const net = require('node:net');
const dns = require('node:dns');

const isLocal = (host) => host === undefined || host === null || host === 'localhost' || /^127\./.test(host) || host === '::1';
const blocked = (what) => new Error(`network blocked in this test: ${what}`);

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(...args) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first;
  if (options && typeof options === 'object') {
    if (options.path === undefined && !isLocal(options.host)) throw blocked(options.host);
  } else if (typeof args[1] === 'string' && !isLocal(args[1])) throw blocked(args[1]);
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function patchedLookup(host, ...rest) {
  if (!isLocal(host)) throw blocked(host);
  return lookup.call(this, host, ...rest);
};

const realFetch = globalThis.fetch;
globalThis.fetch = async function patchedFetch(input, init) {
  const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url);
  if (!isLocal(url.hostname)) throw blocked(url.hostname);
  return realFetch(input, init);
};
