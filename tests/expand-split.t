# Field splitting (XCU 2.6.5). Expected output is dash's.
# `show` prints each field in brackets, so empty fields are visible.

=== default IFS: white space separates, leading and trailing white space vanish (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
x='  a   b	c
d  '
show $x
show "$x"
--- stdout
4: [a] [b] [c] [d]
1: [  a   b	c
d  ]

=== IFS=: "a::b" is three fields, a trailing ":" adds none (posix; XCU 2.6.5)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
IFS=:
x='a::b'; show $x
x='a:b:'; show $x
x=':a'; show $x
x=':'; show $x
x='::'; show $x
x='a::b::'; show $x
--- stdout
3: [a] [] [b]
2: [a] [b]
2: [] [a]
1: []
2: [] []
4: [a] [] [b] []

=== IFS white space around a non-white-space delimiter belongs to it (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
IFS=' :'
x=' a : b ::c '; show $x
x='a: :b'; show $x
x=' : a'; show $x
--- stdout
4: [a] [b] [] [c]
3: [a] [] [b]
2: [] [a]

=== IFS= (empty) disables splitting (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
IFS=
x='a b	c:d'
show $x
e=
show $e
--- stdout
1: [a b	c:d]
0: []

=== unset IFS splits like the default (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
IFS=:
unset IFS
x=' a  b:c '
show $x
--- stdout
2: [a] [b:c]

=== literal text of the word is never split (posix)
--- script
IFS=o
echo foo boo
x=xoy
echo foo$x"o"
--- stdout
foo boo
foox yo

=== an empty unquoted expansion gives no field, a quoted one an empty field (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
e=
show $e
show "$e"
show $e ''
show $e$e
show ""$e
show a$e
--- stdout
0: []
1: []
1: []
0: []
1: []
1: [a]

=== an expansion of only IFS white space gives no field (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
x='   '
show $x
show a$x
show a${x}b
--- stdout
0: []
1: [a]
2: [a] [b]

=== "$*" joins with the first character of IFS (posix)
--- script
set -- a 'b c' d
IFS=:-
echo "$*"
IFS=
echo "$*"
unset IFS
echo "$*"
--- stdout
a:b c:d
ab cd
a b c d

=== unquoted $* and $@ give one field per parameter, then split (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
set -- 'a b' '' c
show $*
show $@
IFS=
show $*
show $@
--- stdout
3: [a] [b] [c]
3: [a] [b] [c]
2: [a b] [c]
2: [a b] [c]

=== unquoted $@ with IFS=: splits each parameter separately (posix; bash differs)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
IFS=:
set -- 'a:' ':b' c
show $@
--- stdout
4: [a] [] [b] [c]

=== results of command substitution and arithmetic are split (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
show $(echo 'a  b')
show "$(echo 'a  b')"
IFS=-
show $((0-5))
show x$((3-4))y
--- stdout
2: [a] [b]
1: [a  b]
2: [] [5]
2: [x] [1y]

=== split fields of a variable glued to literal text (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
x='1 2 3'
show a${x}b
show "a"$x"b"
--- stdout
3: [a1] [2] [3b]
3: [a1] [2] [3b]

=== ${x:-word}: the word's unquoted text is split, its quoted text is not (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
unset u
show ${u:-a b}
show ${u:-"a b"}
show "${u:-a b}"
show ${u:-"a b" c}
--- stdout
2: [a] [b]
1: [a b]
1: [a b]
2: [a b] [c]

=== for loop words are split (posix)
--- script
x='1 2  3'
for i in $x; do printf '<%s>' "$i"; done; echo
IFS=,
y='p,q,,r'
for i in $y; do printf '<%s>' "$i"; done; echo
--- stdout
<1><2><3>
<p><q><><r>

=== IFS with tab and newline only keeps spaces (posix)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
IFS='	
'
x='a b	c
d'
show $x
--- stdout
3: [a b] [c] [d]

=== assignments are not split (posix)
--- script
x='a   b'
y=$x
echo "$y"
z=$(echo 'p   q')
echo "$z"
--- stdout
a   b
p   q

=== each parameter of unquoted $* is split on its own (posix; XCU 2.5.2; dash differs, bash and yash agree)
--- script
show() { printf '%s' "$#:"; printf ' [%s]' "$@"; echo; }
set -- ':ab' ':ba'
IFS=': '
show $*
--- stdout
4: [] [ab] [] [ba]
