# conch mode: bash's arithmetic extensions in $(( )) (** and base#digits), the (( )) command,
# for (( ; ; )), the let builtin and the time keyword. POSIX mode keeps none of them:
# posix-mode-arith.t. Where bash and ksh93 differ, conch follows bash.

=== ** is the power operator, right associative, below the unary operators (conch; as bash)
--- script
echo $((2**10)) $((2**3**2)) $((-2**2)) $((2*3**2)) $((0**0)) $((2**63))
--- stdout
1024 512 4 18 1 -9223372036854775808

=== ** with a negative exponent is an error (conch; own message and status 2, bash says 1)
--- script
(echo $((2**-1)))
echo status $?
--- stdout
status 2
--- stderr-contains
exponent less than 0

=== base#digits constants from base 2 to 64 with bash's digits (conch; as bash)
--- script
echo $((2#101)) $((8#17)) $((16#ff)) $((16#FF)) $((36#Zz)) $((64#@_)) $((64#aA)) $((10#08))
--- stdout
5 15 255 255 1295 4031 676 8

=== base#digits in a variable's value (conch; as bash)
--- script
x=16#ff y=2#11
echo $((x + y))
--- stdout
258

=== bad base#digits constants are errors (conch; own messages and status 2, bash says 1)
--- script
(echo $((1#1))); echo $?
(echo $((65#1))); echo $?
(echo $((16#g))); echo $?
(echo $((2#))); echo $?
--- stdout
2
2
2
2
--- stderr
conch: test.sh: line 1: arithmetic: invalid arithmetic base "1#1" in "1#1"
conch: test.sh: line 2: arithmetic: invalid arithmetic base "65#1" in "65#1"
conch: test.sh: line 3: arithmetic: value too great for base "16#g" in "16#g"
conch: test.sh: line 4: arithmetic: invalid number "2#" in "2#"

=== (( )) is 0 when the value is not zero, 1 when it is; assignments stay (conch; as bash)
--- script
((5)); echo $?
((0)); echo $?
((x = 2 + 3, y = x * 2)); echo $? $x $y
x=1; (( x++ )) && echo post $x
(( x -= 2 )) || echo zero $x
--- stdout
0
1
0 5 10
post 2
zero 0

=== a bad expression in (( )) fails with status 1 and the script goes on (conch; as bash, own message)
--- script
((1/0)); echo status $?
(( 1 + )); echo status $?
--- stdout
status 1
status 1
--- stderr
conch: test.sh: line 1: arithmetic: division by zero in "1/0"
conch: test.sh: line 2: arithmetic: syntax error in " 1 + "

=== (( )) expands parameters, command substitutions and quotes first, over several lines (conch; as bash)
--- script
n=3
(( $(echo 2) * "$n" == 6 )) && echo six
((
  n += 1
)) && echo $n $LINENO
--- stdout
six
4 5

=== (( )) is a compound command: redirections, pipelines, and-or lists, ! (conch; as bash)
--- script
((x = 7)) >out && echo $x
((1)) | cat && echo piped
! ((0)) && echo negated
if ((x > 5)); then echo big; fi
while ((x > 5)); do ((x--)); done; echo $x
--- stdout
7
piped
negated
big
5

=== ((...) ...) that cannot be arithmetic is two subshells, as bash and ksh read it (conch)
--- script
((echo a); (echo b))
((echo c) | cat)
echo $( ((echo d); echo e) )
((y = 2)); echo y=$y
--- stdout
a
b
c
d e
y=2

=== set -x traces (( )) and for (( )) with the expanded text (conch; as bash)
--- script
x=5
set -x
(( x > $x ))
for ((i=0; i<1; i++)); do :; done
--- stderr
+ ((  x > 5  ))
+ (( i=0 ))
+ (( i<1 ))
+ :
+ (( i++ ))
+ (( i<1 ))

=== set -e leaves the shell when (( )) is false (conch; as bash)
--- script
set -e
((1))
echo one
((0))
echo two
--- stdout
one
--- status
1

=== for (( )) runs init once, then cond before and step after each pass (conch; as bash)
--- script
for ((i = 0; i < 3; i++)); do echo $i; done
for ((i = 0, j = 10; i < 2; i++, j--))
do
  echo $i $j
done
--- stdout
0
1
2
0 10
1 9

=== for (( )) with a brace group body, with or without ; (conch; as bash)
--- script
for ((i=0;i<2;i++)) { echo a$i; }
for ((i=0;i<2;i++)); { echo b$i; }
--- stdout
a0
a1
b0
b1

=== for (( ; ; )): empty expressions, an empty condition is true; continue still steps (conch; as bash)
--- script
i=0
for ((;;)); do ((i++ < 3)) || break; done; echo $i
for ((k=0; k<5; k++)); do ((k % 2)) && continue; echo $k; done
--- stdout
4
0
2
4

=== for (( )) needs three expressions (conch; bash says the same and quotes the header)
--- script
for ((i=0; i<3)); do :; done
echo not reached
--- stderr
conch: test.sh: line 1: syntax error: arithmetic expression required
--- status
2

=== a bad condition ends for (( )) with status 1 (conch; as bash, own message)
--- script
for ((i=0; i/0; i++)); do echo never; done; echo status $?
--- stdout
status 1
--- stderr-contains
division by zero

=== (( )) and for (( )) in the AST dump, unparsed so that they read back (conch; own format)
--- command
"$CONCH" --ast -n test.sh 2>&1 | grep -E '^ *(ARITH|SIMPLE|init|condition|step|expression)'
--- script
f() { (( x = 1 + 2 )); for ((i=0; i<3; i++)); do echo $i; done; }
echo $( ((1)) )
--- stdout
        ARITH  (( x = 1 + 2 ))
          expression: LIT " x = 1 + 2 "
        ARITH-FOR
          init: LIT "i=0"
          condition: LIT " i<3"
          step: LIT " i++"
            SIMPLE  echo $i
SIMPLE  echo $( ((1)) )
      ARITH  ((1))
        expression: LIT "1"

=== the unparsed text of (( )), for (( )) and time runs again (conch; the job stays running until jobs has shown it)
--- script
{ ((x = 1 + 2)); for ((i=0; i<2; i++)); do :; done; time -p ! false; } 2>/dev/null | sleep 10 &
j=$(jobs)
kill %1
wait
j=${j#*Running}
eval "${j% | sleep 10 &}"
echo $x $i
--- stdout
3 2

=== let evaluates each argument; the last value gives the status (conch; as bash)
--- script
let x=2 y=x+1; echo $? $x $y
let 0; echo $?
let 'z = 2 ** 3' 1; echo $? $z
let -- 5; echo $?
--- stdout
0 2 3
1
0 8
0

=== let without an argument or with a bad one fails with status 1 (conch; as bash, own message)
--- script
let; echo $?
let 1/0; echo $?
--- stdout
1
1
--- stderr
conch: let: expression expected
conch: test.sh: line 2: arithmetic: division by zero in "1/0"

=== time writes bash's default report to the shell's stderr (conch; format as bash)
--- command
"$CONCH" test.sh 2>&1 | sed -E 's/^(real|user|sys)\t[0-9]+m[0-9]+\.[0-9]{3}s$/\1 ok/'
--- script
time echo hi 2>/dev/null
--- stdout
hi

real ok
user ok
sys ok

=== time -p writes POSIX's format for a function too; -p ignores TIMEFORMAT (conch; as bash)
--- command
"$CONCH" test.sh 2>&1 | sed -E 's/^(real|user|sys) [0-9]+\.[0-9]{2}$/\1 ok/'
--- script
TIMEFORMAT=x
f() { :; }
time -p f
--- stdout
real ok
user ok
sys ok

=== TIMEFORMAT: %R %U %S with precision and l, %P, %%; empty means no report (conch; as bash)
--- command
"$CONCH" test.sh 2>&1 | grep -cEx '\[[0-9]+\.[0-9]{3}\|[0-9]+\|[0-9]+m[0-9]+\.[0-9]s\|[0-9]+\.[0-9]{2}\|[0-9]+\.[0-9]{2}\|[0-9]+\.[0-9]{2}\|%\|[0-9]+\.[0-9]{3}\]'
--- script
TIMEFORMAT='[%R|%0U|%1lS|%2R|%2U|%P|%%|%9R]'
time true
TIMEFORMAT=
time true
--- stdout
1

=== time covers a whole pipeline, a subshell, a function, ! on either side, and nothing (conch; as bash)
--- command
"$CONCH" test.sh 2>&1 | sed -E 's/[0-9]+\.[0-9]{3}/T/'
--- script
TIMEFORMAT='took %R'
f() { return 4; }
time echo a | tr a b
time (exit 3); echo $?
time f; echo $?
time ! false; echo $?
! time true; echo $?
time
{ time echo c; } 2>/dev/null
--- stdout
b
took T
took T
3
took T
4
took T
0
took T
1
took T
c

=== an unknown TIMEFORMAT directive is reported instead of the times (conch; as bash, own message)
--- script
TIMEFORMAT='%R %x'
time true
--- stderr
conch: test.sh: line 2: TIMEFORMAT: 'x': invalid format character

=== time is a keyword in conch mode (conch; as bash)
--- script
type time
command -v time
--- stdout
time is a shell keyword
time
