# Compound commands (XCU 2.9.4), functions (2.9.5), lists (2.9.3), loop control.
# Expected output is dash's unless a title says conch differs.

=== while and until loops (posix; XCU 2.9.4.4, 2.9.4.5)
--- script
i=0
while [ $i -lt 3 ]; do echo "w$i"; i=$((i+1)); done
until [ $i -eq 0 ]; do echo "u$i"; i=$((i-1)); done
--- stdout
w0
w1
w2
u3
u2
u1

=== a loop's status is its last body's, or 0 if the body never ran (posix)
--- script
while false; do :; done
echo $?
i=0
while [ $i -lt 1 ]; do i=1; false; done
echo $?
--- stdout
0
1

=== break and continue (posix)
--- script
for i in 1 2 3 4 5; do
  [ $i = 2 ] && continue
  [ $i = 4 ] && break
  echo $i
done
--- stdout
1
3

=== break N and continue N leave or go on with outer loops (posix)
--- script
for i in a b; do
  for j in 1 2 3; do
    [ $j = 2 ] && continue 2
    echo $i$j
  done
  echo never
done
for i in a b; do
  while :; do
    for j in 1 2; do
      break 3
    done
  done
done
echo "after $i"
--- stdout
a1
b1
after a

=== break N beyond the loops there are leaves the outermost one (posix)
--- script
for i in 1 2; do for j in 1 2; do echo $i$j; break 10; done; done
echo done
--- stdout
11
done

=== break outside a loop does nothing (posix)
--- script
break
continue
echo still here
--- stdout
still here

=== break in a function does not reach the caller's loop (conch; as dash and bash)
--- script
f() { break; }
for i in 1 2; do f; echo $i; done
--- stdout
1
2

=== break 0 is an error that ends a non-interactive shell (conch; dash words it differently)
--- script
for i in 1; do break 0; done
echo not reached
--- status
2
--- stderr-contains
break: 0: loop count out of range

=== eval break leaves the loop it runs in (posix)
--- script
for x in a b c; do echo $x; eval break; done
--- stdout
a

=== for over words, over nothing, and over "$@" without in (posix; XCU 2.9.4.3)
--- script
for w in one "two three"; do echo "[$w]"; done
for w in; do echo never; done
echo "empty $?"
set -- p "q r"
for w do echo "<$w>"; done
for w; do shift; echo "$w $#"; done
--- stdout
[one]
[two three]
empty 0
<p>
<q r>
p 1
q r 0

=== for words are expanded once, with field splitting and globbing (posix)
--- script
touch f1 f2
x="a b"
for w in $x f*; do echo $w; done
--- stdout
a
b
f1
f2

=== if, elif, else (posix; XCU 2.9.4.6)
--- script
for i in 1 2 3; do
  if [ $i = 1 ]; then echo one
  elif [ $i = 2 ]; then echo two
  else echo other
  fi
done
if false; then :; fi
echo "status $?"
if false; then :; else (exit 4); fi
echo "status $?"
--- stdout
one
two
other
status 0
status 4

=== case: patterns, alternatives, quoting (posix; XCU 2.9.4.3)
--- script
for s in apple banana "a*" cherry ''; do
  case $s in
    "a*") echo "quoted star: $s" ;;
    a*) echo "starts with a: $s" ;;
    b?nana|cherry) echo "b or c: $s" ;;
    '') echo empty ;;
  esac
done
--- stdout
starts with a: apple
b or c: banana
quoted star: a*
b or c: cherry
empty

=== case: patterns and subject come from expansions (posix)
--- script
p='x*'
v='xyz w'
case $v in $p) echo match ;; esac
case "$v" in "$p") echo no ;; *) echo literal ;; esac
case x in [[:alpha:]]) echo class ;; esac
--- stdout
match
literal
class

=== case: ;& falls through to the next item's list (posix; POSIX 2024; bash has it, dash not yet)
--- script
case b in
  a) echo a ;;
  b) echo b ;&
  c) echo c ;&
  d) echo d ;;
  e) echo e ;;
esac
--- stdout
b
c
d

=== case: status is the list's, or 0 without a match (posix)
--- script
case x in x) false ;; esac
echo $?
false
case x in y) echo no ;; esac
echo $?
case x in x) ;; esac
echo $?
--- stdout
1
0
0

=== { list; } runs in the shell, ( list ) in a subshell (posix; XCU 2.9.4.1)
--- script
x=1
{ x=2; }
echo $x
(x=3; echo "inner $x")
echo $x
(exit 7)
echo $?
--- stdout
2
inner 3
2
7

=== exit in a subshell leaves only the subshell (posix)
--- script
(exit 3; echo never)
echo "status $?"
(trap 'echo trapped' EXIT; exit 4)
echo "status $?"
--- stdout
status 3
trapped
status 4

=== functions: arguments, $0, $#, return (posix; XCU 2.9.5)
--- script
f() {
  echo "$0 $# $1 $2"
  return 3
  echo never
}
f a "b c"
echo "status $?"
set -- x y z
f
echo "$# $1"
--- stdout
test.sh 2 a b c
status 3
test.sh 0  
3 x

=== return without an operand returns $? (posix)
--- script
f() { (exit 5); return; }
f
echo $?
--- stdout
5

=== return ends only the innermost function (posix)
--- script
inner() { return 2; }
outer() { inner; echo "inner gave $?"; return 1; }
outer
echo "outer gave $?"
--- stdout
inner gave 2
outer gave 1

=== a function defined inside a function, and redefined while running (posix)
--- script
f() { g() { echo g; }; f() { echo new f; }; echo old f; }
f
g
f
--- stdout
old f
g
new f

=== a function body's redirections apply to every call (posix)
--- script
f() { echo "call $1"; } >> out
f 1
f 2
cat out
--- stdout
call 1
call 2

=== local variables (conch; as dash)
--- script
x=global
f() { local x=local; echo $x; g; }
g() { echo "g sees $x"; }
f
echo $x
--- stdout
local
g sees local
global

=== recursion (conch; 2000 levels: beyond dash's limit of 1000)
--- script
fact() {
  if [ $1 -le 1 ]; then echo 1; return; fi
  echo $(( $1 * $(fact $(($1 - 1))) ))
}
fact 10
count() { [ $1 -eq 0 ] && return; count $(($1 - 1)); }
count 2000
echo done
--- stdout
3628800
done

=== runaway recursion stops at a nesting limit with an error, never a crash (conch; dash: 1000)
--- script
f() { f; }
f
echo not reached
--- status
2
--- stderr
conch: test.sh: line 1: f: maximum function nesting level exceeded (10000)

=== the nesting limit aborts the whole command, not just the innermost call (conch)
--- script
f() { f; echo unwinding; }
f 2>/dev/null
--- status
2

=== CONCH_MAXDEPTH sets the nesting limit; unset or invalid, 10000 applies again (conch)
--- script
CONCH_MAXDEPTH=50
n=0
f() { n=$((n+1)); f; }
(f 2>&1); echo "status $?"
(CONCH_MAXDEPTH=x; f 2>&1)
unset CONCH_MAXDEPTH
(f 2>&1)
echo done
--- stdout
conch: test.sh: line 3: f: maximum function nesting level exceeded (50)
status 2
conch: test.sh: line 3: f: maximum function nesting level exceeded (10000)
conch: test.sh: line 3: f: maximum function nesting level exceeded (10000)
done

=== CONCH_MAXDEPTH from the environment limits dot scripts too (conch)
--- command
printf '. ./self.sh\n' > self.sh; CONCH_MAXDEPTH=3 "$CONCH" -c '. ./self.sh; echo not reached'
--- stderr
conch: ./self.sh: line 1: .: ./self.sh: maximum nesting level exceeded (3)
--- status
1

=== a huge CONCH_MAXDEPTH still ends in an error when the stack runs out, not a crash (conch)
--- command
CONCH_MAXDEPTH=100000000 "$CONCH" -c 'f() { f; }; f' 2>&1 | sed 's/([0-9]*)/(N)/'
--- stdout
conch: line 1: f: maximum function nesting level exceeded (N)

=== asynchronous lists: $! and wait (posix; XCU 2.9.3.1)
--- script
(exit 3) &
pid=$!
wait $pid
echo "status $?"
[ "$pid" -gt 0 ] && echo "pid ok"
--- stdout
status 3
pid ok

=== an asynchronous list reads /dev/null when job control is off (posix; XCU 2.9.3.1)
--- script
echo hi | { cat & wait; }
echo done
--- stdout
done

=== an asynchronous pipeline (posix)
--- script
echo a b | tr a-z A-Z > out &
wait
cat out
--- stdout
A B

=== lists: ; and newline, && and || (posix)
--- script
true && echo and1
false && echo never
false || echo or1
true || echo never
false && echo never || echo mixed
echo a; echo b
--- stdout
and1
or1
mixed
a
b

=== redirections of compound commands (posix; XCU 2.7 on 2.9.4)
--- script
{ echo a; echo b; } > f
while read l; do echo "<$l>"; done < f
for i in 1 2; do echo $i; done | tr 12 xy
if true; then echo yes; fi > g
cat g
case a in a) echo in case ;; esac 2>&1 >h
cat h
--- stdout
<a>
<b>
x
y
yes
in case
