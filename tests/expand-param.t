# Parameter expansion (XCU 2.6.2) and special parameters (XCU 2.5.2).
# Expected output is dash's; error messages are conch's own wording.

=== ${x-w} and ${x:-w} on unset, empty and set variables (posix; XCU 2.6.2)
--- script
unset u; e=; s=val
echo "[${u-d}] [${u:-d}] [${e-d}] [${e:-d}] [${s-d}] [${s:-d}]"
--- stdout
[d] [d] [] [d] [val] [val]

=== ${x+w} and ${x:+w} (posix; XCU 2.6.2)
--- script
unset u; e=; s=val
echo "[${u+a}] [${u:+a}] [${e+a}] [${e:+a}] [${s+a}] [${s:+a}]"
--- stdout
[] [] [a] [] [a] [a]

=== ${x:=w} assigns and the assignment persists (posix; XCU 2.6.2)
--- script
unset x
echo "${x:=first}"
echo "$x"
echo "${x:=second}"
e=
: ${e=notassigned}
echo "[$e]"
: ${e:=assigned}
echo "[$e]"
--- stdout
first
first
first
[]
[assigned]

=== ${x=w} expands the word with tilde and parameters (posix)
--- script
HOME=/home/h y=why
unset a b
: ${a=~/x} ${b=$y.z}
echo "$a $b"
--- stdout
/home/h/x why.z

=== ${x=w} on a positional parameter is an error (posix; XCU 2.6.2)
--- script
set --
echo ${1=x}
echo not reached
--- stderr-contains
1
--- status
2

=== ${x?} on an unset variable: message and status 2, the shell exits (conch; XCU 2.6.2, 2.8.1)
--- script
unset x
echo before
echo ${x?}
echo not reached
--- stdout
before
--- stderr
conch: test.sh: line 3: x: parameter not set
--- status
2

=== ${x:?msg} on an empty variable prints the message (conch)
--- script
x=
echo ${x:?is empty here}
--- stderr
conch: test.sh: line 2: x: is empty here
--- status
2

=== ${x:?} default message mentions null (conch; XCU 2.6.2)
--- script
x=
echo ${x:?}
--- stderr
conch: test.sh: line 2: x: parameter null or not set
--- status
2

=== ${x?} does nothing when x is set, even if empty (posix)
--- script
x=
echo "[${x?}]"
--- stdout
[]

=== ${x?} in a subshell exits only the subshell (posix)
--- script
(unset x; : ${x?gone}; echo no)
echo "status $?"
--- stdout
status 2
--- stderr-contains
x: gone

=== ${#x} is the length; ${#} the number of parameters (posix; XCU 2.6.2)
--- script
x=hello; e=
set -- a b c
echo ${#x} ${#e} ${#unsetvar} ${#} $#
--- stdout
5 0 0 3 3

=== ${10} is the tenth parameter, $10 is $1 followed by 0 (posix; XCU 2.6.2)
--- script
set -- a b c d e f g h i j k
echo ${10} $10 ${11}
--- stdout
j a0 k

=== smallest and largest prefix and suffix removal (posix; XCU 2.6.2)
--- script
p=/usr/local/lib/file.tar.gz
echo ${p%.*} ${p%%.*} ${p#*/} ${p##*/}
echo ${p%%/*}x ${p#/usr} ${p%.gz}
x=aXbXc
echo ${x%X*} ${x%%X*} ${x#*X} ${x##*X}
--- stdout
/usr/local/lib/file.tar /usr/local/lib/file usr/local/lib/file.tar.gz file.tar.gz
x /local/lib/file.tar.gz /usr/local/lib/file.tar
aXb a bXc c

=== pattern removal: quoted pattern characters are literal (posix)
--- script
x='a*b*c'
star='*'
echo "${x#*\*}" "${x#"a*"}" "${x%"$star"*}" ${x#$star}
--- stdout
b*c b*c a*b a*b*c

=== pattern removal with bracket expressions and ? (posix)
--- script
x=abc123
echo ${x%%[0-9]*} ${x#??} ${x##[[:alpha:]]*[[:alpha:]]}
--- stdout
abc c123 123

=== pattern removal on an unset variable gives nothing (posix)
--- script
unset u
echo "[${u%x}] [${u##*}]"
--- stdout
[] []

=== nested expansions in the word (posix)
--- script
unset a b
c=deep
echo ${a:-${b:-$c}} "${a:-x${b:-y}z}"
--- stdout
deep xyz

=== special parameters $# $? $0 and $$ (posix)
--- script
set -- 1 2 3
false
echo $# $?
case $$ in *[!0-9]*) echo bad;; *) echo pid ok;; esac
echo "$0"
--- stdout
3 1
pid ok
test.sh

=== $0 and positional parameters of -c (posix)
--- command
"$CONCH" -c 'echo "$0|$1|$2|$#"' zero one two
--- stdout
zero|one|two|2

=== $- lists options set with set (posix; XCU 2.5.2)
--- script
set -f
case $- in *f*) echo f on;; esac
set +f -u
case $- in *f*) echo still f;; *u*) echo u on;; esac
--- stdout
f on
u on

=== $! is set after an asynchronous command (posix)
--- script
true &
wait
case $! in '') echo empty;; *[!0-9]*) echo bad;; *) echo pid;; esac
--- stdout
pid

=== set -u: an unset variable is an error (conch; XCU 2.8.1 set -u)
--- script
set -u
echo "${u-default}" "${u+alt}"
echo $u
echo not reached
--- stdout
default 
--- stderr
conch: test.sh: line 3: u: parameter not set
--- status
2

=== set -u: $@ and $* with no parameters are not errors (posix)
--- script
set -u
set --
echo "[$@]" "[$*]" $#
--- stdout
[] [] 0

=== set -u: ${#u} and ${u%x} on unset u are errors (conch)
--- script
set -u
(echo ${#u})
echo $?
(echo ${u%x})
echo $?
--- stdout
2
2
--- stderr
conch: test.sh: line 2: u: parameter not set
conch: test.sh: line 4: u: parameter not set

=== set -u: an unset positional parameter is an error (conch)
--- script
set -u
set -- a
echo $1
echo $2
--- stdout
a
--- stderr
conch: test.sh: line 4: 2: parameter not set
--- status
2

=== ${x=w} on a readonly variable fails (conch)
--- script
readonly r=1
echo ${r=2}
unset q
readonly q
(echo ${q=2})
echo $?
--- stdout
1
2
--- stderr-contains
q: readonly variable

=== assignment x="$x." appends (posix; string building)
--- script
x=
i=0
while [ $i -lt 5 ]; do x="$x."; i=$((i+1)); done
echo "$x" ${#x}
--- stdout
..... 5

=== ${x:-w} with a command substitution only runs it when needed (posix)
--- script
x=set
echo ${x:-$(echo ran >&2; echo no)}
unset x
echo ${x:-$(echo yes)}
--- stdout
set
yes

=== LINENO is the line of the command being run, also inside functions (posix; XCU 2.5.3; as bash, Debian's dash leaves it empty)
--- script
echo $LINENO

echo "$LINENO"
f() {
  echo "in f $LINENO"
}
f
--- stdout
1
3
in f 5

=== XCU 2.6.2: "${*:-w}" tests the joined value: with IFS empty, "" "" is null (posix; dash, bash, mksh, ksh93 agree)
--- script
set -- "" ""
IFS=
echo "[${*:-minus}] [${*:+plus}]"
x=${*:-um}; echo "x=$x"
unset IFS
echo "[${*:-minus}]"
--- stdout
[minus] []
x=um
[ ]
