# POSIX mode keeps the POSIX meaning or the old refusal of each redirection form, assignment
# form and builtin option that conch mode takes from bash (conch-redir.t, conch-builtins.t).
# These cases check POSIX mode: conch runs as `sh` here (run-cases).
# mode: sh

=== echo in POSIX mode: -e and -E are operands, \x and \u stay as written (posix; as dash)
--- script
echo -E 'a\x41\u00e9'; echo -ne x
--- stdout
-E a\x41\u00e9
-ne x

=== printf in POSIX mode has no -v option (posix; conch's message)
--- script
printf -v x '%s' y; echo "st=$? x=$x"
--- stdout
st=2 x=
--- stderr-contains
printf: -v: invalid option

=== printf in POSIX mode has no %q: q is a length modifier (posix; conch's message)
--- script
printf '%q\n' 'a b'; echo "st=$?"
--- stdout
st=2
--- stderr
conch: printf: %q\: invalid directive

=== type in POSIX mode takes no options (posix; conch's message)
--- script
type -t echo; echo "st=$?"
--- stdout
st=2
--- stderr-contains
type: -t: invalid option

=== builtin is not a command in POSIX mode (posix; XCU 2.9.1.4 leaves it unspecified)
--- script
builtin echo hi; echo "st=$?"
--- stdout
st=127
--- stderr
conch: test.sh: line 1: builtin: not found

=== . and source in POSIX mode look in PATH only, not in the current directory (posix; XCU dot)
--- script
echo 'echo here' >f
PATH=/nonexistent
. f; echo "not reached"
--- status
1
--- stderr
conch: test.sh: line 3: .: f: not found
