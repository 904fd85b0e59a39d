#!/usr/bin/env bash
# Runs the main job: emulators up (dynalite, S3Proxy, the demo Bitcoin chain), sync on a timer,
# every function serving HTTP on one base URL (default http://127.0.0.1:8080). Ctrl-C stops it all.
# Needs JDK 17+, Maven and Node.js 20+; everything else is fetched by the build.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -ntp -DskipTests package -pl infra/local-server -am
exec java ${JAVA_OPTS:-} -jar infra/local-server/target/quarkus-app/quarkus-run.jar "$@"
