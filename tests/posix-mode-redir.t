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

=== printf in POSIX mode has no -v option (conch; conch's message)
--- script
printf -v x '%s' y; echo "st=$? x=$x"
--- stdout
st=2 x=
--- stderr-contains
printf: -v: invalid option

=== printf in POSIX mode has no %q: q is a length modifier (conch; conch's message)
--- script
printf '%q\n' 'a b'; echo "st=$?"
--- stdout
st=2
--- stderr
conch: printf: %q\: invalid directive

=== type in POSIX mode takes no options (conch; conch's message)
--- script
type -t echo; echo "st=$?"
--- stdout
st=2
--- stderr-contains
type: -t: invalid option

=== builtin is not a command in POSIX mode (conch; XCU 2.9.1.4 leaves it unspecified)
--- script
builtin echo hi; echo "st=$?"
--- stdout
st=127
--- stderr
conch: test.sh: line 1: builtin: not found

=== . and source in POSIX mode look in PATH only, not in the current directory (conch; XCU dot)
--- script
echo 'echo here' >f
PATH=/nonexistent
. f; echo "not reached"
--- status
1
--- stderr
conch: test.sh: line 3: .: f: not found

=== x+=str in POSIX mode is a command word, not an assignment (conch; as dash)
--- script
x+=1; echo "st=$? x=$x"
--- stdout
st=127 x=
--- stderr
conch: test.sh: line 1: x+=1: not found

=== |& in POSIX mode is | then &, a syntax error (conch; conch's message, dash says the same)
--- script
echo a |& cat
echo not reached
--- status
2
--- stderr
conch: test.sh: line 1: syntax error near unexpected token '&'

=== <(cmd) in POSIX mode is < then a syntax error at ( (conch; conch's message)
--- script
echo first
cat <(echo a)
--- stdout
first
--- status
2
--- stderr
conch: test.sh: line 2: syntax error near unexpected token '('

=== a word then <(cmd) in POSIX mode: the word ends at < (conch; conch's message)
--- script
cat x<(echo a)
--- status
2
--- stderr
conch: test.sh: line 1: syntax error near unexpected token '('

=== >(cmd) in POSIX mode is > then a syntax error at ( (conch; conch's message)
--- script
echo a >(cat)
--- status
2
--- stderr
conch: test.sh: line 1: syntax error near unexpected token '('

=== {fd}>file in POSIX mode is a word {fd} and the redirection >file (conch; as dash)
--- script
{fd}>f; echo "st=$? fd=$fd"; ls f
echo {fd}>f; cat f
--- stdout
st=127 fd=
f
{fd}
--- stderr
conch: test.sh: line 1: {fd}: not found

=== set +o posix turns the forms on for the lines after it (conch; as bash's set +o posix)
--- script
set +o posix
x=a; x+=b; cat <<<"$x"; cat <(echo ps) |& cat
--- stdout
ab
ps
