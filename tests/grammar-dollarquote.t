# Dollar-single-quotes $'...' (XCU 2.2.4, POSIX.1-2024): single quotes with backslash escapes.
# Expected output from bash (dash 0.5.12 predates them and prints them literally).

=== simple escapes: \n \t \\ \' \" \? (conch; XCU 2.2.4)
--- script
printf '[%s]\n' $'a\tb' $'it\'s' $'back\\slash' $'q\"q' $'what\?' $'two\nlines'
--- stdout
[a	b]
[it's]
[back\slash]
[q"q]
[what?]
[two
lines]

=== control escapes \a \b \e \E \f \r \v (conch)
--- script
printf '%s' $'\a\b\e\E\f\r\v' | od -An -c | tr -s ' '
--- stdout
 \a \b 033 033 \f \r \v

=== hexadecimal escapes take one or two digits (conch)
--- script
printf '%s\n' $'\x41\x4a\x4g' $'\x7e1' | od -An -c | tr -s ' '
--- stdout
 A J 004 g \n ~ 1 \n

=== octal escapes take one to three digits (conch)
--- script
printf '%s\n' $'\101\60\1010' | od -An -c | tr -s ' '
--- stdout
 A 0 A 0 \n

=== \cX is the control character, \c\\ control-backslash, \c? DEL (conch)
--- script
printf '%s' $'\cA\ca\c[\c\\\c?' | od -An -c | tr -s ' '
--- stdout
 001 001 033 034 177

=== a NUL from \0 or \x00 ends the string; the rest up to the quote is skipped (conch)
--- script
printf '[%s]\n' $'ab\0cd'x $'x\x00\'y'z $'p\c@q'
--- stdout
[abx]
[xz]
[p]

=== the result is quoted: no field splitting or pathname expansion (posix)
--- script
touch a1 a2
set -- $'a* b'
echo "$#" "$1"
--- stdout
1 a* b

=== an empty $'' is an empty field (posix)
--- script
set -- $'' x
echo "$#:$1:"
--- stdout
2::

=== dollar-single-quotes join the parts of a word (posix)
--- script
x=v
echo pre$'\t'"$x"$'!'post | od -An -c | tr -s ' '
--- stdout
 p r e \t v ! p o s t \n

=== inside double quotes $' is not special (posix)
--- script
printf '%s\n' "$'x\ty'"
--- stdout
$'x\ty'

=== in the word of ${x-word} (posix)
--- script
echo ${unset-$'a\x41'}
--- stdout
aA

=== other backslashes are kept (conch; unspecified; as bash)
--- script
echo $'\q\z'
--- stdout
\q\z

=== newlines inside $'...' count as lines (posix)
--- script
x=$'a
b'
echo $LINENO "$x"
--- stdout
3 a
b

=== an unterminated $' is a syntax error (conch)
--- script
echo $'abc
--- stderr
conch: test.sh: line 1: unexpected EOF while looking for matching '''
conch: test.sh: line 2: syntax error: unexpected end of file
--- status
2

=== as a here-document delimiter it is a quoted word (posix)
--- script
cat <<$'E'
$x
E
--- stdout
$x

=== case patterns with dollar-single-quotes match literally (posix)
--- script
case 'a*' in $'a*') echo lit;; *) echo other;; esac
case 'ab' in $'a*') echo lit;; *) echo other;; esac
--- stdout
lit
other

=== unparse writes control characters as $'...' escapes that re-parse the same (conch; conch only)
--- script
printf '%s|' $'a\x01' $'b\tc' $'\e[0m' 'it'\''s' $'q\'\\\x7f'
--- command
"$CONCH" --ast test.sh 2>&1 >/dev/null | sed -n '1s/^SIMPLE  //p' >again.sh
cat again.sh
"$CONCH" again.sh | od -An -c -w100 | tr -s ' '
--- stdout
printf '%s|' $'a\001' 'b	c' $'\e[0m' 'it'\''s' $'q\'\\\177'
 a 001 | b \t c | 033 [ 0 m | i t ' s | q ' \ 177 |

=== $ followed by backslash-newline still expands (posix; XCU 2.2.1)
--- script
x=val
echo $\
x "$\
\
x" $\
{x} $\
(echo c) $\
((1+\
2)) $x\
y. $\
#
echo end
--- stdout
val val val c 3 . 0
end

=== an IO_NUMBER split by backslash-newline is still one (posix; XCU 2.2.1)
--- script
{ echo out; echo err >&2; } 2\
>/dev/null
echo b 1\
\
>&2
echo end
--- stdout
out
end
--- stderr
b

=== a syntax error inside backquotes names its line (conch; the command is not run)
--- script
echo a
echo `echo (`
echo b
--- stdout
a
--- stderr
conch: test.sh: line 2: syntax error: unexpected end of the `...` command
--- status
2

=== a literal $ before quotes stays literal when the command is written back (conch; the $ stays as in dash, bash translates $"...")
--- script
printf '%s\n' 'echo $"a b"' > t
"$CONCH" --ast t 2>&1
--- stdout
SIMPLE  echo \$'a b'
  word \$'a b': LIT "$", LIT "a b" (quoted)
$a b

=== $'\uHHHH' and $'\UHHHHHHHH' are characters in UTF-8, in every locale (conch; as bash in a UTF-8 locale, as echo -e and printf)
--- script
cat > u.sh <<'EOF'
printf '%s|' $'\u00e9' $'\u41' $'\U0001F600' $'a\u0000b' $'\u263a'
echo
EOF
LC_ALL=C.UTF-8 "$CONCH" u.sh | od -An -to1 | tr -s ' '
LC_ALL=C "$CONCH" u.sh | od -An -c | tr -s ' ' | tr -d '\n'; echo
LC_ALL=C "$CONCH" --posix u.sh
--- stdout
 303 251 174 101 174 360 237 230 200 174 141 174 342 230 272 174
 012
 303 251 | A | 360 237 230 200 | a | 342 230 272 | \n
\u00e9|\u41|\U0001F600|a\u0000b|\u263a|
