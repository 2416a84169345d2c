# type, hash, alias, unalias, umask, getopts, ulimit, times, help (XCU type, hash, alias,
# unalias, umask, getopts, ulimit, times; help is conch's own).

=== type describes keywords, builtins, functions and files (conch; XCU type, dash's wording; POSIX mode: conch mode shows the function's body)
--- script
f() { :; }
type while if '{' ! cd echo : export f sh
--- stdout
while is a shell keyword
if is a shell keyword
{ is a shell keyword
! is a shell keyword
cd is a shell builtin
echo is a shell builtin
: is a special shell builtin
export is a special shell builtin
f is a shell function
sh is /bin/sh
--- command
PATH=/bin "$CONCH_SH" test.sh

=== type describes aliases (conch)
--- script
alias ll='ls -l'
type ll
--- stdout
ll is an alias for ls -l

=== type of an unknown name fails with status 1, message on stderr (conch; bash; dash: stdout, 127)
--- script
type nosuchcommand_x; echo $?
type echo nosuchcommand_x >/dev/null; echo $?
--- stdout
1
1
--- stderr-contains
type: nosuchcommand_x: not found

=== type of a path names it if it is executable (conch; bash; dash names any path)
--- script
printf '#!/bin/sh\n' >prog; chmod +x prog; : >plain
type ./prog; echo $?
type ./plain; echo $?
--- stdout
./prog is ./prog
0
1
--- stderr-contains
type: ./plain: not found

=== type with an invalid option is a usage error (conch; bash; dash takes it as a name)
--- script
type -z echo; echo $?
--- stdout
2
--- stderr-contains
type: -z: invalid option

=== hash remembers commands, hash -r forgets them (posix; XCU hash)
--- script
ls >/dev/null
hash | grep -q /ls || exit 1
touch hi
hash | grep -q /touch || exit 3
hash -r
hash | grep -q /ls && exit 4
hash cat
hash | grep -q /cat || exit 5
echo ok
--- stdout
ok

=== hash of an unknown command fails with status 1 (posix)
--- script
hash nosuchcommand_x; echo $?
--- stdout
1
--- stderr-contains
hash: nosuchcommand_x: not found

=== alias defines aliases and lists them sorted for re-input (conch; XCU alias; dash: unsorted, quotes ' as '"'"')
--- script
alias a=b c='d e'
alias
alias a
alias q="it's"
alias q
--- stdout
a='b'
c='d e'
a='b'
q='it'\''s'

=== an alias is used by the commands read after it is defined (posix; XCU 2.3.1)
--- script
alias say='echo said'
say hello
--- stdout
said hello

=== alias of an unknown name fails with status 1 (conch)
--- script
alias nosuch; echo $?
--- stdout
1
--- stderr-contains
alias: nosuch: not found

=== unalias removes one alias, unalias -a all of them (conch; XCU unalias; dash lists unsorted)
--- script
alias a=1 b=2 c=3
unalias b
alias
unalias -a
alias
echo end
--- stdout
a='1'
c='3'
end

=== unalias of an unknown name fails with status 1 (conch)
--- script
unalias nosuch; echo $?
--- stdout
1
--- stderr-contains
unalias: nosuch: not found

=== unalias without operands is a usage error (conch; bash; dash ignores it)
--- script
unalias; echo $?
--- stdout
2
--- stderr-contains
unalias: usage: unalias [-a] name...

=== an empty alias is allowed under set -e (posix)
--- script
set -e
alias empty=''
empty
echo ok
--- stdout
ok

=== umask prints and sets the mask in octal (posix; XCU umask)
--- script
umask
umask 027
umask
umask 0
umask
--- stdout
0022
0027
0000

=== umask -S prints the mask symbolically (posix)
--- script
umask -S
umask 027; umask -S
umask 777; umask -S
--- stdout
u=rwx,g=rx,o=rx
u=rwx,g=rx,o=
u=,g=,o=

=== umask accepts symbolic modes with = + - and copies (conch; XCU chmod modes; dash copies from the old mask)
--- script
umask u=rwx,g=rx,o=; umask
umask g+w; umask
umask o-rwx,a+r; umask
umask +x; umask
umask a=; umask
umask u=rw,go=u; umask
--- stdout
0027
0007
0003
0002
0777
0111

=== the umask is used for new files (posix)
--- script
umask 077; : >f; ls -l f | cut -c1-10
--- stdout
-rw-------

=== umask with a bad mode is an error, status 2 (conch; dash)
--- script
umask 8; echo $?
umask u=q; echo $?
umask
--- stdout
2
2
0022
--- stderr-contains
umask: 8: invalid octal mode

=== umask in a subshell does not change the parent's (posix)
--- script
(umask 077); umask
--- stdout
0022

=== getopts parses grouped options and option arguments, OPTARG unset when none (conch; XCU getopts; dash sets it empty)
--- script
set -- -ab -c arg -dval -- x
while getopts abc:d: o; do echo "$o ${OPTARG-unset} $OPTIND"; done
echo "end $o $OPTIND ${OPTARG-unset}"
shift $((OPTIND - 1)); echo "$@"
--- stdout
a unset 2
b unset 2
c arg 4
d val 5
end ? 6 unset
x

=== getopts stops at the first operand and at a lone - (posix)
--- script
set -- -a file -b
while getopts ab o; do echo $o; done; echo $OPTIND
OPTIND=1; set -- -a - -b
while getopts ab o; do echo $o; done; echo $OPTIND
--- stdout
a
2
a
2

=== getopts reports errors itself unless the option string starts with ':' (conch)
--- script
set -- -x -c
while getopts abc: o; do echo "$o ${OPTARG-unset}"; done
OPTIND=1
while getopts :abc: o; do echo "$o ${OPTARG-unset}"; done
--- stdout
? unset
? unset
? x
: c
--- stderr-contains
-x: invalid option

=== getopts parses its own operands when given (posix)
--- script
getopts a o -a -b x; echo "$? $o $OPTIND"
getopts a o -a -b x 2>/dev/null; echo "$? $o $OPTIND"
getopts a o -a -b x; echo "$? $o $OPTIND"
--- stdout
0 a 2
0 ? 3
1 ? 3

=== getopts starts over when OPTIND is set to 1 (posix)
--- script
set -- -ab
getopts ab o; echo $o
OPTIND=1
getopts ab o; echo $o
getopts ab o; echo $o
--- stdout
a
a
b

=== getopts in a function with local OPTIND does not disturb the caller (conch; local is not POSIX; as dash and bash)
--- script
f() { local OPTIND=1; while getopts x o "$@"; do echo "f $o"; done; }
set -- -a -b
getopts ab o; echo $o
f -x -x
getopts ab o; echo $o
--- stdout
a
f x
f x
b

=== getopts usage errors, status 2 (conch; dash; bash 1 for a bad name)
--- script
getopts; echo $?
getopts a 'x y'; echo $?
--- stdout
2
2
--- stderr-contains
getopts: x y: bad variable name

=== ulimit prints and sets the file size limit by default (posix; XCU ulimit)
--- script
ulimit 1000
ulimit
ulimit -f
(ulimit -f 500; ulimit -f)
ulimit -f
--- stdout
1000
1000
500
1000

=== ulimit -n, -H and -S, and unlimited; -a lists conch's limits (conch)
--- script
ulimit -S -n 64; ulimit -n
ulimit -H -c unlimited 2>/dev/null; ulimit -S -c 0; ulimit -c
ulimit -a | grep -c '^-[cdfnstv]:'
--- stdout
64
0
7

=== ulimit with a bad number is an error (conch)
--- script
ulimit -f abc; echo $?
--- stdout
2
--- stderr-contains
ulimit: abc: invalid number

=== times prints two lines of user and system times (conch; XCU times; bash's three decimals, dash six)
--- script
times | sed 's/[0-9]/N/g'
--- stdout
NmN.NNNs NmN.NNNs
NmN.NNNs NmN.NNNs

=== help lists the builtins and describes one (conch)
--- script
help | grep -c '^  '  >/dev/null && echo listed
help cd | head -n 1
help nosuch; echo $?
--- stdout
listed
cd: cd [-L|-P] [-e] [dir]
1
--- stderr-contains
help: nosuch: not a builtin or topic

=== XCU getopts: at the end of options OPTIND is $# + 1 when there are no operands (posix; as dash and bash)
--- script
set -- -h
while getopts h o; do :; done
set --
getopts h o; echo "$? $OPTIND"
--- stdout
1 1
