# Quoting and word structure (XCU 2.2, 2.3, 2.6): what the scanner keeps, removes and marks as
# quoted. Expected outputs come from dash.

=== single quotes keep every character (posix; XCU 2.2.2)
--- script
printf '%s\n' 'a $x `b` \n "c" \'
--- stdout
a $x `b` \n "c" \

=== double quotes keep $ ` \ special, backslash only before $ ` " \ newline (posix; XCU 2.2.3)
--- script
x=val
printf '%s\n' "a\$b \\ \" \x $x"
--- stdout
a$b \ " \x val

=== a backslash quotes the next character outside quotes (posix; XCU 2.2.1)
--- script
x=val
printf '%s\n' a\ b \$x \\ \'q\'
--- stdout
a b
$x
\
'q'

=== backslash-newline joins lines, also inside a word and inside double quotes (posix)
--- script
ec\
ho a\
b "c\
d"
--- stdout
ab cd

=== backslash-newline between tokens and inside an operator is removed too (posix; XCU 2.2.1)
--- script
true &\
& echo a\
 b |\
| echo no
cat <\
<E
body
E
--- stdout
a b
body

=== backslash-newline inside ${...}: after ${#, in a name, around an operator (XCU 2.2.1; posix)
--- script
x=abc; xy=XY
echo ${#\
x} ${x\
y} ${x\
#a} ${x%\
%c} ${x:\
-d} ${#\
}
--- stdout
3 XY bc ab abc 0

=== backslash-newline inside $((...)), also between the two closing parentheses (XCU 2.2.1; posix; bash agrees, dash leaves $LINENO empty)
--- script
echo $((1+\
2)) $(( (1+2)\
)) $((2*(3)\
)\
)
echo $LINENO
--- stdout
3 3 6
6

=== backslash-newline is kept inside single quotes (posix)
--- script
echo 'a\
b'
--- stdout
a\
b

=== empty quotes make an empty field (posix; XCU 2.6.5)
--- script
set -- "" '' a""
echo $#
set -- $nothing "$nothing"
echo $#
--- stdout
3
1

=== "$@" with no parameters is no field, """$@" is one (posix)
--- script
set --
set -- "$@"
echo $#
set -- """$@"
echo $#
--- stdout
0
1

=== adjacent quoted and unquoted parts form one word (posix)
--- script
set -- 'a'"b"c\ d
echo $# "$1"
--- stdout
1 abc d

=== a quoted reserved word is an ordinary word (posix)
--- script
"echo" if then fi
for w in "do" 'done' \fi i\f; do echo $w; done
--- stdout
if then fi
do
done
fi
if

=== the word in ${x:-word} keeps its own quoting (posix; XCU 2.6.2)
--- script
set -- ${unset:-"a b"}
echo $#
set -- ${unset:-a b}
echo $#
--- stdout
1
2

=== in "${x#pattern}" the pattern is not quoted by the outer double quotes (posix)
--- script
x=dir/sub/file
echo "${x#*/}" "${x##*/}" "${x%/*}" "${x%%/*}"
--- stdout
sub/file file dir/sub dir

=== in "${x:-word}" single quotes are ordinary characters, in a pattern they quote (posix)
--- script
x='a*b'
printf '%s\n' "${unset:-'q'}" "${x#'a*'}" "${x#a\*}" "${unset:-\*}"
--- stdout
'q'
b
b
\*

=== double quotes nest inside "${x:-...}" (posix)
--- script
echo "${unset:-"a  b"}" "${unset:-"}"}"
--- stdout
a  b }

=== ${#x}, ${10} and $10 (posix; XCU 2.6.2)
--- script
set -- 1 2 3 4 5 6 7 8 9 ten
x=hello
echo ${#x} ${10} $10 ${#}
--- stdout
5 ten 10 10

=== special parameters as $c and ${c} (posix)
--- script
set -- a b
echo $# ${#} "$*" "${*}" $? ${?}
--- stdout
2 2 a b a b 0 0

=== nested parameter expansions (posix)
--- script
y=inner
echo ${unset:-${y:-z}} ${unset:-${unset2:-deep}}
--- stdout
inner deep

=== a lone $ and $ before a non-name are literal (posix)
--- script
echo $ a$ "$" "a$" $/ $%
--- stdout
$ a$ $ a$ $/ $%

=== comments start only at the beginning of a token (posix)
--- script
echo a # comment
echo b#c d #e
echo f;#g
# whole line
echo '#' "#" \#
--- stdout
a
b#c d
f
# # #

=== arithmetic expansion keeps its parentheses (posix; XCU 2.6.4)
--- script
x=3
echo $((1+2)) $(( (1+2)*x )) "$((4*5))" $(((x)))
--- stdout
3 9 20 3

=== tilde and glob characters are literal text for the scanner (posix)
--- script
echo 'a*' "b?" \[c]
--- stdout
a* b? [c]

=== a quoted newline does not end the command (posix)
--- script
echo 'a
b' "c
d"
--- stdout
a
b c
d

=== braces and ! are ordinary in words (conch; bash would expand {a,b})
--- script
set -o posix
echo {a,b} a{b}c ! x!y
--- stdout
{a,b} a{b}c ! x!y
