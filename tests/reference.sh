#!/bin/sh
# reference.sh — `make check` runs the (posix) cases of tests/*.t against the reference shells,
# dash and `bash --posix`, after running them against conch: a case that says "any POSIX shell
# must pass this" is checked against shells that are not conch.
#
# Usage: tests/reference.sh FILE.t...   (CONCH_SRCDIR names the source tree; PYTHON3 python)
# dash must pass every (posix) case but those listed for it in tests/known-deviations; an
# unlisted failure fails (exit 1). bash --posix failures are printed as disagreements between
# the two reference shells, as are dash's known deviations; they fail nothing. Without dash
# the script prints why and exits 77 (skip). Logs: tests/reference-dash.log, -bash.log.

srcdir=${CONCH_SRCDIR:-.}
py=${PYTHON3:-python3}
runner=$srcdir/tests/run-cases
known=$srcdir/tests/known-deviations

if ! command -v dash >/dev/null 2>&1; then
    echo "dash is not installed (apt-get install dash): the (posix) cases were not run against it"
    exit 77
fi
files=
for t in "$@"; do
    files="$files $srcdir/$t"
done
mkdir -p tests

# bash --posix through a wrapper, so that run-cases sees one program named bash-posix.
wrapdir=
if command -v bash >/dev/null 2>&1; then
    wrapdir=$(mktemp -d "${TMPDIR:-/tmp}/conch-ref.XXXXXX") || exit 99
    printf '#!/bin/sh\nexec bash --posix "$@"\n' > "$wrapdir/bash-posix"
    chmod +x "$wrapdir/bash-posix"
    trap 'rm -rf "$wrapdir"' EXIT
fi

# The two shells run side by side: the cases spend their time waiting on children.
# shellcheck disable=SC2086
"$py" "$runner" --shell dash --only posix --deviations "$known" $files \
    > tests/reference-dash.log 2>&1 &
dash_pid=$!
bash_rc=0
if test -n "$wrapdir"; then
    # shellcheck disable=SC2086
    "$py" "$runner" --shell "$wrapdir/bash-posix" --only posix --deviations "$known" $files \
        > tests/reference-bash.log 2>&1
    bash_rc=$?
else
    echo "bash is not installed: (posix) cases not run against bash --posix" > tests/reference-bash.log
fi
wait $dash_pid
dash_rc=$?

# The titles of the lines of a log that start with $1 (`ok` or `not ok`), from standard input.
titles() { sed -n "s/^$1 [0-9]* - //p" | sed 's/ # [a-zA-Z]*:* .*//'; }
# The disagreements: cases one reference shell passes and the other fails.
if test -n "$wrapdir" && test "$bash_rc" -le 1; then
    titles 'not ok' < tests/reference-bash.log > "$wrapdir/bash-fails"
    grep ' # TODO known deviation' tests/reference-dash.log | titles 'ok' > "$wrapdir/dash-fails"
    while IFS= read -r t; do
        if grep -Fxq -- "$t" "$wrapdir/bash-fails"; then
            echo "reference shells agree: both fail (dash: tests/known-deviations): $t"
        else
            echo "reference shells disagree: dash fails (tests/known-deviations): $t"
        fi
    done < "$wrapdir/dash-fails"
    while IFS= read -r t; do
        grep -Fxq -- "$t" "$wrapdir/dash-fails" ||
            echo "reference shells disagree: bash --posix fails, dash passes: $t"
    done < "$wrapdir/bash-fails"
fi
grep ' # note: ' tests/reference-dash.log

summary() { grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | tail -n 1; }
echo "reference: dash (posix cases): $(summary tests/reference-dash.log)"
test -n "$wrapdir" && echo "reference: bash --posix (posix cases): $(summary tests/reference-bash.log)"
case $bash_rc in 0 | 1) ;; *) echo "bash --posix could not run the cases (exit $bash_rc; tests/reference-bash.log)"; exit 1 ;; esac
case $dash_rc in
0) exit 0 ;;
1) grep -A12 '^not ok' tests/reference-dash.log
   echo "dash fails (posix) cases not listed in tests/known-deviations: a conch choice is (conch);"
   echo "a dash deviation from POSIX goes into tests/known-deviations and doc/CONFORMANCE.md"
   exit 1 ;;
*) echo "run-cases could not run the cases against dash (exit $dash_rc; tests/reference-dash.log)"
   exit 1 ;;
esac
