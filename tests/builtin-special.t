# Special builtins (XCU 2.15) and the declaration utilities: errors that end a non-interactive
# shell, assignments that persist, and the POSIX 2024 expansion rules for export/readonly.

=== assignments before : and eval persist, before true they do not (posix; XCU 2.15)
--- script
x=1 :; echo $x
y=2 eval 'echo in $y'; echo $y
z=3 true; echo ${z-unset}
--- stdout
1
in 2
2
unset

=== exit with a non-numeric operand is an error, status 2 (conch; XCU exit)
--- script
exit foo
echo not reached
--- stderr
conch: exit: foo: numeric argument required
--- status
2

=== exit with two operands is an error (conch; bash; dash ignores the second)
--- script
exit 1 2
echo not reached
--- stderr
conch: exit: too many arguments
exit: usage: exit [n]
--- status
2

=== exit with an operand that is not a number, even one like an option (conch; bash)
--- script
exit -x
--- stderr-contains
exit: -x: numeric argument required
--- status
2

=== break and continue with a count of 0 end the shell, status 2 (conch; dash; XCU break)
--- script
for i in 1; do break 0; done
echo not reached
--- stderr
conch: break: 0: loop count out of range
--- status
2

=== break with a count larger than the loops leaves them all (posix; XCU break)
--- script
for i in 1 2; do for j in a b; do break 5; done; echo no; done; echo $i$j
for i in 1 2 3; do continue 9; echo no; done; echo $i
--- stdout
1a
3

=== return outside a function or dot script (conch; dash: ignored; status kept)
--- script
false
return
echo not reached
--- status
1

=== return with a non-numeric operand ends the shell, status 2 (conch; dash)
--- script
f() { return x; }
f
echo not reached
--- stderr
conch: return: x: numeric argument required
--- status
2

=== return 256 wraps like an exit status (conch; bash; dash keeps 256 in $?)
--- script
f() { return 300; }; f; echo $?
--- stdout
44

=== dot without a file is a usage error, status 2 (conch; bash)
--- script
.
echo not reached
--- stderr
conch: .: filename argument required
.: usage: . file [arg...]
--- status
2

=== dot: return leaves the file with its status; exit leaves the shell (posix)
--- script
echo 'return 5; echo no' > r.sh
. ./r.sh; echo $?
echo 'exit 6' > e.sh
(. ./e.sh; echo no); echo $?
--- stdout
5
6

=== times takes no operands and ignores them (conch; dash)
--- script
times x >/dev/null; echo $?
--- stdout
0

=== eval with no operands succeeds; a syntax error under command does not end the shell (conch)
--- script
false; eval; echo $?
command eval 'if'; echo reached $?
--- stdout
0
reached 2
--- stderr-contains
syntax error

=== trap with an invalid option is a usage error, status 2 (conch)
--- script
trap -x
echo not reached
--- stderr-contains
trap: -x: invalid option
--- status
2

=== a function cannot be named after a special builtin (conch; dash, bash)
--- script
export() { echo mine; }
echo not reached
--- stderr
conch: test.sh: line 1: export: is a special builtin
--- status
2

=== a function named after a regular builtin replaces it; command finds the builtin (posix)
--- script
echo() { printf 'mine\n'; }
echo x
command echo y
cd() { printf 'mycd\n'; }
cd /
command cd / && pwd
--- stdout
mine
y
mycd
/

=== export NAME=value is expanded like an assignment: no field splitting (posix; POSIX 2024)
--- script
y='a  b'
export x=$y
echo "$x"
readonly r=$y
echo "$r"
--- stdout
a  b
a  b

=== export and readonly expand a tilde after = and after : in NAME=value (posix; POSIX 2024)
--- script
HOME=/home/u
export a=~ b=x:~/y c="~"
readonly d=~/z
echo $a $b $c $d
--- stdout
/home/u x:/home/u/y ~ /home/u/z

=== the declaration rule also holds behind command, and for local (conch; local is not POSIX; as dash)
--- script
HOME=/h
y='1 2'
command export a=~ b=$y
f() { local l=~ m=$y; echo "$l $m"; }
f
echo "$a $b"
--- stdout
/h 1 2
/h 1 2

=== only operands that look like assignments are expanded that way (posix)
--- script
touch file1
y='p q'
export $y=1; echo "$?$q"
export "v"=~ 2>/dev/null; echo "$v"
echo x=~
--- stdout
01
~
x=~
--- status
0

=== a declaration utility named by an expansion is one too (conch; dash; bash decides on the word as written)
--- script
e=export
y='a b'
$e k=$y
echo "[$k]"
--- stdout
[a b]

=== set -n: the rest of the script is read, not run (conch; XCU set -n)
--- script
echo before
set -n
echo after
if then fi
--- stdout
before
--- stderr-contains
syntax error
--- status
2

=== set -n also skips the rest of the line that turned it on (conch; dash, bash)
--- script
set -n; echo not run
echo neither
--- stdout

=== "--" ends the options of eval, exec, ., times and getopts (conch; bash; dash takes it as an operand)
--- script
eval -- echo e
echo 'echo dot "$@"' > d.sh
. -- ./d.sh x
times -- >/dev/null && echo t
getopts -- a o -a && echo "g $o"
exec -- echo exec
--- stdout
e
dot x
t
g a
exec

=== exec -- without a command keeps its redirections, as exec 3>&1 does (conch; XCU 2.15 does not require special builtins to take --; as bash, dash runs a command named --)
--- script
exec -- 3>&1
echo ok >&3
command exec -- 4>&1
echo ok4 >&4
--- stdout
ok
ok4
