# export, readonly, unset, local and set (XCU export, readonly, unset, set; local as in dash).

=== export puts a variable in the environment of commands (posix; XCU export)
--- script
x=1; sh -c 'echo "[${x-unset}]"'
export x; sh -c 'echo "[${x-unset}]"'
export y=two; sh -c 'echo "[$y]"'
--- stdout
[unset]
[1]
[two]

=== export -p lists exported variables for re-input, quoting the values (conch; dash quotes ' as '"'"')
--- script
export a="it's" b='x y' c
export -p | grep -E '^export [abc](=|$)'
--- stdout
export a='it'\''s'
export b='x y'
export c

=== export -p output can be read back (posix)
--- script
export v='a  b'\''c'
export -p | grep '^export v=' >saved
unset v; . ./saved; echo "$v"; sh -c 'echo "$v"'
--- stdout
a  b'c
a  b'c

=== export without operands is export -p (conch)
--- script
export e1=1
export | grep '^export e1='
--- stdout
export e1='1'

=== export of an unset variable marks it for later (posix; XCU export)
--- script
unset x
export x
export -p | grep -x 'export x'
x=later; sh -c 'echo $x'
--- stdout
export x
later

=== export with a bad name is an operand error that ends the script, status 2 (conch; XCU 2.8.1; dash and yash 2, bash 1)
--- script
export 'a b=1'
echo not reached
--- status
2
--- stderr-contains
export: a b=1: bad variable name

=== export with an invalid option is a usage error (conch)
--- script
(export -x); echo $?
--- stdout
2
--- stderr-contains
export: -x: invalid option

=== readonly + and unset % are operand errors: the script ends with status 2 (conch; XCU 2.8.1; as dash and yash, bash 1)
--- script
(readonly +; echo not reached); echo "readonly $?"
(unset %; echo not reached); echo "unset $?"
(export a=1 %; echo not reached); echo "export $?"
(unset x %; echo not reached); echo "unset after a good name $?"
--- stdout
readonly 2
unset 2
export 2
unset after a good name 2
--- stderr-contains
readonly: +: bad variable name

=== an operand error under command only fails, with status 2, and the script goes on (conch; XCU 2.15)
--- script
command unset % 2>/dev/null; echo "unset $?"
command readonly + 2>/dev/null; echo "readonly $?"
--- stdout
unset 2
readonly 2

=== readonly makes a variable unchangeable (posix; XCU readonly)
--- script
readonly r=5
echo $r
(r=6) 2>/dev/null || echo cannot assign
(unset r) 2>/dev/null || echo cannot unset
--- stdout
5
cannot assign
cannot unset

=== readonly -p lists read-only variables for re-input (posix)
--- script
readonly r1='a b' r2
readonly -p | grep -E '^readonly r[12]'
--- stdout
readonly r1='a b'
readonly r2

=== readonly on a read-only variable with a value is an error that ends the script (conch; status 1; dash 2)
--- script
readonly r=1
readonly r=2
echo not reached
--- status
1
--- stderr-contains
r: readonly variable

=== export of a read-only variable with a value is an error, status 1 (conch; bash; dash 2)
--- script
readonly r=1
(export r=2); echo $?
export r; echo $? $r
--- stdout
1
0 1
--- stderr-contains
r: readonly variable

=== unset removes variables (posix; XCU unset)
--- script
a=1 b=2
unset a b nosuch
echo "${a-unset} ${b-unset}"
--- stdout
unset unset

=== unset -v and -f choose variables or functions (posix)
--- script
f() { echo function; }
f=variable
unset -f f
echo $f
f 2>/dev/null || echo no function
f() { echo function; }
unset -v f
f; echo "${f-unset}"
--- stdout
variable
no function
function
unset

=== unset of a read-only variable is an error that ends the script, status 1 (conch; XCU 2.8.1; dash 2)
--- script
readonly x=foo
y=bar
unset y
echo ${y-unset}
unset x
echo not reached
--- stdout
unset
--- status
1
--- stderr-contains
x: readonly variable

=== unset of a read-only variable under command only fails, status 1 (conch; XCU 2.15; dash 2)
--- script
readonly x=foo
command unset x; echo $?
--- stdout
1
--- stderr-contains
x: readonly variable

=== local variables are restored when the function returns (conch; dash semantics)
--- script
f() { local x=2 y; y=3; echo "in $x $y"; g; }
g() { echo "g $x $y"; x=9; }
x=1; y=1; f; echo "out $x $y"
--- stdout
in 2 3
g 2 3
out 1 1

=== local without a value keeps the current value (conch; dash; bash unsets)
--- script
x=1
f() { local x; echo "[${x-unset}]"; x=5; }
f; echo $x
--- stdout
[1]
1

=== local of an unset variable leaves it unset after return (conch; local is not POSIX; as dash and bash)
--- script
f() { local v=inside; echo $v; }
f; echo "${v-unset}"
--- stdout
inside
unset

=== local outside a function is an error, status 1 (conch; bash; dash exits)
--- script
local x=1; echo $?
--- stdout
1
--- stderr-contains
local: not in a function

=== set without arguments lists variables for re-input (conch; XCU set; dash quotes ' as '"'"')
--- script
myvar='a b c'
set | grep '^myvar=' >scr
unset myvar; . ./scr
printf '%s\n' $myvar
set | grep '^q='
q="it's"; set | grep '^q='
--- stdout
a
b
c
q='it'\''s'

=== set replaces the positional parameters; set -- clears them (posix; XCU set)
--- script
set -- a b c
echo $# $1
set x
echo $# $1
set --
echo $#
set -- "a b" c
echo $# "$1"
set -- -x -y
echo $# "$1"
--- stdout
3 a
1 x
0
2 a b
2 -x

=== set with options only keeps the positional parameters (posix)
--- script
set -- a b
set -e
echo $#
set +e
--- stdout
2

=== set - turns off -x and -v and ends the options (posix)
--- script
set -- a b
set -x -
case $- in *x*) echo xtrace on;; *) echo xtrace off;; esac
echo $#
set - -n
echo $# $1
--- stdout
xtrace off
2
1 -n

=== set turns options on and off by letter and by -o name (posix)
--- script
set -f -u
case $- in *f*u*|*u*f*) echo both on;; esac
set +fu
case $- in *[fu]*) echo still on;; *) echo both off;; esac
set -o noglob
case $- in *f*) echo noglob on;; esac
set +o noglob
case $- in *f*) echo noglob still on;; *) echo noglob off;; esac
--- stdout
both on
both off
noglob on
noglob off

=== set -o and set +o print the options, +o as commands that restore them (posix)
--- script
set -o noglob
set -o | grep '^noglob' | tr -s ' \t' ' '
set +o | grep 'noglob'
saved=$(set +o)
set +f
eval "$saved"
case $- in *f*) echo restored;; esac
--- stdout
noglob on
set -o noglob
restored

=== set with an invalid option is an error that ends the script, status 2 (conch; XCU 2.8.1)
--- script
set -y
echo not reached
--- status
2
--- stderr-contains
set: -y: invalid option

=== set -o with an unknown name is an error, status 2 (conch)
--- script
(set -o nosuch); echo $?
--- stdout
2
--- stderr-contains
set: nosuch: invalid option name

=== shift drops positional parameters (posix; XCU shift)
--- script
set -- a b c d
shift; echo $# "$*"
shift 2; echo $# "$*"
shift 0; echo $# "$*"
shift; echo $#
--- stdout
3 b c d
1 d
1 d
0

=== shift past the end is an error that ends the script, status 2 (conch; dash)
--- script
set -- a
shift 2
echo not reached
--- status
2
--- stderr-contains
shift: can't shift that many

=== shift past the end under command only fails, status 2 (conch; dash)
--- script
command shift 1; echo $?
--- stdout
2
--- stderr-contains
shift: can't shift that many

=== shift with a bad count is an error, status 2 (conch)
--- script
(shift abc); echo $?
--- stdout
2
--- stderr-contains
shift: abc: invalid number

=== shift inside a function shifts the function's parameters (posix)
--- script
f() { shift; echo "$@"; }
set -- x y
f a b c
echo "$@"
--- stdout
b c
x y

=== local after a prefix assignment makes the variable local to the function, not to local's own run (conch; dash and bash agree)
--- script
f() { E=env local v=var; echo "v=$v"; v=changed; }
v=outer
f
echo "v=$v"
--- stdout
v=var
v=outer

=== local after a prefix assignment outside a function is still an error (conch)
--- script
E=x local y; echo $?
--- stdout
1
--- stderr
conch: local: not in a function

=== XCU 2.8.1: a variable assignment error ends a script with 2: a readonly variable assigned, in eval or by for (posix; as dash, yash agrees but for `for`, bash 1)
--- command
for c in 'r=2' 'eval r=2' 'r=2 :' 'for r in a; do :; done'; do
  "$CONCH" -c "readonly r=1; $c; echo not reached" 2>/dev/null; echo $?
done
--- stdout
2
2
2
2

=== export -n takes the export attribute off; readonly -a and -A make read-only arrays (conch; as bash)
--- script
x=1; export x; export -n x; env | grep -c '^x='; echo "x=$x"
export -n y=2; echo "y=$y"; env | grep -c '^y='
readonly -a ra=(1 2); echo "${ra[1]}"
readonly -A rm=([k]=v); echo "${rm[k]}"
ra[0]=3
echo never
--- stdout
0
x=1
y=2
0
2
v
--- stderr
conch: test.sh: line 5: ra: readonly variable
--- status
2

=== declare -n and local -n: a name reference reads, assigns and unsets the variable it names (conch; as bash)
--- script
declare -n ref=target; target=5; echo "1: $ref"
ref=6; echo "2: $target ${!ref}"
declare -p ref
f() { local -n arr=$1; arr+=(z); echo "3: ${#arr[@]} ${arr[0]}"; arr[5]=w; }
list=(a b); f list; echo "4: ${list[*]} ${!list[*]}"
g() { local -n out=$1; out="set by g"; }; g result; echo "5: $result"
declare -n r2; r2=other; other=7; echo "6: $r2"; declare -p r2
unset ref; echo "7: [${target-unset}] $(declare -p ref)"
target=9; unset -n ref; echo "8: [${ref-unset}] $target"
h() { local -n m=$1; m[k]=v; }; declare -A assoc; h assoc; echo "9: ${assoc[k]}"
declare -n e=EXP; export e=ex; env | grep '^EXP='
declare +n r2; echo "10: $r2"; declare -p r2
--- stdout
1: 5
2: 6 target
declare -n ref="target"
3: 3 a
4: a b z w 0 1 2 5
5: set by g
6: 7
declare -n r2="other"
7: [unset] declare -n ref="target"
8: [unset] 9
9: v
EXP=ex
10: other
declare -- r2="other"

=== a name reference to itself, to a bad name or round in a circle is refused (conch; bash refuses the first two and warns of the circle at each use)
--- script
declare -n self=self; echo "self: $?"
declare -n bad='a b'; echo "bad: $?"
declare -n c1=c2; declare -n c2=c1; echo "circle: $? [$c1]"
declare -rn rr=q; rr=3; echo "readonly: $q"
declare -n rr=z; echo "again: $?"
--- stdout
self: 1
bad: 1
circle: 1 []
readonly: 3
again: 1
--- stderr
conch: test.sh: line 1: self: nameref variable self references not allowed
conch: test.sh: line 2: bad: 'a b': invalid variable name for name reference
conch: test.sh: line 3: c2: circular name reference
conch: test.sh: line 5: rr: readonly variable

=== a chain of name references stops after 8 links with a warning, not a hang (conch; bash stops there too and calls it circular)
--- script
i=0
while [ $i -lt 10 ]; do declare -n "r$i=r$((i + 1))"; i=$((i + 1)); done
r10=end
echo "short: $r5"
echo "long: [$r0]"
--- stdout
short: end
long: [r9]
--- stderr
conch: test.sh: line 5: warning: r8: name reference chain too long or circular
