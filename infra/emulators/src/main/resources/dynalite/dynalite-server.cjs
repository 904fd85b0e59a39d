// Starts dynalite on a loopback port and prints {"port": N} once listening.
// Usage: node dynalite-server.cjs [dataDir]   (no dataDir: in memory)
// The parent keeps our stdin open; when it closes (the parent exited, even by SIGKILL) we exit too,
// so no orphan emulator outlives the JVM that started it.
'use strict';
const dynalite = require('dynalite');

const dataDir = process.argv[2];
const server = dynalite({
  path: dataDir || undefined,
  createTableMs: 0,
  deleteTableMs: 0,
  updateTableMs: 0,
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.stdin.on('end', shutdown);
process.stdin.on('error', shutdown);
process.stdin.resume();
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
