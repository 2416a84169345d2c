# printf (XCU printf): conversions, flags, width and precision, escapes, argument reuse, errors.

=== printf integer conversions (posix; XCU printf)
--- script
printf '%d|%i|%o|%u|%x|%X\n' 42 -7 8 3 255 255
--- stdout
42|-7|10|3|ff|FF

=== printf string and character conversions (posix)
--- script
printf '%s|%c|%c|%%\n' world hello x
--- stdout
world|h|x|%

=== printf floating point conversions (posix)
--- script
printf '%5.2f|%e|%g|%E|%G|%f\n' 3.14159 12345.678 0.0001 1e10 1e-10 2
--- stdout
 3.14|1.234568e+04|0.0001|1.000000E+10|1E-10|2.000000

=== printf flags, width and precision (posix)
--- script
printf '%-5s|%5s|%.2s|%05d|%+d|% d|%#x|%#o|%.3d|%-+5d|\n' ab cd efgh 42 5 5 255 8 7 3
--- stdout
ab   |   cd|ef|00042|+5| 5|0xff|010|007|+3   |

=== printf width and precision from '*' arguments, negative width left-adjusts (posix)
--- script
printf '%*d|%-*d|%.*f|%*d|%.*d|\n' 4 7 3 8 2 3.14159 -4 2 -4 2
--- stdout
   7|8  |3.14|2   |2|

=== printf numeric arguments: hex, octal, sign and 'c / "c character values (posix; XCU printf item 6)
--- script
printf '%d %d %d %d %d\n' 0x1f 010 +3 "'A" '"B'
--- stdout
31 8 3 65 66

=== printf %u of a negative number wraps to unsigned (posix)
--- script
printf '%u\n' -1
--- stdout
18446744073709551615

=== printf reuses the format while arguments remain, missing ones are empty or zero (posix; item 9)
--- script
printf '%d %d\n' 1 2 3 4 5 6 7 8 9
printf '%s-%s|' a b c; echo
printf 'x%sy%dz\n'
--- stdout
1 2
3 4
5 6
7 8
9 0
a-b|c-|
xy0z

=== printf with no conversions prints the format once whatever the arguments (posix)
--- script
printf 'abc\n' x y
--- stdout
abc

=== printf format escapes (XBD 5 table) and octal \ooo (posix)
--- script
printf 'a\tb\\c\101\60\n'
printf '\a\b\f\r\v' | od -An -c | tr -s ' '
--- stdout
a	b\cA0
 \a \b \f \r \v

=== printf \c in the format is not an escape, in %b it stops all output (posix)
--- script
printf 'a\cb\n'
printf '%b%s\n' 'x\cy' zz; echo
--- stdout
a\cb
x

=== printf %b interprets escapes in the argument, \0nnn octal (posix)
--- script
printf '%b|\n' 'a\nb' '\0101\t\\'
--- stdout
a
b|
A	\|

=== printf %b honours width and precision (posix)
--- script
printf '%5b|%-5b|%.2b|\n' x y zzzz
--- stdout
    x|y    |zz|

=== printf %c of an empty argument prints a NUL byte (posix)
--- script
printf '%c|' '' | od -An -c | tr -s ' '
--- stdout
 \0 |

=== printf with a bad number reports it, prints 0 and goes on with status 1 (conch)
--- script
printf '%d|%d\n' abc 3; echo $?
--- stdout
0|3
1
--- stderr-contains
printf: abc: invalid number

=== printf with trailing garbage uses the number's prefix, status 1 (conch)
--- script
printf '%d\n' 12abc; echo $?
printf '%d\n' '12 '; echo $?
printf '%f\n' 1.5x; echo $?
--- stdout
12
1
12
1
1.500000
1
--- stderr-contains
printf: 12abc: invalid number

=== printf accepts leading blanks in numbers and empty arguments as zero (posix)
--- script
printf '%d|%d\n' ' 12' ''; echo $?
--- stdout
12|0
0

=== printf with a number out of range prints the limit, status 1 (conch)
--- script
printf '%d\n' 99999999999999999999; echo $?
--- stdout
9223372036854775807
1
--- stderr-contains
printf: 99999999999999999999: Numerical result out of range

=== printf with an unknown conversion stops with status 2 (conch; dash)
--- script
printf 'a%yb\n'; echo " $?"
--- stdout
a 2
--- stderr-contains
printf: %y: invalid directive

=== printf with a lone % at the end stops with status 2 (conch; dash)
--- script
printf '%s %' x; echo " $?"
--- stdout
x  2
--- stderr-contains
printf: missing format character

=== printf without a format is a usage error, status 2 (conch)
--- script
printf; echo $?
--- stdout
2
--- stderr-contains
printf: usage: printf [-v var] format [arg...]

=== printf takes -- before the format; other options are invalid (conch)
--- script
printf -- '%s\n' x
printf -x; echo $?
--- stdout
x
2
--- stderr-contains
printf: -x: invalid option

=== printf to a closed stdout is a write error with status 1 (conch)
--- script
printf 'x\n' >&-; echo $?
--- stdout
1
--- stderr-contains
printf: write error: Bad file descriptor

=== printf's format and %b take \xHH, \uHHHH, \UHHHHHHHH and \E in conch mode (conch; as bash in a UTF-8 locale: conch always writes UTF-8)
--- script
printf '\x41|\u263a|\E[0m|\xZ|%b|%b\n' '\x42\u00e9' '\U0001F600' | od -An -to1 | tr -s ' '
--- stdout
 101 174 342 230 272 174 033 133 060 155 174 134 170 132 174 102
 303 251 174 360 237 230 200 012

=== printf %(fmt)T formats a time with strftime: seconds, -1 or nothing for now, -2 for the shell's start (conch; as bash)
--- script
export TZ=UTC
printf '%(%Y-%m-%d %H:%M:%S)T|%(%s)T|[%12(%Y)T][%-6(%Y)T][%.2(%Y)T]|%()T|%(%%)T\n' 86400 0 0 0 0 0 0
"$CONCH" -c 'sleep 1.1; printf "%(%s)T %(%s)T %(%s)T\n" -2 -1' | {
    read -r start now none
    [ $((now - start)) -ge 1 ] && [ $((now - start)) -le 30 ] && echo "-2 is when the shell started"
    [ $((none - now)) -ge 0 ] && [ $((none - now)) -le 1 ] && echo "no argument is now"
}
--- stdout
1970-01-02 00:00:00|0|[        1970][1970  ][19]|00:00:00|%
-2 is when the shell started
no argument is now
