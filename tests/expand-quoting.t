# Quoting (XCU 2.2) and its interplay with expansion: "$@", "$*", quote removal (XCU 2.6.7).
# Expected output is dash's. `show` prints each field in brackets.

=== "$@" with no parameters is no field at all (posix; XCU 2.5.2)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
set --
show "$@"
show "$@" "$@"
show a"$@"b
show "$@"""
show "x$@"
--- stdout
0: []
0: []
1: [ab]
1: []
1: [x]

=== "$@" with one parameter (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
set -- 'one  two'
show "$@"
show a"$@"b
--- stdout
1: [one  two]
1: [aone  twob]

=== "$@" with three parameters, glued to other text (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
set -- 1 '' '3 3'
show "$@"
show a"$@"b
show "a$@b"
show "$@$@"
show "${@}"
--- stdout
3: [1] [] [3 3]
3: [a1] [] [3 3b]
3: [a1] [] [3 3b]
5: [1] [] [3 31] [] [3 3]
3: [1] [] [3 3]

=== "$*" is one field, even with no parameters (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
set --
show "$*"
set -- a 'b  c'
show "$*"
show x"$*"y
--- stdout
1: []
1: [a b  c]
1: [xa b  cy]

=== "$*" with a custom IFS (posix)
--- script
set -- a b c
IFS=,
echo "$*"
IFS=', '
echo "$*"
IFS=''
echo "$*"
--- stdout
a,b,c
a,b,c
abc

=== single quotes keep everything literal (posix)
--- script
x=val
printf '%s|' '$x `echo no` \ "' '\n'; echo
--- stdout
$x `echo no` \ "|\n|

=== inside double quotes a backslash quotes only $ ` " \ and newline (posix)
--- script
x=val
printf '%s\n' "\$x \`a\` \" \\ \a \n" "a\
b"
--- stdout
$x `a` " \ \a \n
ab

=== backslash outside quotes quotes any character (posix)
--- script
printf '%s\n' \$x \" \' \\ a\ b
--- stdout
$x
"
'
\
a b

=== quote removal: empty quotes make an empty field (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
show "" '' a""b ''""
x=
show "$x" $x"" "${x}"
--- stdout
4: [] [] [ab] []
3: [] [] []

=== mixed quoting in one word (posix)
--- script
x=X
printf '%s\n' 'a'"b"c"$x"'$x'\$x
--- stdout
abcX$x$x

=== quoted expansions are neither split nor globbed (posix)
--- script
touch a1 a2
x='a*  b'
printf '<%s>' "$x" "${x}" "${x%b}"; echo
--- stdout
<a*  b><a*  b><a*  >

=== ${x:-"a b"} keeps the quoted word together (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
unset u
show ${u:-"a  b"} ${u:-a  b} "${u:-a  b}"
show ${u:-'$x'}
--- stdout
4: [a  b] [a] [b] [a  b]
1: [$x]

=== "${@}" and "${*}" in for loops (posix)
--- script
set -- 'a b' c
for i in "${@}"; do echo "<$i>"; done
for i in "${*}"; do echo "<$i>"; done
for i; do echo "[$i]"; done
--- stdout
<a b>
<c>
<a b c>
[a b]
[c]

=== a here-document body: quotes are literal, expansions happen (posix)
--- script
x=val
cat <<EOF
'$x' "$x" \$x \\ \a
EOF
cat <<'EOF'
'$x' "$x" \$x
EOF
--- stdout
'val' "val" $x \ \a
'$x' "$x" \$x

=== "$@" inside ${x:-...} (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
set -- a 'b c'
unset u
show ${u:-"$@"}
show "${u:-$@}"
--- stdout
2: [a] [b c]
2: [a] [b c]
