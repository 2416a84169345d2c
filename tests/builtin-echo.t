# echo (XCU echo, XSI escapes as dash), true, false and ':' (XCU 2.15 colon).

=== echo joins its arguments with single spaces (posix; XCU echo)
--- script
echo a   b "c  d"
echo
--- stdout
a b c  d

--- status
0

=== echo -n as the first operand omits the newline (posix)
--- script
echo -n a b; echo c
--- stdout
a bc

=== echo takes no other options: -e, -nn, -- and a second -n are printed (conch; XCU echo, dash; in POSIX mode: conch mode takes bash's -e -E -n)
--- script
echo -e x; echo -nn x; echo -- x; echo -n -n x; echo
--- command
"$CONCH_SH" test.sh
--- stdout
-e x
-nn x
-- x
-n x

=== echo interprets the XSI backslash escapes (conch; POSIX mode: conch mode needs -e, as bash)
--- script
echo 'a\tb|\\|\a\b\f\r\v|' | od -An -c | tr -s ' '
--- command
"$CONCH_SH" test.sh
--- stdout
 a \t b | \ | \a \b \f \r \v | \n

=== echo \c stops all output, the newline included (conch; POSIX mode)
--- script
echo 'one\ctwo' three; echo four
--- command
"$CONCH_SH" test.sh
--- stdout
onefour

=== echo \0nnn is an octal byte, \nnn too (conch; dash; POSIX mode)
--- script
echo '\0101\0102|\101|\01234|\0' | od -An -c | tr -s ' '
--- command
"$CONCH_SH" test.sh
--- stdout
 A B | A | S 4 | \0 \n

=== echo \n makes a newline, unknown escapes stay as written (conch; in POSIX mode: conch mode knows \x)
--- script
echo 'a\nb\q\x41'
--- command
"$CONCH_SH" test.sh
--- stdout
a
b\q\x41

=== a trailing backslash is printed (posix)
--- script
echo 'end\'
--- stdout
end\

=== echo to a closed stdout is a write error with status 1 (conch)
--- script
echo hi >&-
echo status $?
--- stdout
status 1
--- stderr-contains
echo: write error: Bad file descriptor

=== echo to a full device is a write error with status 1 (conch)
--- script
echo hi >/dev/full || echo failed
echo >/dev/null && echo ok
--- stdout
failed
ok
--- stderr-contains
echo: write error: No space left on device

=== echo output goes in order with other commands' output through a pipe (posix)
--- script
{ echo one; printf 'two\n'; echo three; } | cat
--- stdout
one
two
three

=== true and false ignore their arguments (posix; XCU true, false)
--- script
true --help; echo $?
false --help; echo $?
--- stdout
0
1

=== colon expands its arguments and returns 0 (posix; XCU 2.15 colon)
--- script
false
: ${x=assigned} "$(exit 3)"; echo $? $x
--- stdout
0 assigned
