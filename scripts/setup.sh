#!/usr/bin/env bash
# Installs everything the designer needs, from Debian's packages and the npm registry, pinned by version.
# Idempotent: when everything is present it only checks and returns in about a second.
# Usage: scripts/setup.sh [--no-browser]   (--no-browser skips Chromium and npm, for native-only work)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
want_browser=1
[ "${1:-}" = "--no-browser" ] && want_browser=0

# Debian packages, pinned. Chromium follows Debian's security updates, so it is pinned to a minimum
# major version instead of an exact one (an exact pin disappears from the mirror with the next fix).
packages=(
  "cmake=3.25.1-1"
  "g++=4:12.2.0-3"
  "make=4.3-4.1"
  "xz-utils="
  "dpkg-dev="
  "python3="
  "emscripten=3.1.6~dfsg-5"
  "libcereal-dev=1.3.2+dfsg-4"
  "rapidjson-dev=1.1.0+dfsg2-7.1"
  "catch2=2.13.10-1"
  "libglfw3-dev=3.3.8-1"
  "python3-fonttools=4.38.0-1+deb12u1"
  "fonts-wqy-microhei=0.2.0-beta-3.1"
  "cmark-gfm=0.29.0.gfm.6-6"
  "clang-14=1:14.0.6-12"
  "libclang-rt-14-dev=1:14.0.6-12"
  "pkg-config=1.8.1-1"
  "librsvg2-dev=2.54.7+dfsg-1~deb12u2"
  "librsvg2-bin=2.54.7+dfsg-1~deb12u2"
  "libxml2-utils=2.9.14+dfsg-1.3~deb12u6"
)
[ $want_browser = 1 ] && packages+=("chromium=")
# pdftoppm: the role-card test prints to PDF with Chromium and turns the pages into PNG to look at.
[ $want_browser = 1 ] && packages+=("poppler-utils=22.12.0-2+deb12u3")
# Node.js: any 18+ works; machines of this kind bring 20. Debian's own is installed only when none is present.
command -v npm >/dev/null 2>&1 || packages+=("nodejs=" "npm=")

sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for spec in "${packages[@]}"; do
  name=${spec%%=*}; version=${spec#*=}
  have=$(dpkg-query -W -f='${db:Status-Status} ${Version}' "$name" 2>/dev/null || true)
  case "$have" in
    "installed $version"|"installed "*) [ -z "$version" ] || [ "$have" = "installed $version" ] || missing+=("$spec") ;;
    *) missing+=("$spec") ;;
  esac
done

# The imgui source package lives in trixie (bookworm has only 1.86): a deb-src entry for it alone.
src_list=/etc/apt/sources.list.d/service-blueprint-trixie-src.sources
need_src=0
imgui_dir="$root/.deps/imgui-1.90.1"
# The downloaded tarball is kept outside the clone, so fresh clones of the project unpack it offline.
cache="${XDG_CACHE_HOME:-$HOME/.cache}/service-blueprint"
tarball="$cache/imgui_1.90.1+ds.orig.tar.xz"
[ -f "$imgui_dir/imgui.h" ] || [ -f "$tarball" ] || need_src=1
if [ $need_src = 1 ] && [ ! -f "$src_list" ] && ! grep -rqs "deb-src.*trixie\|Types: deb-src" /etc/apt/sources.list.d/ 2>/dev/null; then
  # The machine's own Debian mirror: the one its bookworm packages come from (one-line or deb822 sources).
  mirror=$(apt-get indextargets --no-release-info --format '$(CREATED_BY) $(RELEASE) $(REPO_URI)' 2>/dev/null |
           awk '$1 == "Packages" && ($2 == "bookworm" || $2 == "stable") { print $3; exit }')
  if [ -z "$mirror" ]; then
    echo "setup: no Debian bookworm mirror in the apt configuration; add one (e.g. in /etc/apt/sources.list) and retry" >&2
    exit 1
  fi
  echo "setup: adding a deb-src entry for trixie (the imgui source package) on $mirror"
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$mirror" | sudo_ tee "$src_list" >/dev/null
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_src = 1 ]; then
  echo "setup: installing ${missing[*]:-(imgui source)}"
  sudo_ apt-get update -qq
  install=()
  for spec in "${missing[@]}"; do
    name=${spec%%=*}; version=${spec#*=}
    if [ -n "$version" ] && apt-cache madison "$name" | awk -F'|' '{gsub(/ /,"",$2); print $2}' | grep -qx "$version"; then
      install+=("$name=$version")
    else
      [ -n "$version" ] && echo "setup: warning: $name $version is no longer offered; installing the current version"
      install+=("$name")
    fi
  done
  [ ${#install[@]} -gt 0 ] && DEBIAN_FRONTEND=noninteractive sudo_ apt-get install -y -qq --no-install-recommends "${install[@]}" >/dev/null
fi

# Dear ImGui 1.90.1 sources from Debian's source package, checked against a known hash.
if [ ! -f "$imgui_dir/imgui.h" ]; then
  if [ ! -f "$tarball" ]; then
    mkdir -p "$cache"
    (cd "$cache" && apt-get source --download-only -qq "imgui=1.90.1+ds-1" 2>/dev/null)
  fi
  echo "ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c  $tarball" | sha256sum -c --quiet
  mkdir -p "$root/.deps"
  tar -xf "$tarball" -C "$root/.deps"
fi

# npm packages for the browser tests and the schema checks, pinned by package-lock.json.
if [ $want_browser = 1 ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
echo "setup: ok"
