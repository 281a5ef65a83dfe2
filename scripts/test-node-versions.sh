#!/usr/bin/env bash
# Runs the test suite again on Node.js 22 and 24 (`npm test` has run it on this machine's Node).
# The official builds come from the npm registry (node-linux-<arch>@<major>), which also carries
# the headers better-sqlite3 is compiled against; nothing else is downloaded. The machine's
# build of better-sqlite3 is put back at the end, whatever happened.
set -euo pipefail

versions=${MUSTER_NODE_VERSIONS:-"22 24"}
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "No official Node.js build for $(uname -m); skipping the other Node versions." >&2; exit 1 ;;
esac
cache="$(pwd)/.node-versions"

restore() {
  echo "== Rebuilding better-sqlite3 for $(node --version) (this machine's Node)"
  npm rebuild better-sqlite3 >/dev/null
}
trap restore EXIT

for major in $versions; do
  home="$cache/$major/node_modules/node-linux-$arch"
  if [ ! -x "$home/bin/node" ]; then
    npm install --prefix "$cache/$major" --no-save --no-package-lock --ignore-scripts "node-linux-$arch@$major" >/dev/null
  fi
  echo "== Node $("$home/bin/node" --version): rebuilding better-sqlite3, then every test"
  PATH="$home/bin:$PATH" npm rebuild better-sqlite3 --nodedir="$home" >/dev/null
  PATH="$home/bin:$PATH" npx vitest run
done
