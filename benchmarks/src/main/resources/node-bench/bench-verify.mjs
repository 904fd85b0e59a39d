#!/usr/bin/env node
// The Node side of the token verification benchmark (TokenVerifyBench). For every token in the
// file: jsontokens' TokenVerifier.verify (what the reference libraries do for the signature),
// the library's full verification (verifyAuthRequest, verifyAuthResponse, verifyProfileToken),
// and the native libsecp256k1 binding (signature normalised to low s, as libsecp256k1 only
// verifies low-s signatures; SHA-256 from node:crypto). Prints one JSON object.
// Usage: node bench-verify.mjs TOKENS.json [seconds per measurement]
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { TokenVerifier } from 'jsontokens';
import { verifyAuthRequest, verifyAuthResponse } from '@stacks/auth';
import { verifyProfileToken } from '@stacks/profile';

const require = createRequire(import.meta.url);
// secp256k1/bindings is the native addon only: it throws instead of falling back to elliptic.
const native = require('secp256k1/bindings');
const nativeFile = require('node-gyp-build').path(dirname(require.resolve('secp256k1/package.json')));

const [file, secondsArg] = process.argv.slice(2);
const seconds = Number(secondsArg ?? 3);
const tokens = JSON.parse(readFileSync(file, 'utf8'));

async function measure(name, verify) {
  if ((await verify()) !== true) throw new Error(`${name} does not verify its token`);
  const run = async (ms) => {
    const end = performance.now() + ms;
    let count = 0;
    while (performance.now() < end) {
      for (let i = 0; i < 8; i++) await verify();
      count += 8;
    }
    return count;
  };
  await run(1000);
  const start = performance.now();
  const count = await run(seconds * 1000);
  return (count * 1000) / (performance.now() - start);
}

function nativeVerifier(token, publicKey) {
  const [header, payload, signature] = token.split('.');
  const signingInput = Buffer.from(`${header}.${payload}`, 'utf8');
  const signatureBytes = Buffer.from(signature, 'base64url');
  const key = Buffer.from(publicKey, 'hex');
  return () => {
    const hash = createHash('sha256').update(signingInput).digest();
    const rs = new Uint8Array(signatureBytes);
    native.signatureNormalize(rs);
    return native.ecdsaVerify(rs, hash, key);
  };
}

function fullVerifier(entry) {
  switch (entry.type) {
    case 'authRequest':
      return () => verifyAuthRequest(entry.token);
    case 'authResponse':
      return () => verifyAuthResponse(entry.token);
    case 'profile':
      return () => verifyProfileToken(entry.token, entry.publicKey) !== undefined;
    default:
      throw new Error(`unknown type ${entry.type}`);
  }
}

const results = [];
for (const entry of tokens) {
  results.push({
    type: entry.type,
    jsontokens: await measure(`${entry.type} jsontokens`, () => new TokenVerifier('ES256K', entry.publicKey).verify(entry.token)),
    library: await measure(`${entry.type} library`, fullVerifier(entry)),
    native: await measure(`${entry.type} native`, nativeVerifier(entry.token, entry.publicKey)),
  });
}
console.log(JSON.stringify({ node: process.version, nativeBinding: nativeFile, seconds, results }));
