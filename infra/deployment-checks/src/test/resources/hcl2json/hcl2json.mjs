// Prints {"<file>.tf": <the file in Terraform's JSON syntax>, ...} for every .tf file of the folder
// given as the only argument; *_override.tf files are skipped (they are not part of the definition).
import { parse } from '@cdktf/hcl2json';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const files = readdirSync(dir).filter(name => name.endsWith('.tf') && !name.endsWith('_override.tf')).sort();
const parsed = {};
for (const name of files) {
  parsed[name] = await parse(name, readFileSync(join(dir, name), 'utf8'));
}
process.stdout.write(JSON.stringify(parsed));
