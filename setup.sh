#!/bin/sh
# setup.sh — the README's quick start: installs what conch needs (Debian), builds it, and then
# starts it (`run`) or runs the whole test suite as CI does (`test`; .ci/run calls this).
#
#   ./setup.sh run [ARGS...]   build into build/ and start build/src/conch ARGS
#   ./setup.sh test            build into build/, build-san/ (sanitizers) and build-portable/
#                              (every fallback for Linux-only calls forced), run `make check`
#                              in each, then `make distcheck` (SETUP_DISTCHECK=no skips it)
#   ./setup.sh deps [test|fuzz|deb]  only install (or list) the packages; `fuzz` adds clang and
#                              libFuzzer for tests/fuzz/ (neither the build nor CI needs them),
#                              `deb` the tools that build the Debian package (.ci/deb)
#
# As root it installs missing Debian packages with apt-get; otherwise it prints the one
# `sudo apt-get install` line needed and stops. Builds are out of tree (VPATH), so the source
# tree stays clean; the build directories are reused, so a second run is quick.

# Package lists and "P F" pairs are split on purpose. bash-completion: tests/pty/complete.py
# loads its library in conch.
# shellcheck disable=SC2086
set -u

BUILD_PACKAGES="build-essential autoconf automake bison flex libreadline-dev pkg-config"
TEST_PACKAGES="python3 python3-pexpect dash bash strace bash-completion"
# Only for `make fuzz` (tests/fuzz/README.md): clang brings libFuzzer's runtime with it on
# Debian 12 (libclang-rt-14-dev, a dependency named here so a missing one is installed).
FUZZ_PACKAGES="clang libclang-rt-14-dev"
# Only for the Debian package (debian/, .ci/deb): debhelper brings dh-autoreconf, lintian
# checks the .deb. No fakeroot: debian/control says Rules-Requires-Root: no.
DEB_PACKAGES="debhelper dpkg-dev lintian libncurses-dev"

# configure.ac's checks for the calls that only some systems have, all answered "no", so that
# build-portable/ takes the fallbacks other systems take (src/lib/fd.c, compat.c, spawn.c).
PORTABLE_CONFIG="ac_cv_func_pipe2=no ac_cv_func_memfd_create=no ac_cv_func_mkostemp=no
ac_cv_func_strchrnul=no ac_cv_func_memmem=no ac_cv_func_syscall=no
ac_cv_have_decl_SYS_exit_group=no"

top=$(cd "$(dirname "$0")" && pwd) || exit 1
cd "$top" || exit 1

jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
case $jobs in '' | *[!0-9]*) jobs=2 ;; esac

say() { printf '%s\n' "setup.sh: $*"; }
die() { printf '%s\n' "setup.sh: $*" >&2; exit 1; }

# ---- Packages ----------------------------------------------------------------------------
missing_packages() {
    for p in "$@"; do
        s=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)
        test "$s" = installed || printf '%s ' "$p"
    done
}

install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "not a Debian system: make sure these (or your system's equivalents) are installed:"
        say "  $*"
        return 0
    fi
    need=$(missing_packages "$@")
    need=${need% }
    test -z "$need" && return 0
    if test "$(id -u)" -ne 0; then
        say "missing packages; install them with:"
        printf '\n    sudo apt-get install -y %s\n\n' "$need"
        exit 1
    fi
    say "installing: $need"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q || die "apt-get update failed"
    # shellcheck disable=SC2086 # $need is a list of package names
    apt-get install -y -q --no-install-recommends $need </dev/null || die "apt-get install failed"
}

# ---- Building ------------------------------------------------------------------------------
check_tree() {
    if test -f config.status; then
        die "this source tree has an in-tree build (./config.status); builds here go into
build/ and build-san/: run 'make distclean' in $top first"
    fi
}

bootstrap() {
    # autoreconf when configure is missing or older than what it is made from; make's own
    # rules keep it current after that.
    stale=no
    test -x configure || stale=yes
    for f in configure.ac Makefile.am m4/*.m4; do
        test -f "$f" && test "$f" -nt configure && stale=yes
    done
    if test "${1-}" = force || test $stale = yes; then
        say "autoreconf -fi"
        autoreconf -fi || die "autoreconf failed"
    fi
}

# configure_in DIR ARGS...: configures DIR (unless already configured with the same ARGS).
configure_in() {
    dir=$1
    shift
    mkdir -p "$dir" || die "cannot create $dir"
    want="$*"
    if test -f "$dir/Makefile" && test -f "$dir/.setup-args" &&
        test "$(cat "$dir/.setup-args")" = "$want"; then
        return 0
    fi
    say "configuring $dir: ../configure $want"
    (cd "$dir" && ../configure "$@") || return 1
    printf '%s\n' "$want" >"$dir/.setup-args"
}

now() { date +%s; }
elapsed() { echo $(($(now) - $1)); }

# ---- run -----------------------------------------------------------------------------------
cmd_run() {
    install_packages $BUILD_PACKAGES
    check_tree
    bootstrap
    configure_in build || die "configure failed"
    make -C build -j"$jobs" || die "build failed"
    say "starting build/src/conch (leave with 'exit' or Ctrl-D)"
    exec build/src/conch "$@"
}

# ---- test ----------------------------------------------------------------------------------
# Runs `make check` in DIR; prints its summary even when it failed.
check_in() {
    dir=$1
    shift
    rm -f "$dir/tests/conformance.log"
    if env "$@" make -C "$dir" -j"$jobs" check; then
        return 0
    fi
    say "make check failed in $dir; from $dir/test-suite.log (the failed files' logs):"
    test -f "$dir/test-suite.log" && head -n 300 "$dir/test-suite.log"
    say "the summary so far:"
    if ! test -f "$dir/tests/conformance.log"; then
        env "$@" make -s -C "$dir" check-conformance || true
    fi
    make -s -C "$dir" check-summary || true
    return 1
}

# cases_of DIR: "P F" from `make check-summary` in DIR.
cases_of() {
    make -s -C "$1" check-summary 2>/dev/null |
        sed -n 's/^cases: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p'
}

cmd_test() {
    install_packages $BUILD_PACKAGES $TEST_PACKAGES
    check_tree
    # .ci/run's stage before this one (the Debian package) hands over its line and status.
    status=${SETUP_STATUS:-0}
    report=${SETUP_REPORT:+$SETUP_REPORT
}
    checked=
    start=${SETUP_START:-$(now)}

    t=$(now)
    bootstrap force
    report="${report}autoreconf: $(elapsed "$t") s
"
    # Main build: what users get, warnings as errors, the whole suite and the conformance floor.
    t=$(now)
    if configure_in build --enable-werror && make -C build -j"$jobs"; then
        report="${report}build: ok, $(elapsed "$t") s
"
        t=$(now)
        checked="build"
        if check_in build; then r=ok; else r=FAILED; status=1; fi
        report="${report}check: $r, $(elapsed "$t") s
"
    else
        status=1
        report="${report}build: FAILED, $(elapsed "$t") s
"
    fi

    # Sanitizer build: the same cases under AddressSanitizer (with LeakSanitizer) and UBSan.
    # The conformance suite is skipped there: its floor is measured without sanitizers. So are
    # the reference shells (make check-reference): they do not run conch, once is enough.
    t=$(now)
    if configure_in build-san --enable-sanitizers --enable-werror &&
        make -C build-san -j"$jobs"; then
        report="${report}sanitizer build: ok, $(elapsed "$t") s
"
        t=$(now)
        checked="$checked build-san"
        if check_in build-san CONCH_CONFORMANCE=skip CONCH_REFERENCE=skip \
            ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
            UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"; then
            r=ok
        else
            r=FAILED
            status=1
        fi
        report="${report}sanitizer check: $r, $(elapsed "$t") s
"
    else
        status=1
        report="${report}sanitizer build: FAILED, $(elapsed "$t") s
"
    fi

    # Portable build: the fallbacks forced (PORTABLE_CONFIG), warnings as errors, the cases
    # only (the conformance floor and the reference shells are the main build's business).
    t=$(now)
    if configure_in build-portable --enable-werror $PORTABLE_CONFIG &&
        make -C build-portable -j"$jobs"; then
        report="${report}portable build: ok, $(elapsed "$t") s
"
        t=$(now)
        checked="$checked build-portable"
        if check_in build-portable CONCH_CONFORMANCE=skip CONCH_REFERENCE=skip; then
            r=ok
        else
            r=FAILED
            status=1
        fi
        report="${report}portable check: $r, $(elapsed "$t") s
"
    else
        status=1
        report="${report}portable build: FAILED, $(elapsed "$t") s
"
    fi

    # The tarball builds and passes its tests out of tree (the conformance suite is not in it).
    if test "${SETUP_DISTCHECK-yes}" != no; then
        t=$(now)
        # Its output is long and mostly a repeat of the above: it goes to build/distcheck.log.
        say "make distcheck (output in build/distcheck.log)"
        if test -f build/Makefile &&
            CONCH_REFERENCE=skip make -C build -j"$jobs" distcheck >build/distcheck.log 2>&1
        then
            r=ok
            grep -E '^(PASS|SKIP|FAIL|ERROR|cases):' build/distcheck.log
        else
            r=FAILED
            status=1
            test -f build/distcheck.log && tail -n 60 build/distcheck.log
        fi
        report="${report}distcheck: $r, $(elapsed "$t") s
"
    fi

    echo
    say "summary"
    printf '%s' "$report"
    total_p=0
    total_f=0
    for d in $checked; do
        pf=$(cases_of "$d")
        test -n "$pf" || continue
        set -- $pf
        echo "$d: $1 passed, $2 failed"
        total_p=$((total_p + $1))
        total_f=$((total_f + $2))
    done
    if test -f build/tests/conformance.log; then
        grep -E '^[0-9]+ passed, [0-9]+ failed$' build/tests/conformance.log | tail -n 1 |
            sed 's/^/conformance: /'
    fi
    echo "total time: $(elapsed "$start") s"
    if test $status -eq 0; then say "all stages passed"; else say "FAILED (see above)"; fi
    echo "cases of all builds:"
    echo "$total_p passed, $total_f failed"
    return $status
}

case ${1-} in
run)
    shift
    cmd_run "$@"
    ;;
test)
    shift
    cmd_test
    ;;
deps)
    if test "${2-}" = test; then
        install_packages $BUILD_PACKAGES $TEST_PACKAGES
    elif test "${2-}" = fuzz; then
        install_packages $BUILD_PACKAGES $TEST_PACKAGES $FUZZ_PACKAGES
    elif test "${2-}" = deb; then
        install_packages $BUILD_PACKAGES $TEST_PACKAGES $DEB_PACKAGES
    else
        install_packages $BUILD_PACKAGES
    fi
    ;;
*)
    sed -n '4,11s/^# \{0,1\}//p' "$0" >&2
    exit 2
    ;;
esac
