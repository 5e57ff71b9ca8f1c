#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine and runs them all (npm test):
# Debian packages (Chromium, code-server's build dependencies) when missing, the npm packages from
# package-lock.json, code-server for the tests in a real VS Code, then build, lint, package and tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/debian-packages.sh
source scripts/debian-packages.sh

ensure_debian_packages chromium "${CODE_SERVER_BUILD_PACKAGES[@]}"
ensure_node
ensure_npm_packages
npm test
