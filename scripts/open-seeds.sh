#!/usr/bin/env bash
# Opens the sample articles (seeds/) with Article Lens. Builds and packages the extension first
# (installing the npm packages when missing), then:
#   - with a `code` command: installs the package into that VS Code and opens seeds/ in it;
#   - without one: installs code-server (once, into .vscode-test/), installs the package there and serves
#     seeds/ on 127.0.0.1 only, printing the address to open, until Ctrl+C.
# ARTICLE_LENS_PORT chooses code-server's port (default: 8080, or a free one when 8080 is taken).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/debian-packages.sh
source scripts/debian-packages.sh

ensure_node
ensure_npm_packages
npm run --silent package
vsix="$PWD/dist/article-lens.vsix"
seeds="$PWD/seeds"

if command -v code >/dev/null 2>&1; then
  code --install-extension "$vsix" --force
  code "$seeds"
  exit 0
fi

ensure_debian_packages "${CODE_SERVER_BUILD_PACKAGES[@]}"
entry="$(node scripts/setup-code-server.mjs)"
home="$PWD/.vscode-test/open-seeds"
mkdir -p "$home/user-data/User" "$home/extensions"
# code-server would otherwise write its config and state under ~/.config and ~/.local/share.
export XDG_CONFIG_HOME="$home/xdg/config" XDG_DATA_HOME="$home/xdg/data" XDG_CACHE_HOME="$home/xdg/cache"
settings="$home/user-data/User/settings.json"
[ -f "$settings" ] || cat >"$settings" <<'JSON'
{
  "workbench.startupEditor": "none",
  "editor.semanticHighlighting.enabled": true,
  "git.openRepositoryInParentFolders": "never"
}
JSON

port="${ARTICLE_LENS_PORT:-}"
if [ -z "$port" ]; then
  port="$(node -e '
    const net = require("node:net");
    const tryPort = (p) => { const s = net.createServer(); s.once("error", () => tryPort(0));
      s.listen(p, "127.0.0.1", () => { const q = s.address().port; s.close(() => console.log(q)); }); };
    tryPort(8080);')"
fi
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$port" >"$home/config.yaml"
args=(--config "$home/config.yaml" --user-data-dir "$home/user-data" --extensions-dir "$home/extensions")

node "$entry" "${args[@]}" --install-extension "$vsix" --force >/dev/null
echo
echo "Article Lens is ready: open http://127.0.0.1:$port/?folder=$seeds"
echo "(code-server listens on 127.0.0.1 only; press Ctrl+C to stop it)"
echo
exec node "$entry" "${args[@]}" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry \
  --disable-update-check --disable-workspace-trust --disable-getting-started-override "$seeds"
