#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are present for the browser smoke test. Called by the
# Maven build before the integration tests, so that `./mvnw verify` does its own set-up on a fresh machine.
set -euo pipefail
if command -v /usr/bin/chromium >/dev/null && command -v /usr/bin/chromedriver >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then apt="apt-get"; elif command -v sudo >/dev/null; then apt="sudo apt-get"; else
  echo "install-browser: chromium and chromium-driver are missing; install them with apt-get as root" >&2
  exit 1
fi
echo "install-browser: installing chromium and chromium-driver with apt" >&2
export DEBIAN_FRONTEND=noninteractive
$apt update -qq || $apt update -qq
$apt install -y -qq chromium chromium-driver >/dev/null
