# Redirection operators and IO_NUMBER (XCU 2.7, 2.10.1): how they are scanned and kept in order.
# Expected outputs come from dash.

=== > creates and truncates, >> appends (posix; XCU 2.7.2, 2.7.3)
--- script
echo one > f
echo two >> f
echo three >>f
cat f
echo new >f; cat f
--- stdout
one
two
three
new

=== < reads a file, and an IO_NUMBER names the descriptor (posix)
--- script
echo data > f
cat < f
cat 0< f
cat 0<f
--- stdout
data
data
data

=== digits right before < or > are an IO_NUMBER, otherwise part of a word (posix; XCU 2.10.1)
--- script
echo a 2>f
cat f
echo b a2>f
cat f
echo c 2 >f
cat f
--- stdout
a
b a2
c 2

=== n>&m duplicates and n>&- closes (posix; XCU 2.7.5, 2.7.6)
--- script
{ echo to-stderr >&2; } 2>&1
{ echo out; echo err >&2; } 2>/dev/null
{ echo closed; } 2>/dev/null >&- || echo failed
--- stdout
to-stderr
out
failed

=== <& duplicates an input descriptor and <&- closes it (posix)
--- script
echo line > f
exec 4<f
cat <&4
exec 4<&-
cat 2>/dev/null <&4 || echo closed
--- stdout
line
closed

=== <> opens for reading and writing (posix; XCU 2.7.7)
--- script
echo abc > f
cat 3<>f <&3
exec 5<>g; echo via5 >&5; exec 5>&-
cat g
--- stdout
abc
via5

=== >| writes even with noclobber (posix; XCU 2.7.2)
--- script
set -C
echo a > f
echo b 2>/dev/null > f || echo refused
echo c >| f
cat f
--- stdout
refused
c

=== redirections are processed left to right (posix)
--- script
{ echo out; echo err >&2; } >f 2>&1
cat f
{ echo out2; echo err2 >&2; } 2>&1 >f2 | sed 's/^/piped:/'
cat f2
--- stdout
out
err
piped:err2
out2

=== redirections may come before, between and after the words (posix)
--- script
>f echo a b
cat f
echo c >g d
cat g
x=1 >h y=2 sh -c 'echo "$x$y"'
cat h
--- stdout
a b
c d
12

=== the target word is expanded, not split, and may be quoted (posix; XCU 2.7)
--- script
name='a file'
echo q > "$name"
cat 'a file'
echo r >$name
cat 'a file'
--- stdout
q
r

=== a redirection alone is a command (posix)
--- script
> empty
wc -c < empty
--- stdout
0

=== operators need no blanks around them (posix)
--- script
echo a>f;cat<f
echo b>>f&&cat<f|wc -l
--- stdout
a
2

=== redirection on a function definition applies at each call (posix)
--- script
f() { echo in-f; } > out
f
cat out
--- stdout
in-f
