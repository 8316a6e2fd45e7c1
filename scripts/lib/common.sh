# Shared by scripts/run, scripts/test and .ci/run: install what is missing, then configure and build.
# shellcheck shell=bash

WSC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WSC_BUILD_DIR=${WSC_BUILD_DIR:-"$WSC_ROOT/build"}

# Debian 12 packages the project builds and runs with (installed without Recommends, so the
# Recommends we rely on are named: libqt6opengl6-dev carries the Qt6OpenGL CMake config Charts needs;
# libqt6sql6-psql is Qt's PostgreSQL driver, which the console loads at run time for Redshift).
WSC_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqscintilla2-qt6-dev qtkeychain-qt6-dev nlohmann-json3-dev libsqlite3-dev
    libxkbcommon-dev
    libqt6svg6 libqt6sql6-psql
)
# What the tests need on top: an X server for the GUI checks that need a real window, and a PostgreSQL
# server that tst_postgres_warehouse starts (as the postgres user when the tests run as root).
WSC_TEST_PACKAGES=(xvfb xauth postgresql)

wsc_log() { printf '==> %s\n' "$*" >&2; }

# Installs the packages that dpkg does not know as installed; touches apt only when something is missing.
wsc_install_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) != "install ok installed" ]]; then
            missing+=("$pkg")
        fi
    done
    ((${#missing[@]} == 0)) && return 0

    if ! command -v apt-get >/dev/null 2>&1; then
        wsc_log "These packages are missing and this is not a Debian system: ${missing[*]}"
        return 1
    fi
    local sudo=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            wsc_log "Missing packages (${missing[*]}) and neither root nor sudo is available."
            return 1
        fi
    fi
    wsc_log "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds into $WSC_BUILD_DIR with Ninja and ccache. Extra arguments go to cmake.
wsc_build() {
    local build_type=${WSC_BUILD_TYPE:-Debug}
    local args=(-S "$WSC_ROOT" -B "$WSC_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@")
    if command -v ccache >/dev/null 2>&1; then
        args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        # Paths below the checkout count relative to it, and a debug build's folder is not hashed: a fresh
        # clone elsewhere (CI) reuses what any other checkout compiled.
        export CCACHE_BASEDIR="$WSC_ROOT" CCACHE_NOHASHDIR=true
    fi
    wsc_log "Configuring ($build_type) in $WSC_BUILD_DIR"
    cmake "${args[@]}" >/dev/null
    wsc_log "Building"
    cmake --build "$WSC_BUILD_DIR" --parallel "$(nproc)"
}
