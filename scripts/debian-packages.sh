# Sourced by test-all.sh and open-seeds.sh: installs Debian packages that are missing, with apt-get.
# Root runs apt-get directly; anyone else through sudo when it is there.

# The packages code-server's native modules are built with, and the ripgrep it searches with.
CODE_SERVER_BUILD_PACKAGES=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep python3 make g++)

ensure_debian_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  ((${#missing[@]} == 0)) && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install these packages (or your system's equivalents): ${missing[*]}" >&2
    return 1
  fi
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "Installing ${missing[*]} needs root: run as root or install sudo" >&2
      return 1
    fi
  fi
  echo "Installing Debian packages: ${missing[*]}" >&2
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

# Installs the npm packages from package-lock.json unless node_modules already matches it.
ensure_npm_packages() {
  if [ -n "${CI:-}" ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci
  fi
}

# Fails early with a clear message on a Node.js older than the project supports.
ensure_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Node.js 20.19 or newer with npm is needed (for example: apt-get install nodejs npm)" >&2
    return 1
  fi
  if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
    echo "Node.js 20.19 or newer is needed; this is $(node --version)" >&2
    return 1
  fi
}
