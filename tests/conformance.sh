#!/bin/sh
# conformance.sh — runs the shared POSIX conformance suite (shared/conformance, beside the
# repository) against the built conch, invoked as `sh`; `make check` runs it after the cases
# (check-local).
#
# It fails when fewer tests pass than the number in tests/conformance-floor: raise that number
# whenever conch passes more, so that a change that breaks a passing test is caught.
# Exit status (automake's convention): 0 pass, 1 below the floor, 77 skipped, 99 could not run.
#
# Environment: CONCH (the shell under test), CONCH_SRCDIR (top of the source tree),
# CONFORMANCE_DIR (the suite; default $CONCH_SRCDIR/../shared/conformance),
# CONFORMANCE_ARGS (extra runner options, e.g. "-v" or "-t 20"),
# CONCH_CONFORMANCE=skip to skip the suite (CI does in the sanitizer build: the floor is
# measured without sanitizers, which slow down the tests that measure time).

srcdir=${CONCH_SRCDIR:-${srcdir:-.}}
conch=${CONCH:?CONCH must name the shell under test}
suite=${CONFORMANCE_DIR:-$srcdir/../shared/conformance}
floor_file=$srcdir/tests/conformance-floor

if test "${CONCH_CONFORMANCE-}" = skip; then
    echo "conformance: skipped (CONCH_CONFORMANCE=skip)"
    exit 77
fi
if test ! -x "$suite/run"; then
    echo "conformance: $suite/run not found; skipping the conformance suite"
    echo "(it lives in shared/conformance beside the repository, which a tarball does not have)"
    exit 77
fi
if test ! -x "$conch"; then
    echo "conformance: $conch: not built" >&2
    exit 99
fi
floor=$(tr -cd '0-9' < "$floor_file" 2>/dev/null)
if test -z "$floor"; then
    echo "conformance: $floor_file: expected one number (the least number of passing tests)" >&2
    exit 99
fi

out=${TMPDIR:-/tmp}/conch-conformance.$$
link=$out.d
trap 'rm -rf "$out" "$link"' EXIT
trap 'exit 130' INT TERM HUP

# The suite checks a POSIX shell, so conch runs as one: invoked as `sh` (POSIX mode), through a
# link of that name, as it runs when installed as /bin/sh.
case $conch in /*) ;; *) conch=$(pwd)/$conch ;; esac
mkdir "$link" && ln -s "$conch" "$link/sh" || exit 99

# shellcheck disable=SC2086 # CONFORMANCE_ARGS is a list of options
"$suite/run" $CONFORMANCE_ARGS "$link/sh" > "$out"
rc=$?
cat "$out"
if test "$rc" -ne 0; then
    echo "conformance: the runner failed (exit status $rc)" >&2
    exit 99
fi
summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$out" | tail -n 1)
if test -z "$summary"; then
    echo "conformance: no 'N passed, N failed' line from the runner" >&2
    exit 99
fi
passed=${summary%% passed*}
echo "conformance floor: $floor (tests/conformance-floor)"
if test "$passed" -lt "$floor"; then
    echo "conformance: FAIL: $passed passed, fewer than the floor of $floor"
    exit 1
fi
if test "$passed" -gt "$floor"; then
    echo "conformance: $passed passed, above the floor of $floor: raise tests/conformance-floor"
fi
exit 0
