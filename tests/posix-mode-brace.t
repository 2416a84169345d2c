# Brace expansion is no POSIX expansion: in POSIX mode `{a,b}` and `{1..3}` are ordinary words
# (XCU 2.6 has no such step), as dash prints them. conch-mode cases: tests/conch-brace.t.
# These cases check POSIX mode: conch runs as `sh` here (run-cases).
# mode: sh

=== XCU 2.6: braces are literal characters in POSIX mode (posix; as dash)
--- script
echo {a,b} a{b,c}d {1..3} {a..c}
for i in {1,2}; do echo "$i"; done
--- stdout
{a,b} a{b,c}d {1..3} {a..c}
{1,2}

=== set -B does not bring brace expansion into POSIX mode (conch; conch's choice: bash --posix expands)
--- script
set -B 2>/dev/null; echo {a,b}
--- stdout
{a,b}

=== set +o posix turns it on for the lines read after (conch)
--- script
set +o posix
echo {a,b}
--- stdout
a b
