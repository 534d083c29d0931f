#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are present for the browser tests, with a font for Chinese
# characters (LanguagesBrowserIT's Chinese pages and screenshots; without one they show as empty boxes). Called by
# the Maven build before the integration tests, so that `./mvnw verify` does its own set-up on a fresh machine.
set -euo pipefail
packages=()
command -v /usr/bin/chromium >/dev/null || packages+=(chromium)
command -v /usr/bin/chromedriver >/dev/null || packages+=(chromium-driver)
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || packages+=(fonts-noto-cjk)
if [ ${#packages[@]} = 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then apt="apt-get"; elif command -v sudo >/dev/null; then apt="sudo apt-get"; else
  echo "install-browser: ${packages[*]} missing; install them with apt-get as root" >&2
  exit 1
fi
echo "install-browser: installing ${packages[*]} with apt" >&2
export DEBIAN_FRONTEND=noninteractive
$apt update -qq || $apt update -qq
$apt install -y -qq "${packages[@]}" >/dev/null
