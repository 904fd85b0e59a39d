// Resolves BNS names to profiles with the real client libraries against a running lookup function:
// stacks.js (@stacks/auth lookupProfile) against the Stacks API dialect under {base}/stacks, and
// blockstack.js 21 (lookupProfile and its network calls) against the Core dialect at {base}.
//
//   node check-clients.mjs BASE NAME PROFILE_NAME TRANSFERRED_NAME SUBDOMAIN SUBDOMAIN_PROFILE_NAME
//
// NAME has a signed profile whose "name" is PROFILE_NAME; TRANSFERRED_NAME was transferred keeping
// a zone file that points at its previous owner's profile, which must therefore be refused;
// SUBDOMAIN (sub.name.namespace) has its own zone file pointing at a profile signed by its owner.
// Prints PASS/FAIL per case and ends with "N passed, N failed"; exit code 0 only when none failed.
import { getNameInfo, lookupProfile } from '@stacks/auth';
import blockstack from 'blockstack';

const [base, name, profileName, transferredName, subdomain, subdomainProfileName] = process.argv.slice(2);
if (!subdomainProfileName) {
  console.error('usage: node check-clients.mjs BASE NAME PROFILE_NAME TRANSFERRED_NAME SUBDOMAIN SUBDOMAIN_PROFILE_NAME');
  process.exit(2);
}
// blockstack.js 21 predates Node's own fetch and passes referrer: 'no-referrer', which browsers
// and its cross-fetch polyfill accept but Node's fetch refuses (a referrer must be a URL there):
// drop that one option, nothing the lookup function sees changes.
const nodeFetch = globalThis.fetch;
globalThis.fetch = (input, init = {}) => {
  const { referrer, ...rest } = init;
  return nodeFetch(input, rest);
};

const root = base.replace(/\/$/, '');
const stacks = `${root}/stacks`;
blockstack.config.network.blockstackAPIUrl = root;
blockstack.config.logLevel = 'none';

let passed = 0;
let failed = 0;
async function check(label, run) {
  try {
    await run();
    passed++;
    console.log(`PASS ${label}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${label}: ${error && error.message ? error.message : error}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}
async function rejects(promise, what) {
  try {
    const value = await promise;
    throw new Error(`${what} resolved to ${JSON.stringify(value)}, expected a rejection`);
  } catch (error) {
    if (error.message && error.message.endsWith('expected a rejection')) throw error;
    return error;
  }
}

await check(`stacks.js lookupProfile(${name}) via ${stacks}`, async () => {
  const profile = await lookupProfile({ username: name, zoneFileLookupURL: `${stacks}/v1/names` });
  expect(profile.name === profileName, `profile name is ${JSON.stringify(profile.name)}, expected ${profileName}`);
  expect(profile['@type'] === 'Person', `profile @type is ${profile['@type']}`);
});

await check(`stacks.js getNameInfo(${name}) returns a c32 owner`, async () => {
  const info = await getNameInfo({ name, client: { baseUrl: stacks } });
  expect(/^S[PM][0-9A-Z]+$/.test(info.address), `address ${info.address} is not a mainnet c32 address`);
  expect(typeof info.zonefile === 'string' && info.zonefile.includes(`$ORIGIN ${name}`), 'no zone file');
});

await check('stacks.js getNameInfo(unknown) says "Name not found"', async () => {
  const error = await rejects(getNameInfo({ name: 'nobody-at-all.demo', client: { baseUrl: stacks } }), 'getNameInfo');
  expect(error.message === 'Name not found', `rejected with ${error.message}`);
});

await check(`stacks.js refuses ${transferredName}'s profile signed by its previous owner`, async () => {
  const error = await rejects(lookupProfile({ username: transferredName, zoneFileLookupURL: `${stacks}/v1/names` }),
    'lookupProfile');
  expect(/does not match/.test(error.message), `rejected for another reason: ${error.message}`);
});

await check(`blockstack.js lookupProfile(${name}) via ${root}`, async () => {
  const profile = await blockstack.lookupProfile(name);
  expect(profile.name === profileName, `profile name is ${JSON.stringify(profile.name)}, expected ${profileName}`);
});

await check(`blockstack.js refuses ${transferredName}'s profile signed by its previous owner`, async () => {
  const error = await rejects(blockstack.lookupProfile(transferredName), 'lookupProfile');
  expect(/does not match/.test(error.message), `rejected for another reason: ${error.message}`);
});

await check('blockstack.js lookupProfile(unknown) says "Name not found"', async () => {
  const error = await rejects(blockstack.lookupProfile('nobody-at-all.demo'), 'lookupProfile');
  expect(/Name not found/.test(error.message), `rejected with ${error.message}`);
});

await check(`blockstack.js getNameInfo, getNamesOwned and getZonefile agree on ${name}`, async () => {
  const info = await blockstack.config.network.getNameInfo(name);
  const owned = await blockstack.config.network.getNamesOwned(info.address);
  expect(owned.includes(name), `${info.address} owns ${JSON.stringify(owned)}, not ${name}`);
  const zonefile = await blockstack.config.network.getZonefile(info.zonefile_hash);
  expect(zonefile === info.zonefile, 'the zone file by hash differs from the name record\'s');
});

await check(`blockstack.js getNamePrice(${name}) reads the v2 price`, async () => {
  const price = await blockstack.config.network.getNamePrice(name);
  expect(price.units === 'BTC' || price.units === 'STACKS', `units ${price.units}`);
  expect(Number(price.amount.toString()) > 0, `amount ${price.amount}`);
});

await check(`stacks.js lookupProfile(${subdomain}) via ${stacks}`, async () => {
  const profile = await lookupProfile({ username: subdomain, zoneFileLookupURL: `${stacks}/v1/names` });
  expect(profile.name === subdomainProfileName,
    `profile name is ${JSON.stringify(profile.name)}, expected ${subdomainProfileName}`);
});

await check(`blockstack.js lookupProfile(${subdomain}) via ${root}`, async () => {
  const profile = await blockstack.lookupProfile(subdomain);
  expect(profile.name === subdomainProfileName,
    `profile name is ${JSON.stringify(profile.name)}, expected ${subdomainProfileName}`);
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
