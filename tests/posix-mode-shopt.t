# shopt is a conch-mode builtin: POSIX mode does not know it, and the options it set in conch
# mode do not act after `set -o posix` (XCU 2.6.6 pathname expansion, 2.3.1 aliases, 2.9.2
# pipelines, 2.14 patterns keep their POSIX meaning). conch-mode cases: tests/conch-shopt.t.
# These cases check POSIX mode: conch runs as `sh` here (run-cases).
# mode: sh

=== shopt is not found in POSIX mode (conch; own message; as dash)
--- script
shopt -s nullglob
echo "status $?"
--- stdout
status 127
--- stderr
conch: test.sh: line 1: shopt: not found

=== help does not list shopt in POSIX mode (conch)
--- script
help | grep -c '^  shopt '
help | grep -c '^  set '
--- stdout
0
1
--- status
0

=== the glob options set in conch mode do not act in POSIX mode (conch)
--- script
set +o posix
shopt -s nullglob dotglob nocaseglob
set -o posix
touch .h a
echo *.none * A
--- stdout
*.none a test.sh A

=== failglob set in conch mode does not act in POSIX mode (conch)
--- script
set +o posix
shopt -s failglob
set -o posix
echo *.none
--- stdout
*.none

=== extglob set in conch mode: @( is a syntax error again in POSIX mode (conch; own message)
--- script
set +o posix
shopt -s extglob
set -o posix
x=aab; echo ${x#*(a)}
echo @(a|b)
--- stdout
aab
--- stderr
conch: test.sh: line 5: syntax error near unexpected token '('
--- status
2

=== nocasematch set in conch mode does not act in POSIX mode (conch)
--- script
set +o posix
shopt -s nocasematch
set -o posix
case ABC in abc) echo match;; *) echo no;; esac
--- stdout
no

=== lastpipe set in conch mode does not act in POSIX mode (conch)
--- script
set +o posix
shopt -s lastpipe
set -o posix
echo x | read v; echo "[$v]"
--- stdout
[]

=== XCU 2.3.1: aliases expand in POSIX mode even after shopt -u expand_aliases (conch)
--- script
set +o posix
shopt -u expand_aliases
set -o posix
alias say='echo alias'
say 1
--- stdout
alias 1
