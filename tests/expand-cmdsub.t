# Command substitution (XCU 2.6.3). Expected output is dash's.

=== $(...) and backquotes are replaced by the output (posix)
--- script
echo $(echo hello) `echo world`
--- stdout
hello world

=== trailing newlines are removed, inner ones kept (posix)
--- script
x=$(printf 'a\n\nb\n\n\n')
printf '[%s]\n' "$x"
--- stdout
[a

b]

=== unquoted results are split and globbed, quoted ones are not (posix)
--- script
touch f1 f2
printf '<%s>' $(echo 'a  b') "$(echo 'a  b')"; echo
printf '<%s>' $(echo 'f*') "$(echo 'f*')"; echo
--- stdout
<a><b><a  b>
<f1><f2><f*>

=== nested substitutions (posix)
--- script
echo $(echo $(echo $(echo deep)))
echo "$(echo "$(echo "in quotes")")"
--- stdout
deep
in quotes

=== the exit status of an assignment-only command is the substitution's (posix)
--- script
x=$(exit 3)
echo $?
x=$(true)
echo $?
--- stdout
3
0

=== $? inside and after a substitution used as an argument (posix; bash differs)
--- script
false
echo $(echo $?) $?
--- stdout
1 1

=== an empty substitution gives no field unless quoted (posix)
--- script
set -- $(true)
echo $#
set -- "$(true)"
echo $#
set -- $( )
echo $#
--- stdout
0
1
0

=== a substitution runs in a subshell (posix)
--- script
x=1
y=$(x=2; echo $x)
echo $x $y
--- stdout
1 2

=== case inside $( ) with a ) pattern (posix)
--- script
echo $(case x in x) echo matched;; esac)
--- stdout
matched

=== substitution in a here-document, in a default and in arithmetic (posix)
--- script
cat <<EOF
got $(echo here)
EOF
unset u
echo ${u:-$(echo dflt)} $(( $(echo 20) + 1 ))
--- stdout
got here
dflt 21

=== output with no trailing newline is kept whole (posix)
--- script
x=$(printf abc)
echo "[$x]"
--- stdout
[abc]

=== backquotes: backslash before $ ` and \ is removed first (posix)
--- script
x=val
echo `echo \$x`
printf '%s\n' "`printf '%s' 'a\\b'`"
--- stdout
val
a\b

=== $(echo) and $(printf) need no subshell, yet nothing in them reaches the shell (posix; XCU 2.6.3)
--- script
i=0; x=$(echo $((i+=1))); echo "$i $x"
x=$(echo ${y=1}); echo "${y-unset} $x"
echo() { printf 'fn %s\n' "$@"; }; x=$(echo a); unset -f echo; echo "$x"
false; echo $(echo a) $? $(printf b; false) $?
echo "<$(printf '%s' "$nosuch")>"
--- stdout
0 1
unset 1
fn a
a 1 b 1
<>

=== $(printf) without a subshell drops NUL bytes as a subshell's pipe does (posix; as dash, bash also warns)
--- script
x=$(printf 'a\0b\0'); echo "${#x} $x"
x=$(printf -- '%s\0%s' c d)$(printf '\0'); echo "${#x} $x"
printf 'out '; y=$(printf in); printf '%s\n' "$y"
--- stdout
2 ab
2 cd
out in

=== a substitution's output larger than a pipe holds (posix)
--- script
x=$(printf '%070000d' 0); echo ${#x}
x=$(echo "$x$x"); echo ${#x}
--- stdout
70000
140000

=== a failing printf in a substitution does not trip set -e; the assignment would (posix)
--- script
set -e
{ echo "[$(printf '%d' 1x)]"; } 2>/dev/null
echo after
{ x=$(printf '%d' 1x); } 2>/dev/null
echo not reached
--- stdout
[1]
after
--- status
1

=== a substitution with standard output closed (posix)
--- script
exec 3>&1 >&-
x=$(echo hi); echo "$x" >&3
{ echo again; } 2>/dev/null || echo "still closed" >&3
--- stdout
hi
still closed

=== set -u in an inline substitution still ends only the substitution (posix)
--- script
set -u
x=$(echo "$nosuch"); echo "status $? [$x]"
--- stdout
status 2 []
--- stderr-contains
nosuch

=== $( ) of a utility alone: not found, not executable, a script without #!, its status (posix)
--- script
x=$(nosuch-cmd-xyz); echo "status $? [$x]"
touch n
x=$(./n); echo "status $? [$x]"
printf 'echo script ran; exit 3\n' > s; chmod +x s
x=$(./s); echo "status $? [$x]"
x=$(cat /dev/null); echo "status $? [$x]"
x=$(expr 6 \* 7); echo "status $? [$x]"
--- stdout
status 127 []
status 126 []
status 3 [script ran]
status 0 []
status 0 [42]
--- stderr-contains
nosuch-cmd-xyz: not found

=== $( ): the pipe is the only new descriptor of a utility alone; it works as fd 1 itself (conch)
--- script
exec 4>f
echo "$(ls /proc/self/fd)" | tr '\n' ' '; echo
exec 3>&1 0<&- 1>&-
x=$(expr 1 + 1)
y=$(expr 2 + 1; :)
echo "[$x] [$y]" >&3
--- stdout
0 1 2 3 4 
[2] [3]
