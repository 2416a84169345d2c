# Syntax errors (XCU 2.8.1: a syntax error in a script exits with status 2, the rest is not run):
# messages name the file, the line and the offending token. dash gives the status and output; the
# message wording is conch's (bash-like).

=== fi without if is a syntax error; earlier lines have run (conch)
--- script
echo a
fi
echo b
--- stdout
a
--- stderr
conch: test.sh: line 2: syntax error near unexpected token 'fi'
--- status
2

=== the whole line is parsed before any of it runs (conch)
--- script
echo a; fi
--- stderr
conch: test.sh: line 1: syntax error near unexpected token 'fi'
--- status
2

=== an unclosed if at end of file (conch)
--- script
if true; then
  echo a
--- stderr
conch: test.sh: line 3: syntax error: unexpected end of file
--- status
2

=== an unmatched ) (conch)
--- script
echo )
--- stderr
conch: test.sh: line 1: syntax error near unexpected token ')'
--- status
2

=== an unterminated double quote (conch)
--- script
echo a
echo "abc
def
--- stdout
a
--- stderr
conch: test.sh: line 2: unexpected EOF while looking for matching '"'
conch: test.sh: line 4: syntax error: unexpected end of file
--- status
2

=== an unterminated single quote (conch)
--- script
echo 'abc
--- stderr-contains
syntax error: unexpected end of file
--- status
2

=== an unterminated $( (conch)
--- script
echo $(echo a
--- stderr
conch: test.sh: line 2: syntax error: unexpected end of file
--- status
2

=== an unterminated ${ (conch)
--- script
echo ${x:-abc
--- stderr-contains
syntax error: unexpected end of file
--- status
2

=== an unterminated backquote (conch)
--- script
echo `echo a
--- stderr-contains
syntax error: unexpected end of file
--- status
2

=== ;; outside case (conch)
--- script
;;
--- stderr
conch: test.sh: line 1: syntax error near unexpected token ';;'
--- status
2

=== an operator with nothing after it (conch)
--- script
true && ;
--- stderr
conch: test.sh: line 1: syntax error near unexpected token ';'
--- status
2

=== a pipeline ending at end of file (conch)
--- script
echo a |
--- stderr
conch: test.sh: line 2: syntax error: unexpected end of file
--- status
2

=== a newline where a case pattern's ) should be (conch)
--- script
case x in a) ;; b
esac
--- stderr
conch: test.sh: line 1: syntax error near unexpected token 'newline'
--- status
2

=== an error inside $( ) is reported at its token (conch)
--- script
echo $(fi); echo after
--- stderr
conch: test.sh: line 1: syntax error near unexpected token 'fi'
--- status
2

=== an error on a later line of a multi-line command (conch)
--- script
if true; then
  echo a
  )
fi
--- stderr
conch: test.sh: line 3: syntax error near unexpected token ')'
--- status
2

=== empty braces and parentheses are errors (conch)
--- script
{ }
--- stderr
conch: test.sh: line 1: syntax error near unexpected token '}'
--- status
2

=== a function name must be a NAME in POSIX mode (conch; dash; conch mode accepts it as bash does)
--- script
set -o posix
f-x() { :; }
echo no
--- stderr
conch: test.sh: line 2: syntax error: bad function name
--- status
2

=== a bad for variable (conch)
--- script
for 1x in a; do :; done
--- stderr
conch: test.sh: line 1: syntax error near unexpected token '1x'
--- status
2

=== a bad substitution is an error when it is expanded, not before (conch; as bash, dash, mksh, ksh93)
--- script
# Scripts written for several shells keep other shells' syntax in branches not taken, as
# bash-completion's git script does with zsh's ${(k)parameters}; the text runs to the }
# that matches, past nested ${...} and quotes.
echo a
if false; then echo ${(M)${(k)parameters[@]}:#x_*} "${y"}"z}"; fi
f() { echo ${#a[1]q} ${!b!}; }
declare -f f
echo ${x!}
echo b
--- stdout
a
f () 
{
    echo ${#a[1]q} ${!b!}
}
--- stderr
conch: test.sh: line 8: ${x!}: bad substitution
--- status
2

=== an error in a backquoted command is a syntax error (conch; conch differs: dash and bash run on)
--- script
echo `fi`; echo after
--- stderr
conch: test.sh: line 1: syntax error near unexpected token 'fi'
--- status
2

=== -n checks the syntax without running anything (conch)
--- command
"$CONCH" -n test.sh
--- script
echo a
if
--- stderr-contains
syntax error
--- status
2

=== -n accepts a valid script and runs nothing (posix)
--- command
"$CONCH" -n test.sh; echo $?
--- script
echo a
if true; then echo b; fi
--- stdout
0

=== -c reports errors without a file name (conch)
--- command
"$CONCH" -c 'echo a; fi'
--- script

--- stderr-contains
line 1: syntax error near unexpected token 'fi'
--- status
2

=== binary garbage is a syntax error, not a crash (conch)
--- command
printf 'echo ok\n\001\002)(\377\n' > bin.sh; "$CONCH" bin.sh
--- script
echo ok
--- stdout
ok
--- stderr-contains
syntax error
--- status
2
