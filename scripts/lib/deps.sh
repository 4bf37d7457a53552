# shellcheck shell=bash
# Installs the Debian packages AuthDesk needs, only those that are missing. Sourced by scripts/run
# and scripts/test, so both work on a fresh Debian 12 machine.

# Building and running the console and `authdesk serve`.
AUTHDESK_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkgconf
    ccache # compiler cache: rebuilds (CI's two builds, worktrees, the fuzz build) reuse unchanged objects
    mold # a linker many times faster than GNU ld for the ~70 test executables (cmake/AuthDeskBuildSpeed.cmake)
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libsodium-dev libsecret-1-0 fonts-dejavu-core
    libssl-dev # OpenSSL 3's EVP API verifies identity providers' RS256 ID tokens (core/crypto)
    libpq-dev # PQstatus: whether a PostgreSQL connection broke, to reconnect (core/storage/database.cpp)
    libqt6svg6 # the SVG icon engine and image format plugins, for the console's icons
)

# Running the tests: a headless keychain, a virtual display for screenshots, sqlite3 for checks,
# chromium for the end-to-end browser test (tests/e2e, driven by playwright-core), and PostgreSQL
# for the *_pg suites (scripts/lib/pg-cluster.sh starts a private cluster).
AUTHDESK_TEST_PACKAGES=(
    gnome-keyring dbus-daemon xvfb xauth x11-utils imagemagick sqlite3 curl
    chromium
    postgresql
    nginx # tests/multi: the load balancer in front of several instances
    desktop-file-utils # tests/install: desktop-file-validate checks the installed .desktop file
    appstream # tests/install: appstreamcli validate checks the installed AppStream metainfo
)
# The fuzz target (scripts/fuzz, run by scripts/test): clang and its libFuzzer runtime.
AUTHDESK_FUZZ_PACKAGES=(clang libclang-rt-14-dev)
# The side-by-side benchmark (bench/run, run by scripts/test as `bench/run --quick`): the load
# generator and the static-file baseline. Its npm peers need Node and npm (added below).
AUTHDESK_BENCH_PACKAGES=(wrk nginx curl)

# The end-to-end suite runs the Sharetribe SDKs with Node and npm. A Node that is already installed
# (e.g. a newer one from NodeSource or nvm) is kept; only a machine without one gets Debian's.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    AUTHDESK_TEST_PACKAGES+=(nodejs npm)
    AUTHDESK_BENCH_PACKAGES+=(nodejs npm)
fi

authdesk_sudo() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

# authdesk_install_missing PACKAGE...
authdesk_install_missing() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    # apt and dpkg print progress even with -qq ("Reading database ... 5%"); it goes to a log that
    # is shown only when the installation fails. (sudo asks for a password on the terminal itself.)
    # --force-unsafe-io: dpkg skips an fsync per unpacked file, which is most of the install time of a
    # fresh machine; a crash mid-install is repaired by running it again.
    local log
    log=$(mktemp)
    if ! {
        authdesk_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            authdesk_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                -o Dpkg::Options::=--force-unsafe-io "${missing[@]}"
    } >"$log" 2>&1; then
        cat "$log" >&2
        echo "Installing ${missing[*]} failed; apt's output is above." >&2
        rm -f "$log"
        return 1
    fi
    rm -f "$log"
}

# The compiler cache is keyed on paths relative to the checkout (CCACHE_BASEDIR, no cwd in the hash),
# so a fresh clone in another folder, a worktree or CI reuses what an earlier build compiled.
# Sets AUTHDESK_CCACHE_ARGS (empty without ccache, or with AUTHDESK_NO_CCACHE=1).
authdesk_use_ccache() {
    AUTHDESK_CCACHE_ARGS=()
    if command -v ccache >/dev/null 2>&1 && [ "${AUTHDESK_NO_CCACHE:-0}" != 1 ]; then
        export CCACHE_BASEDIR="$AUTHDESK_ROOT" CCACHE_NOHASHDIR=true CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}
        # The shared precompiled headers (cmake/AuthDeskBuildSpeed.cmake) are cacheable only so.
        export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        AUTHDESK_CCACHE_ARGS=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
}

# authdesk_configure_and_build BUILD_DIR BUILD_TYPE [CMAKE_ARGS...]
authdesk_configure_and_build() {
    local build_dir=$1 build_type=$2
    shift 2
    authdesk_use_ccache
    cmake -S "$AUTHDESK_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${AUTHDESK_CCACHE_ARGS[@]}" "$@" >/dev/null
    cmake --build "$build_dir" -j"$(nproc)"
}
