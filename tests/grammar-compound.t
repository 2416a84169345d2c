# Compound commands and lists (XCU 2.9.3, 2.9.4, grammar 2.10.2): how the parser groups them.
# Expected outputs come from dash.

=== if, elif, else (posix; XCU 2.9.4.4)
--- script
for v in 1 2 3; do
  if [ $v = 1 ]; then echo one
  elif [ $v = 2 ]
  then
    echo two
  else echo other; fi
done
--- stdout
one
two
other

=== if without else runs nothing when false (posix)
--- script
if false; then echo no; fi
echo $?
--- stdout
0

=== while and until loops (posix; XCU 2.9.4.5, 2.9.4.6)
--- script
i=0
while [ $i -lt 3 ]; do i=$((i+1)); echo w$i; done
until [ $i -eq 0 ]
do
  i=$((i-1)); echo u$i
done
--- stdout
w1
w2
w3
u2
u1
u0

=== for with a word list, on one line and over several (posix)
--- script
for x in a b c; do echo $x; done
for y in 1 \
  2
do
  echo $y
done
for z
in p q
do echo $z; done
--- stdout
a
b
c
1
2
p
q

=== for without in iterates over "$@" (posix; XCU 2.9.4.2)
--- script
set -- "a b" c
for x do echo "[$x]"; done
for x; do echo "<$x>"; done
for x
do echo "($x)"; done
--- stdout
[a b]
[c]
<a b>
<c>
(a b)
(c)

=== for x in; runs no iterations (posix)
--- script
for x in; do echo never; done
echo done
--- stdout
done

=== case with ( before patterns, alternatives and the default (posix; XCU 2.9.4.3)
--- script
for v in a b c d; do
  case $v in
    (a) echo A;;
    b|c) echo BC ;;
    *) echo other
  esac
done
--- stdout
A
BC
BC
other

=== case items: empty bodies, no ;; on the last item, newlines everywhere (posix)
--- script
case x in
  y) ;;
  x)
  ;;
esac
echo $?
case x
in
x) echo matched
esac
case x in esac
case x in (x) esac
echo end
--- stdout
0
matched
end

=== case ;& falls through to the next item (posix; POSIX.1-2024; as bash, dash predates ;&)
--- script
case a in
  a) echo one ;&
  b) echo two ;&
  c) echo three ;;
  d) echo four ;;
esac
--- stdout
one
two
three

=== case patterns may be reserved words (posix)
--- script
for w in if esac done; do
  case $w in
    if|then) echo keyword-if ;;
    (esac) echo keyword-esac ;;
    done) echo keyword-done ;;
  esac
done
--- stdout
keyword-if
keyword-esac
keyword-done

=== case subject and patterns are expanded words (posix)
--- script
p='a*'
case abc in $p) echo glob ;; esac
case 'a*' in "$p") echo quoted ;; esac
case $((1+1)) in 2) echo two ;; esac
--- stdout
glob
quoted
two

=== brace group runs in the current shell, subshell does not (posix; XCU 2.9.4.1)
--- script
x=1
{ x=2; }
echo $x
(x=3; echo in $x)
echo $x
{ echo a
  echo b; }
--- stdout
2
in 3
2
a
b

=== function definitions: braces, subshell body, space before (), redirections (posix)
--- script
f() { echo f "$@"; }
g () ( echo g )
h() if true; then echo h; fi
k() { echo k; } >/dev/null
f 1 2; g; h; k
echo after
--- stdout
f 1 2
g
h
after

=== a function body may start on the next line (posix)
--- script
f()
{
  echo body
}
f
--- stdout
body

=== ! negates a pipeline (posix; XCU 2.9.2)
--- script
! false; echo $?
! true | false; echo $?
! { true; }; echo $?
--- stdout
0
0
1

=== && and || are left-associative with equal precedence (posix; XCU 2.9.3)
--- script
false && echo no || echo yes
true || echo no && echo yes2
false || false || echo third
true &&
  echo after-newline
false ||

echo after-blank-lines
--- stdout
yes
yes2
third
after-newline
after-blank-lines

=== a pipeline may continue on the next line after | (posix)
--- script
echo abc |
  tr a-c A-C
echo x | tr x y | tr y z
--- stdout
ABC
z

=== lists with ; & and newlines (posix; XCU 2.9.3)
--- script
echo a; echo b
echo c & wait
echo d;
{ echo e & } ; wait
--- stdout
a
b
c
d
e

=== compound commands nest (posix)
--- script
for i in 1 2; do
  case $i in
    1) if true; then while false; do :; done; echo one; fi ;;
    2) { (echo two); } ;;
  esac
done
--- stdout
one
two

=== reserved words are recognized after a compound command's closing word (posix)
--- script
if (true) then echo sub; fi
if { true; } then echo grp; fi
if true; then if true; then echo inner; fi fi
while false; do :; done; echo loop
{ (echo a) }
--- stdout
sub
grp
inner
loop
a

=== redirections apply to a whole compound command (posix)
--- script
{ echo a; echo b; } > out
cat out
for i in 1 2; do echo $i; done | tr 12 xy
if true; then echo c; fi 2>/dev/null >> out
while read l; do echo "got $l"; done < out
--- stdout
a
b
x
y
got a
got b
got c

=== a subshell or group on one line with other commands (posix)
--- script
(echo a); (echo b) && { echo c; } || echo no
--- stdout
a
b
c

=== an empty line and a comment line are no commands (posix)
--- script


# comment
echo $?
--- stdout
0
