# Redirections (XCU 2.7): every operator, noclobber, here-documents, saving and restoring
# descriptors around builtins and compound commands. Expected output is dash's unless a title
# says conch differs (error statuses are 1, as in bash; dash uses 2).

=== > creates and truncates, >> appends, < reads (posix)
--- script
echo one > f
echo two > f
echo three >> f
cat < f
--- stdout
two
three

=== an explicit descriptor number (posix)
--- script
echo out 1> f
{ echo err >&2; } 2> g
cat f g
--- stdout
out
err

=== >| overwrites even with noclobber; > then fails on regular files (conch; XCU 2.7.2)
--- script
echo a > f
set -C
echo b > f
echo "status $?"
echo c >| f
cat f
echo d > /dev/null
echo "null $?"
echo e > new
cat new
--- stdout
status 1
c
null 0
e
--- stderr
conch: test.sh: line 3: f: cannot overwrite existing file

=== <> opens for reading and writing without truncating (posix; XCU 2.7.7)
--- script
echo hello > f
exec 3<> f
read x <&3
echo "$x"
echo more >&3
exec 3>&-
cat f
: <> created
[ -f created ] && echo created
--- stdout
hello
hello
more
created

=== <& and >& duplicate, - closes (posix; XCU 2.7.5, 2.7.6)
--- script
exec 3>f
echo via3 >&3
exec 3>&-
cat f
{ echo out; echo err >&2; } 3>&1 1>/dev/null 2>&3 3>&-
exec 4<f
read line <&4
echo "$line"
exec 4<&-
--- stdout
via3
err
via3

=== writing to a closed standard output fails (conch)
--- script
echo hi >&-
echo "status $?"
--- stdout
status 1
--- stderr-contains
echo: write error

=== duplicating a descriptor that is not open is an error (conch)
--- script
echo hi >&5
echo "status $?"
cat <&7
echo "status $?"
--- stdout
status 1
status 1
--- stderr
conch: test.sh: line 1: 5: Bad file descriptor
conch: test.sh: line 3: 7: Bad file descriptor

=== redirections are done in order (posix)
--- script
{ echo out; echo err >&2; } 2>&1 >/dev/null | tr a-z A-Z
--- stdout
ERR

=== exec without a command makes redirections permanent (posix)
--- script
exec 3>f 4>g
echo three >&3
echo four >&4
exec 3>&- 4>&-
cat f g
exec >out
echo redirected
exec >&2
cat out
--- stdout
three
four
--- stderr
redirected

=== a builtin's redirections are undone afterwards, descriptors restored (conch)
--- script
echo a > f
echo b
read x < f
echo "$x"
{ echo c; } > g
echo d
exec 3>h
echo e 3>&- >&3
echo "status $?"
echo f >&3
cat h
--- stdout
b
a
d
status 1
f
--- stderr
conch: test.sh: line 8: 3: Bad file descriptor

=== redirection targets are expanded, not split or globbed (posix)
--- script
name="a b"
echo x > $name
cat "a b"
touch g1 g2
echo y > g*
cat 'g*'
--- stdout
x
y

=== a redirection with no command is done and undone (conch; XCU 2.9.1)
--- script
> empty
[ -f empty ] && [ ! -s empty ] && echo made
< nonexistent
echo "status $?"
--- stdout
made
status 1
--- stderr
conch: test.sh: line 3: nonexistent: No such file or directory

=== here-documents: expansion, quoted delimiters, <<- (posix; XCU 2.7.4)
--- script
x=world
cat <<EOF
hello $x $(echo sub) $((1+2)) \$x
EOF
cat <<'EOF'
hello $x
EOF
cat <<-EOF
	tab stripped
		twice
	EOF
--- stdout
hello world sub 3 $x
hello $x
tab stripped
twice

=== two here-documents on one line, and one in a loop (posix)
--- script
cat <<A; cat <<B
first
A
second
B
for i in 1 2; do
  cat <<EOF
line $i
EOF
done
--- stdout
first
second
line 1
line 2

=== a here-document on another descriptor (posix)
--- script
cat 3<<EOF <&3
on three
EOF
--- stdout
on three

=== a 1 MiB here-document (posix; no deadlock, all of it read)
--- script
{
  echo 'cat <<EOF | wc -c'
  i=0
  while [ $i -lt 16384 ]; do
    echo 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
    i=$((i+1))
  done
  echo EOF
} > big.sh
"$CONCH" big.sh | tr -d ' '
--- stdout
1048576

=== a big expanded here-document given to a command that reads only part of it (posix)
--- script
line='yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'
{
  echo 'l=$1'
  echo 'head -n 1 <<EOF'
  i=0
  while [ $i -lt 4096 ]; do echo '$l'; i=$((i+1)); done
  echo EOF
  echo 'echo done'
} > big.sh
"$CONCH" big.sh "$line"
--- stdout
yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy
done

=== redirections of a function call are undone after it (posix)
--- script
f() { echo "in f"; }
f > out
echo after
cat out
--- stdout
after
in f

=== a failed redirection on a compound command skips it (conch; XCU 2.8.1: no exit)
--- script
{ echo never; } < /nonexistent
echo "status $?"
--- stdout
status 1
--- stderr
conch: test.sh: line 1: /nonexistent: No such file or directory

=== descriptors 10 and above are usable too (conch; dash allows only 0-9)
--- script
exec 10>f
echo ten >&10
{ echo saved >&10; } 3>g 10>h
echo back >&10
exec 10>&-
cat f h
--- stdout
ten
back
saved

=== redirections are performed before the assignments are expanded (posix; XCU 2.9.1.1, dash and mksh; bash differs)
--- script
a=$(cat f1) 3>|$(echo f1) true; echo "1[$a]"
a=$(cat f2) 3>|f2 :; echo "2[$a]"
f() { echo "3[$a]"; }
a=$(cat f3) 3>|f3 f
a=$(cat f4) 3>|f4 echo "4[$a]"
a=$(cat f5) 3>|f5 sh -c 'echo "5[$a]"'
a=$(cat f6) 3>|f6; echo "6[$a]"
x=$(echo seven >&3) 3>f7 true; cat f7
--- stdout
1[]
2[]
3[]
4[]
5[]
6[]
seven

=== ... a failed redirection leaves the assignments unexpanded (posix; dash, mksh)
--- script
a=$(echo x) <nonexistent; echo "[$a]"
--- stdout
[]
--- stderr-contains
nonexistent

=== ... and set -x still traces to the stderr from before the redirections (conch; conch follows dash)
--- script
set -x
a=1 echo hi 2>/dev/null
a=2 cat </dev/null 2>/dev/null
a=3 2>/dev/null
--- stdout
hi
--- stderr
+ a=1 echo hi
+ a=2 cat
+ a=3
