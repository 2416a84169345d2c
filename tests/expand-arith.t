# Arithmetic expansion (XCU 2.6.4). Expected output is dash's unless a title says otherwise.

=== integer constants: decimal, octal and hexadecimal (posix)
--- script
echo $((10)) $((010)) $((0x10)) $((0X1f)) $((0))
--- stdout
10 8 16 31 0

=== operators and their precedence (posix)
--- script
echo $((1+2*3)) $(((1+2)*3)) $((7/2)) $((-7/2)) $((7%3)) $((-7%3))
echo $((1<<4)) $((256>>2)) $((5&3)) $((5|3)) $((5^3)) $((~5)) $((!0)) $((!7))
echo $((1<2)) $((2<=2)) $((3>4)) $((4>=4)) $((1==1)) $((1!=1))
echo $((1&&0)) $((1||0)) $((0||0)) $((2&&3)) $((-3)) $((+3)) $((- -3))
echo $((1 ? 10 : 20)) $((0 ? 10 : 20)) $((1+2 == 3 ? 4 : 5))
--- stdout
7 9 3 -3 1 -1
16 64 1 7 6 -6 1 0
1 1 0 1 1 0
0 1 0 1 -3 3 3
10 20 4

=== variables are read by name, with or without $ (posix)
--- script
x=6 y=7
echo $((x*y)) $(($x*$y)) $((x + $y))
--- stdout
42 42 13

=== unset and empty variables count as 0 (posix)
--- script
unset u
e=
echo $((u + 1)) $((e + 2))
--- stdout
1 2

=== assignment operators change the variable (posix)
--- script
x=5
echo $((x+=3)) $x
echo $((x-=1)) $((x*=2)) $((x/=3)) $((x%=3)) $x
y=1
echo $((y<<=3)) $((y>>=1)) $((y|=1)) $((y&=6)) $((y^=7)) $y
echo $((z=4)) $z
--- stdout
8 8
7 14 4 1 1
8 4 5 4 3 3
4 4

=== $((x+=1)) in a loop (posix)
--- script
i=0
while [ $i -lt 5 ]; do : $((i+=1)); done
echo $i
n=0
while [ $n -lt 1000 ]; do n=$((n+1)); done
echo $n
--- stdout
5
1000

=== a variable that is not a number is an error (conch)
--- script
x=abc
echo $((x+1))
echo not reached
--- stderr-contains
arithmetic
--- status
2

=== a variable holding a signed number with blanks is fine (posix)
--- script
x=' -3 '
y=0x10
echo $((x+1)) $((y+1))
--- stdout
-2 17

=== division by zero is an error: message and status 2 (conch; XCU 2.8.1)
--- script
echo before
echo $((1/0))
echo not reached
--- stdout
before
--- stderr
conch: test.sh: line 2: arithmetic: division by zero in "1/0"
--- status
2

=== modulo by zero is an error too (posix)
--- script
x=0
(echo $((5 % x)))
echo status $?
--- stdout
status 2
--- stderr-contains
division by zero

=== ** is not an operator in POSIX mode (posix; bash differs; conch mode: conch-arith.t)
--- command
"$CONCH_SH" test.sh
--- script
(echo $((2**3)))
echo status $?
--- stdout
status 2
--- stderr-contains
arithmetic

=== syntax errors (conch)
--- script
(echo $((1+)))
echo $?
(echo $((1 2)))
echo $?
--- stdout
2
2
--- stderr-contains
syntax error

=== overflow wraps around instead of failing (conch; dash dies of SIGFPE on INTMAX_MIN / -1)
--- script
echo $((9223372036854775807 + 1))
echo $((-9223372036854775807 - 1))
echo $(( (-9223372036854775807 - 1) / -1 )) $(( (-9223372036854775807 - 1) % -1 ))
echo $((9223372036854775807 * 2))
--- stdout
-9223372036854775808
-9223372036854775808
-9223372036854775808 0
-2

=== results, assignments and lengths are written in decimal, the least integer and zero too (posix)
--- script
: $((a = -9223372036854775807 - 1)) $((b = 0)) $((c = -40 + 1))
echo "$a $b $c $((a)) $((-0)) $((10 * 10))"
x=$(printf '%0123d' 0); echo "${#x} ${#b}"
--- stdout
-9223372036854775808 0 -39 -9223372036854775808 0 100
123 1

=== && || and ?: do not evaluate the branch not taken (posix)
--- script
a=1 b=1 c=1
echo $((0 && (a=5))) $((1 || (b=5))) $((1 ? 7 : (c=5)))
echo $a $b $c
echo $((0 ? (a=9) : 8)) $a
--- stdout
0 1 7
1 1 1
8 1

=== nested command substitution and parameter expansion inside $(( )) (posix)
--- script
x=2
echo $(( $(echo 3) * 2 )) $(( ${x} * $(echo 4) )) $(( $((1+1)) * 5 ))
--- stdout
6 8 10

=== the result of $(( )) is subject to field splitting when unquoted (posix)
--- script
IFS=1
set -- $((212))
echo $# "$1" "$2"
--- stdout
2 2 2

=== spaces, tabs and newlines inside the expression (posix)
--- script
echo $((	1 +
2 ))
--- stdout
3

=== an empty expression is 0 (conch; as in bash; dash rejects it)
--- script
echo $(( )) $(())
--- stdout
0 0

=== ++ and -- on variables (conch; a common extension; dash lacks it)
--- script
i=5
echo $((i++)) $i $((++i)) $i $((i--)) $i $((--i)) $i
echo $((5--3)) $((1 - -1))
--- stdout
5 6 7 7 7 6 5 5
8 2

=== the comma operator (conch; bash and conch; dash lacks it)
--- script
echo $((a=1, b=2, a+b))
--- stdout
3

=== assignment to a readonly variable fails (conch)
--- script
readonly r=1
(echo $((r=2)))
echo $? $r
--- stdout
2 1
--- stderr-contains
r: readonly variable

=== set -u: an unset variable in an expression is an error (conch; as bash; dash reads 0)
--- script
set -u
x=
echo $((x + 1))
echo $((unset_var + 1))
echo not reached
--- stdout
1
--- stderr
conch: test.sh: line 4: unset_var: parameter not set
--- status
2

=== LINENO is read by name in an expression, like $LINENO (conch; bash; dash reads 0)
--- script
echo $((LINENO)) $((LINENO + 1))

echo $((LINENO))
--- stdout
1 2
3

=== quotes inside $(( )) are kept when the command is written back (conch; bash reads 1"+"2 as 3, dash refuses the quotes)
--- script
printf '%s\n' 'echo $(( 1"+"2 ))' > t
"$CONCH" --ast t 2>&1
--- stdout
SIMPLE  echo $(( 1"+"2 ))
  word $(( 1"+"2 )): ARITH [LIT " 1", LIT "+" (quoted), LIT "2 "]
3

=== a quoted ${...} inside $(( )) is written back in its double quotes (conch)
--- script
printf '%s\n' "x=\$(( \"\${u:-'}'}\" ))" > t
"$CONCH" -n --ast t 2>&1 | sed -n 1p
--- stdout
SIMPLE  x=$(( "${u:-'}""'}" ))
