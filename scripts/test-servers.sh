#!/usr/bin/env bash
# Makes sure the servers the tests start are installed (PostgreSQL, Chromium, Prometheus,
# Alertmanager; Debian packages),
# installing the missing ones when run as root, and says what to install otherwise.
set -euo pipefail

missing=()
if ! command -v pg_ctl >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
if [ ! -x /usr/bin/prometheus ]; then
  missing+=(prometheus)
fi
if [ ! -x /usr/bin/prometheus-alertmanager ]; then
  missing+=(prometheus-alertmanager)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need: ${missing[*]}. Install them (sudo apt-get install -y ${missing[*]}) or run this as root." >&2
  exit 1
fi
echo "Installing the test servers: ${missing[*]}"
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
