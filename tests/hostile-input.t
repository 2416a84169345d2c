# Hostile input: names and text from outside the program must never be taken as a printf
# format, nor crash or stall the shell. Cases marked (conch) check conch's own messages;
# (posix) ones hold for any POSIX shell (dash passes them too).

=== a script whose name holds % directives: the name is printed as it is (conch)
--- command
printf 'if then\n' >'a%s%s%n.sh'
"$CONCH" 'a%s%s%n.sh'
echo "status $?"
--- stdout
status 2
--- stderr
conch: a%s%s%n.sh: line 1: syntax error near unexpected token 'then'

=== a runtime error in a script with % in its name (conch)
--- command
printf 'nosuch%%n%%s\ncd /nonexistent%%n\n' >'b%n%s.sh'
"$CONCH" 'b%n%s.sh'
echo "status $?"
--- stdout
status 1
--- stderr
conch: b%n%s.sh: line 1: nosuch%n%s: not found
conch: cd: /nonexistent%n: No such file or directory

=== a function named %n%n is refused with a plain message (conch)
--- script
'%n%n'() { :; }
--- stderr
conch: test.sh: line 1: syntax error: bad function name
--- status
2

=== $0 set to %s%n with -c (conch)
--- command
"$CONCH" -c 'if then' '%s%n'; echo "status $?"
"$CONCH" -c 'nosuch%s; echo "$0"' '%s%n'; echo "status $?"
--- stdout
status 2
%s%n
status 0
--- stderr
conch: line 1: syntax error near unexpected token 'then'
conch: line 1: nosuch%s: not found

=== an invalid option with % directives on the command line (conch)
--- command
"$CONCH" -o '%s%n%s'; echo "status $?"
--- stdout
status 2
--- stderr-contains
conch: %s%n%s: invalid option name

=== printf's own format operand cannot reach the C library's %n (posix; dash's status 2)
--- script
printf "%n\n" x; echo "status $?"
printf '%s|%5.2s|%-4d|%+d|%#x|%05.1f\n' abc xyz 7 3 255 2.25
--- stdout
status 2
abc|   xy|7   |+3|0xff|002.2
--- stderr-contains
printf:
