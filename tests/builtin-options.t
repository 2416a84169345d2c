# Every builtin answers an unknown option the same way: "conch: NAME: -X: invalid option",
# its usage line, status 2. For special builtins (XCU 2.15) that is an error that ends a
# non-interactive shell (XCU 2.8.1). break, continue, exit and return take a number
# instead, as in bash.

=== alias -Q is a usage error, status 2 (conch)
--- script
alias -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: alias: -Q: invalid option
alias: usage: alias [name[=value]...]

=== cd -Q is a usage error, status 2 (conch)
--- script
cd -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: cd: -Q: invalid option
cd: usage: cd [-L|-P] [-e] [dir]

=== command -Q is a usage error, status 2 (conch)
--- script
command -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: command: -Q: invalid option
command: usage: command [-p] [-v|-V] name [arg...]

=== getopts -Q is a usage error, status 2 (conch)
--- script
getopts -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: getopts: -Q: invalid option
getopts: usage: getopts optstring name [arg...]

=== hash -Q is a usage error, status 2 (conch)
--- script
hash -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: hash: -Q: invalid option
hash: usage: hash [-r] [name...]

=== help -Q is a usage error, status 2 (conch)
--- script
help -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: help: -Q: invalid option
help: usage: help [name...]

=== local -Q is a usage error, status 2 (conch)
--- script
local -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: local: -Q: invalid option
local: usage: local name[=value]...

=== pwd -Q is a usage error, status 2 (conch)
--- script
pwd -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: pwd: -Q: invalid option
pwd: usage: pwd [-L|-P]

=== read -Q is a usage error, status 2 (conch)
--- script
read -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: read: -Q: invalid option
read: usage: read [-r] [-d delim] [-p prompt] [name...]

=== type -Q is a usage error, status 2 (conch)
--- script
type -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: type: -Q: invalid option
type: usage: type [-afptP] name...

=== ulimit -Q is a usage error, status 2 (conch)
--- script
ulimit -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: ulimit: -Q: invalid option
ulimit: usage: ulimit [-H|-S] [-a|-c|-d|-f|-n|-s|-t|-v] [limit]

=== umask -Q is a usage error, status 2 (conch)
--- script
umask -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: umask: -Q: invalid option
umask: usage: umask [-S] [mask]

=== unalias -Q is a usage error, status 2 (conch)
--- script
unalias -Q
echo "status $?"
--- stdout
status 2
--- stderr
conch: unalias: -Q: invalid option
unalias: usage: unalias [-a] name...

=== . -Q is a usage error that ends the shell, status 2 (conch; special builtin)
--- script
. -Q
echo not reached
--- stderr
conch: .: -Q: invalid option
.: usage: . file [arg...]
--- status
2

=== XCU eval has no options: eval -z runs the command -z and the script goes on (conch; the message is conch's; as dash, bash goes on too)
--- script
eval -z; echo "still here $?"
--- stdout
still here 127
--- stderr
conch: test.sh: line 1: -z: not found

=== exec -Q is a usage error that ends the shell, status 2 (conch; special builtin)
--- script
exec -Q
echo not reached
--- stderr
conch: exec: -Q: invalid option
exec: usage: exec [command [arg...]]
--- status
2

=== export -Q is a usage error that ends the shell, status 2 (conch; special builtin)
--- script
export -Q
echo not reached
--- stderr
conch: export: -Q: invalid option
export: usage: export [-p] [name[=value]...]
--- status
2

=== readonly -Q is a usage error that ends the shell, status 2 (conch; special builtin)
--- script
readonly -Q
echo not reached
--- stderr
conch: readonly: -Q: invalid option
readonly: usage: readonly [-p] [name[=value]...]
--- status
2

=== set -Q is a usage error that ends the shell, status 2 (conch; special builtin)
--- script
set -Q
echo not reached
--- stderr
conch: set: -Q: invalid option
set: usage: set [-abCefhmnuvx] [-o option] [--] [arg...]
--- status
2

=== shift -Q is a usage error that ends the shell, status 2 (conch; special builtin)
--- script
shift -Q
echo not reached
--- stderr
conch: shift: -Q: invalid option
shift: usage: shift [n]
--- status
2

=== source -Q is a usage error that ends the shell, status 2 (conch; as for .)
--- script
source -Q
echo not reached
--- stderr
conch: source: -Q: invalid option
source: usage: source file [arg...]
--- status
2

=== times -Q is a usage error that ends the shell, status 2 (conch; special builtin)
--- script
times -Q
echo not reached
--- stderr
conch: times: -Q: invalid option
times: usage: times
--- status
2

=== trap -Q is a usage error that ends the shell, status 2 (conch; special builtin)
--- script
trap -Q
echo not reached
--- stderr
conch: trap: -Q: invalid option
trap: usage: trap [-p] [action condition...]
--- status
2

=== unset -Q is a usage error that ends the shell, status 2 (conch; special builtin)
--- script
unset -Q
echo not reached
--- stderr
conch: unset: -Q: invalid option
unset: usage: unset [-v|-f] name...
--- status
2

=== break -Q is not a number: an error that ends the shell, status 2 (conch; bash)
--- script
f() { for i in 1; do break -Q; done; }
f
echo not reached
--- stderr
conch: break: -Q: numeric argument required
--- status
2

=== continue -Q is not a number: an error that ends the shell, status 2 (conch; bash)
--- script
f() { for i in 1; do continue -Q; done; }
f
echo not reached
--- stderr
conch: continue: -Q: numeric argument required
--- status
2

=== exit -Q is not a number: an error that ends the shell, status 2 (conch; bash)
--- script
f() { for i in 1; do exit -Q; done; }
f
echo not reached
--- stderr
conch: exit: -Q: numeric argument required
--- status
2

=== return -Q is not a number: an error that ends the shell, status 2 (conch; bash)
--- script
f() { for i in 1; do return -Q; done; }
f
echo not reached
--- stderr
conch: return: -Q: numeric argument required
--- status
2

=== XCU set: a lone + is ignored and option parsing goes on (posix; as dash and bash)
--- script
set +; echo $#
set -- a b c
set +; echo $#
{ set -x + -v x y; r=$-; set +xv; } 2>/dev/null; echo $# "$@"
case $r in *v*x*|*x*v*) echo xv;; esac
--- stdout
0
3
2 x y
xv
