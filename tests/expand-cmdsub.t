# Command substitution (XCU 2.6.3). Expected output is dash's.

=== $(...) and backquotes are replaced by the output
--- script
echo $(echo hello) `echo world`
--- stdout
hello world

=== trailing newlines are removed, inner ones kept
--- script
x=$(printf 'a\n\nb\n\n\n')
printf '[%s]\n' "$x"
--- stdout
[a

b]

=== unquoted results are split and globbed, quoted ones are not
--- script
touch f1 f2
printf '<%s>' $(echo 'a  b') "$(echo 'a  b')"; echo
printf '<%s>' $(echo 'f*') "$(echo 'f*')"; echo
--- stdout
<a><b><a  b>
<f1><f2><f*>

=== nested substitutions
--- script
echo $(echo $(echo $(echo deep)))
echo "$(echo "$(echo "in quotes")")"
--- stdout
deep
in quotes

=== the exit status of an assignment-only command is the substitution's
--- script
x=$(exit 3)
echo $?
x=$(true)
echo $?
--- stdout
3
0

=== $? inside and after a substitution used as an argument (bash differs)
--- script
false
echo $(echo $?) $?
--- stdout
1 1

=== an empty substitution gives no field unless quoted
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

=== a substitution runs in a subshell
--- script
x=1
y=$(x=2; echo $x)
echo $x $y
--- stdout
1 2

=== case inside $( ) with a ) pattern
--- script
echo $(case x in x) echo matched;; esac)
--- stdout
matched

=== substitution in a here-document, in a default and in arithmetic
--- script
cat <<EOF
got $(echo here)
EOF
unset u
echo ${u:-$(echo dflt)} $(( $(echo 20) + 1 ))
--- stdout
got here
dflt 21

=== output with no trailing newline is kept whole
--- script
x=$(printf abc)
echo "[$x]"
--- stdout
[abc]

=== backquotes: backslash before $ ` and \ is removed first
--- script
x=val
echo `echo \$x`
printf '%s\n' "`printf '%s' 'a\\b'`"
--- stdout
val
a\b
