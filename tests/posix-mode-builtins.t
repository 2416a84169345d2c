# Builtins that exist only in conch mode: in POSIX mode (conch runs as `sh` here) the names are
# not builtins and are searched for in PATH, as before conch had them.
# mode: sh

=== pushd, popd and dirs are not builtins in POSIX mode (conch)
--- script
pushd /; echo $?; popd; echo $?; dirs; echo $?
type dirs
--- stdout
127
127
127
--- stderr
conch: test.sh: line 1: pushd: not found
conch: test.sh: line 1: popd: not found
conch: test.sh: line 1: dirs: not found
conch: type: dirs: not found
--- status
1

=== ~1 is no tilde prefix in POSIX mode: an unknown login name, the word stays (conch)
--- script
echo ~1 ~+0
--- stdout
~1 ~+0

=== help still describes a conch-mode builtin in POSIX mode (conch)
--- script
help pushd | head -n 1
--- stdout
pushd: pushd [-n] [dir|+N|-N]

=== read -n, -N, -t and -s are options of conch mode only (conch)
--- script
echo abc | read -n 1 x; echo $?
--- stdout
2
--- stderr-contains
read: -n: invalid option

=== trap ERR is a bad trap and set -E an invalid option in POSIX mode; trap lists no ERR (conch)
--- script
trap 'echo E' ERR
echo "trap: $?"
trap | grep -c ERR
set -o | grep -c errtrace
set -E
echo never
--- stdout
trap: 1
0
0
--- stderr
conch: trap: ERR: bad trap
conch: set: -E: invalid option
set: usage: set [-abCefhmnuvx] [-o option] [--] [arg...]
--- status
2
