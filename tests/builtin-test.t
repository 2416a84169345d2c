# test and [ (XCU test): primaries, the argument-count rules, -a -o ! ( ), errors.

=== test with no arguments is false, with one it tests for a non-empty string (posix; XCU test)
--- script
test; echo $?
test a; echo $?
test ''; echo $?
test -n; echo $?
test -z; echo $?
test !; echo $?
--- stdout
1
0
1
0
0
0

=== [ needs a closing ] (posix; XCU test)
--- script
[ a ]; echo $?
[ a = a ]; echo $?
[ ]; echo $?
--- stdout
0
0
1

=== [ without ] is an error, status 2 (conch)
--- script
[ a = a; echo $?
--- stdout
2
--- stderr-contains
[: missing ']'

=== string primaries -n -z = != (posix; XCU test)
--- script
x=
test -n "$x"; echo $?
test -z "$x"; echo $?
test abc = abc; echo $?
test abc = abd; echo $?
test abc != abd; echo $?
test '' = ''; echo $?
--- stdout
1
0
0
1
0
0

=== string ordering with < and > (posix; POSIX 2024)
--- script
test a '<' b; echo $?
test b '<' a; echo $?
test b '>' a; echo $?
--- stdout
0
1
0

=== integer comparisons -eq -ne -gt -ge -lt -le (posix)
--- script
test 1 -eq 1; echo $?
test 1 -ne 1; echo $?
test 2 -gt 1; echo $?
test 2 -ge 3; echo $?
test -3 -lt 2; echo $?
test 1 -le 0; echo $?
test +3 -eq 3; echo $?
--- stdout
0
1
0
1
0
1
0

=== integers may have blanks around them (posix)
--- script
test " 5" -eq " 5 "; echo $?
--- stdout
0

=== a non-integer operand is an error, status 2 (conch)
--- script
test 1 -eq a; echo $?
test 1 -eq 1.0; echo $?
--- stdout
2
2
--- stderr-contains
test: a: integer expression expected

=== an integer out of range is an error, status 2 (conch)
--- script
test 99999999999999999999 -eq 1; echo $?
--- stdout
2
--- stderr-contains
test: 99999999999999999999: integer out of range

=== file type primaries -e -f -d -L -h -p -s (posix)
--- script
echo data >file; : >empty; mkdir dir; ln -s file link; ln -s nowhere dangling; mkfifo fifo
for p in -e -f -d -L -h -p -s; do
  r=
  for f in file empty dir link dangling fifo nosuch; do
    if test $p $f; then r="$r $f"; fi
  done
  echo "$p:$r"
done
--- stdout
-e: file empty dir link fifo
-f: file empty link
-d: dir
-L: link dangling
-h: link dangling
-p: fifo
-s: file dir link

=== -b -c -S on devices and other files (posix)
--- script
test -c /dev/null; echo $?
test -b /dev/null; echo $?
test -S /dev/null; echo $?
test -f /dev/null; echo $?
--- stdout
0
1
1
1

=== permission primaries -r -w -x and mode bits -u -g (posix)
--- script
: >f; chmod 755 f; : >g; chmod 4644 g; : >h; chmod 2644 h
test -r f; echo $?
test -w f; echo $?
test -x f; echo $?
test -x g; echo $?
test -x nosuch; echo $?
test -u g; echo $?
test -u f; echo $?
test -g h; echo $?
test -g f; echo $?
--- stdout
0
0
0
1
1
0
1
0
1

=== -t tests whether a descriptor is a terminal (conch)
--- script
test -t 0; echo $?
test -t 5; echo $?
! test -t 12323454234578326584376438; echo $?
--- stdout
1
1
0

=== -nt -ot -ef compare files, a missing file is the older one (posix; POSIX 2024 and bash; dash differs)
--- script
touch -d '2001-01-01' old; touch -d '2002-01-01' new; ln -s new link
test new -nt old; echo $?
test old -nt new; echo $?
test old -ot new; echo $?
test new -nt missing; echo $?
test missing -ot new; echo $?
test missing -nt new; echo $?
test new -ef link; echo $?
test new -ef old; echo $?
test new -ef missing; echo $?
--- stdout
0
1
0
0
0
1
0
1
1

=== ! negates; with two arguments the operand is a string (posix; XCU test, 2 arguments)
--- script
test ! a; echo $?
test ! ''; echo $?
test ! -n; echo $?
--- stdout
1
0
1

=== three arguments: a binary primary wins over ! and parentheses (posix; XCU test, 3 arguments)
--- script
test -n = -n; echo $?
test ! = !; echo $?
test = = =; echo $?
test '(' a ')'; echo $?
test '(' '' ')'; echo $?
test ! a = a; echo $?
test ! -z a; echo $?
--- stdout
0
0
0
0
1
1
0

=== four arguments: ! and parentheses (posix; XCU test, 4 arguments)
--- script
test ! a = b; echo $?
test ! ! a; echo $?
test '(' -n a ')'; echo $?
test '(' ! a ')'; echo $?
--- stdout
0
0
0
1

=== -a and -o with three arguments (posix)
--- script
test a -a b; echo $?
test '' -a b; echo $?
test a -o ''; echo $?
test '' -o ''; echo $?
--- stdout
0
1
0
1

=== more arguments: -a binds tighter than -o, parentheses group (posix; XSI)
--- script
test a = a -a b = b; echo $?
test a = a -a b = c; echo $?
test a = b -o b = b; echo $?
test a = a -o b = c -a d = e; echo $?
test ! a = b -a c; echo $?
test '(' a = a ')' -a '(' b = c ')'; echo $?
test '(' a = a ')' -o '(' b = c ')'; echo $?
test -n a -a -n b -o -z c; echo $?
--- stdout
0
1
0
0
0
1
0
0

=== unary operator expected with two arguments, status 2 (conch)
--- script
test a b; echo $?
--- stdout
2
--- stderr-contains
test: a: unary operator expected

=== binary operator expected with three arguments, status 2 (conch)
--- script
test a b c; echo $?
--- stdout
2
--- stderr-contains
test: b: binary operator expected

=== an unclosed parenthesis is an error, status 2 (conch)
--- script
test '(' a = a; echo $?
--- stdout
2
--- stderr-contains
test: ')' expected

=== test is not a special builtin: its errors do not end the script (conch)
--- script
test 1 -gt x
echo still here
--- stdout
still here
--- stderr-contains
integer expression expected

=== -O and -G: owned by the effective user and group (conch; not POSIX; dash, bash)
--- script
touch mine
test -O mine; echo $?
test -G mine; echo $?
test -O /nonexistent; echo $?
--- stdout
0
0
1

=== test: an operator-looking operand is a string when nothing else parses: [ -a -a ] is false (posix; dash and bash agree)
--- script
[ -a -a ]; echo $?
[ -a -a -a -a ]; echo $?
[ -o -o -o -o ]; echo $?
--- stdout
1
1
0

=== test: after -a, ( opens a group, so ( = ) is the string "=" (posix; dash and bash agree)
--- script
test 0 -eq 0 -a "(" = ")"; echo $?
test "(" = ")" -a x; echo $?
test "(" = ")"; echo $?
--- stdout
0
0
1
