#!/usr/bin/env python3
"""gen_script.py — writes a large POSIX shell script for the parse benchmark (bench/workloads/parse.sh).

Usage: gen_script.py LINES [OUTPUT]   (OUTPUT defaults to standard output)

The script is made of numbered blocks that use most of the XCU 2.10 grammar: function definitions,
if/elif/else, while/until/for loops, case with several patterns and ;;, here-documents (expanded,
quoted and <<-), pipelines, and-or lists, subshells, brace groups, command substitutions ($( ) and
backquotes), arithmetic and parameter expansions, quoting of every kind and redirections. The
output is deterministic, so every shell parses exactly the same text. It is also runnable (the
loops are short and nothing touches files outside /dev/null), although the benchmark only parses.
"""

import sys

BLOCK = r'''# block {n}: functions, conditionals and loops
f{n}() {{
    local_{n}=${{1:-default}}
    if [ "$local_{n}" = "x{n}" ]; then
        echo "match {n}: $local_{n}" >/dev/null
    elif [ -n "${{2+set}}" ] && [ "$2" -gt {n} ]; then
        printf '%s\n' "second $2" | cat >/dev/null
    else
        : "${{local_{n}#def}}" "${{local_{n}%%ault}}" "${{#local_{n}}}"
    fi
    return 0
}}
g{n}() (
    i=0
    while [ "$i" -lt 2 ]; do
        i=$((i + 1))
    done
    until [ "$i" -le 0 ]; do i=$(( i - 1 )); done
    echo "$i"
)
for w in a{n} 'b {n}' "c$HOME" $(echo d{n}) `echo e{n}`; do
    case $w in
    a*|'b '*) r=first ;;
    c/*) r="second ${{w#c}}" ;;
    [de][0-9]*) r=third ;;
    *) r=other ;;
    esac
done
cat <<EOF{n} >/dev/null
Here-document {n} with $HOME, $(echo sub) and $((1 + {n})).
A line with a backslash \$ and a quote " and 'single' quotes.
EOF{n}
cat <<'RAW{n}' | wc -l >/dev/null
Raw $text {n} `not run` \ kept
RAW{n}
{{ f{n} x{n}; g{n}; }} >/dev/null 2>&1 || echo "failed {n}" >&2
x{n}=$(f{n} "x{n}" {n}; echo done) y{n}=${{x{n}:-none}}
! false && true || echo never
(cd / && pwd) >/dev/null &
wait
'''

TAB_BLOCK = '''if true; then
\tcat <<-TABS{n} >/dev/null
\t\tindented body {n}: ${{x{n}:+set}}
\tTABS{n}
fi
'''


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: gen_script.py LINES [OUTPUT]\n")
        return 2
    want = int(sys.argv[1])
    out = []
    lines = 0
    n = 0
    while lines < want:
        text = BLOCK.format(n=n) + TAB_BLOCK.format(n=n)
        out.append(text)
        lines += text.count("\n")
        n += 1
    out.append('echo "generated {} blocks"\n'.format(n))
    text = "".join(out)
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
