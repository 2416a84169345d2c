# Characters in a multibyte locale (XCU 2.5.3 LC_CTYPE): lengths, patterns, field splitting,
# read and printf count characters, not bytes. The runner starts every case with LC_ALL=C, so
# each script sets LC_ALL=C.UTF-8 (always present on Debian) itself, and most set LC_ALL=C again
# to show the byte answer of the same expansion: the locale follows the variable at once.
# Expected output is bash's (mksh, yash and ksh93 agree where noted).

=== ${#x} counts characters, bytes in the C locale (posix; XCU 2.6.2, 2.5.3)
--- script
LC_ALL=C.UTF-8
x=_μ_; echo ${#x}
LC_ALL=C
echo ${#x}
--- stdout
3
4

=== ? matches one character in case (posix; XCU 2.14.1, 2.9.4.3)
--- script
LC_ALL=C.UTF-8
case μ in ?) echo one;; *) echo many;; esac
case μ in "?") echo quoted;; [μ]) echo bracket;; esac
case aμb in a?b) echo middle;; esac
LC_ALL=C
case μ in ?) echo one;; *) echo many;; esac
case μ in ??) echo two;; esac
--- stdout
one
bracket
middle
many
two

=== ${x#?} and ${x%?} remove whole characters (posix; XCU 2.6.2)
--- script
LC_ALL=C.UTF-8
y=μ-; printf '%s\n' "${y#?}"
y=-μ; printf '%s\n' "${y%?}"
y=αβγ; printf '%s %s %s %s\n' "${y#*?}" "${y##*?}" "${y%?*}" "${y%%?*}"
y=αβγ; printf '%s\n' "${y#[α-β]}"
LC_ALL=C
y=μ-; z=${y#?}; echo ${#z}
--- stdout
-
-
βγ  αβ 
βγ
2

=== printf "'c" is the character's value in the codeset (posix; XCU printf)
--- script
LC_ALL=C.UTF-8
x=μ; printf '%d\n' "'$x" "\"€"
LC_ALL=C
printf '%d\n' "'$x"
--- stdout
956
8364
206

=== a multibyte IFS character delimits fields (posix; XCU 2.6.5)
--- script
LC_ALL=C.UTF-8
x=açbéc; IFS=ç; set -- $x; echo $#
printf '[%s]\n' "$@"
IFS=çx; set -- a b; echo "$*"
LC_ALL=C
IFS=ç; x=açbéc; set -- $x; echo $#
--- stdout
2
[a]
[béc]
açb
4

=== read splits at a multibyte IFS character (posix; XCU read, 2.6.5)
--- script
LC_ALL=C.UTF-8
IFS=ç read a b c <<END
xéyçzçw
END
echo "[$a][$b][$c]"
IFS=ç read -r a b <<END
x\çyçz
END
echo "[$a][$b]"
LC_ALL=C
IFS=ç read a b c <<END
xéyçzçw
END
echo "[$a]"
--- stdout
[xéy][z][w]
[x\][yçz]
[x]

=== ? in pathname expansion matches a multibyte character (posix; XCU 2.6.6, 2.14.1)
--- script
touch _x_ _μ_ _αβ_
LC_ALL=C.UTF-8
echo _?_
echo _??_
echo _[μ]_
LC_ALL=C
echo _?_
--- stdout
_x_ _μ_
_αβ_
_μ_
_x_

=== bracket ranges of multibyte characters go by code point, as in bash (conch)
--- script
LC_ALL=C.UTF-8
case μ in [λ-ν]) echo in;; *) echo out;; esac
case μ in [!λ-ν]) echo in;; *) echo out;; esac
case μ in [a-а]) echo in;; *) echo out;; esac
case é in [[:alpha:]]) echo alpha;; esac
LC_ALL=C
case μ in [λ-ν]) echo in;; *) echo out;; esac
--- stdout
in
out
in
alpha
out

=== LC_ALL, then LC_CTYPE, then LANG decide, exported or not (posix; XCU 8.2, 2.5.3)
--- script
unset LC_ALL   # the runner's
x=μ
LANG=C.UTF-8; echo ${#x}
LC_CTYPE=C; echo ${#x}
LC_ALL=C.UTF-8; echo ${#x}
unset LC_ALL; echo ${#x}
unset LC_CTYPE; echo ${#x}
LC_ALL=; echo ${#x}
unset LANG; echo ${#x}
--- stdout
1
2
1
2
1
1
2

=== the environment sets the locale at start-up, a category even when another names no installed locale (posix; XCU 8.2)
--- command
env -u LC_ALL LANG=xx_YY.UTF-8 LC_CTYPE=C.UTF-8 "$CONCH" -c 'x=μ; echo ${#x}'
env LC_ALL=C.UTF-8 "$CONCH" -c 'x=μ; echo ${#x}'
env LC_ALL=C LANG=C.UTF-8 "$CONCH" -c 'x=μ; echo ${#x}'
--- stdout
1
1
2

=== a prefix assignment sets the locale of a builtin for its duration, as in bash, mksh and ksh93 (conch)
--- script
LC_ALL=C.UTF-8 printf '%d\n' "'μ"
printf '%d\n' "'μ"
--- stdout
956
206

=== a byte that starts no valid character is one character, as in bash (conch)
--- script
LC_ALL=C.UTF-8
z=$(printf 'μ\377a\316'); echo ${#z}
case $z in ????) echo four;; esac
case $z in *a?) echo tail;; esac
w=${z#??}; echo ${#w}
w=${z%?}; echo ${#w}
printf '%d\n' "'$(printf '\377')"
IFS=$(printf '\377'); set -- $z; echo $#
--- stdout
4
four
tail
2
3
255
2
