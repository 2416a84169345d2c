# Hostile input: names and text from outside the program must never be taken as a printf
# format, nor crash or stall the shell. Cases marked (conch) check conch's own messages;
# (posix) ones hold for any POSIX shell (dash passes them too).
#
# No input may overflow the C stack: the depth cases run under an 8 MiB hard stack limit, so
# conch cannot raise it; the input either runs or ends with a clear error and status 2. dash
# runs the long and-or chains too; bash overflows on them.

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

=== 100000 && operators run under an 8 MiB stack, and --ast shows them (conch; --ast)
--- command
awk 'BEGIN { printf "true"; for (i = 1; i < 100000; i++) printf " && true"; print "" }' >deep.sh
awk 'BEGIN { printf "false"; for (i = 1; i < 100000; i++) printf " || false"; print " || echo last" }' >deep2.sh
ulimit -s 8192
"$CONCH" deep.sh; echo "status $?"
"$CONCH" deep2.sh; echo "status $?"
"$CONCH" --ast -n deep.sh 2>&1 | grep -c '^  &&$'
--- stdout
status 0
last
status 0
99999

=== a job of 100000 and-or operators is named in full by jobs (conch)
--- command
awk 'BEGIN { printf "{ true"; for (i = 1; i < 100000; i++) printf " && true"; print "; } &" }' >deep.sh
echo 'jobs | wc -c; wait; echo "status $?"' >>deep.sh
ulimit -s 8192
"$CONCH" deep.sh
--- stdout
800034
status 0

=== eval calling itself ends in an error, not a crash (conch)
--- command
ulimit -s 8192
"$CONCH" -c 's='\''eval "$s"'\''; eval "$s"; echo not reached' 2>err; echo "status $?"
grep -c -e 'maximum nesting of eval, . and trap actions exceeded' -e 'nested too deeply: out of stack' err
"$CONCH" -c 's='\''command eval "$s"'\''; eval "$s"; echo "goes on $?"' 2>/dev/null
--- stdout
status 2
1
goes on 2

=== a function calling itself ends in an error under an 8 MiB stack (conch)
--- command
ulimit -s 8192
"$CONCH" -c 'f() { f; }; f; echo not reached' 2>err; echo "status $?"
grep -c -e 'maximum function nesting level exceeded' -e 'nested too deeply: out of stack' err
--- stdout
status 2
1

=== 100000 nested ${x:-...} are a syntax error (conch)
--- command
awk 'BEGIN { printf "echo "; for (i = 0; i < 100000; i++) printf "${x:-"; printf "1"; for (i = 0; i < 100000; i++) printf "}"; print "" }' >deep.sh
ulimit -s 8192
"$CONCH" deep.sh; echo "status $?"
"$CONCH" -n --ast deep.sh 2>/dev/null; echo "status $?"
--- stdout
status 2
status 2
--- stderr
conch: deep.sh: line 1: syntax error: expansions nested too deeply (1000 levels)

=== 999 nested ${x:-...} still work (posix)
--- command
awk 'BEGIN { printf "echo "; for (i = 0; i < 999; i++) printf "${x:-"; printf "1"; for (i = 0; i < 999; i++) printf "}"; print "" }' >deep.sh
ulimit -s 8192
"$CONCH" deep.sh; echo "status $?"
--- stdout
1
status 0

=== 100000 nested braces and parentheses, 20000 nested ifs are a syntax error (conch)
--- command
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "{ "; printf "true"; for (i = 0; i < 100000; i++) printf "; }"; print "" }' >b.sh
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "( "; printf "true"; for (i = 0; i < 100000; i++) printf ")"; print "" }' >p.sh
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "if true; then "; printf "true"; for (i = 0; i < 20000; i++) printf "; fi"; print "" }' >i.sh
ulimit -s 8192
for f in b.sh p.sh i.sh; do "$CONCH" $f; echo "status $?"; done
--- stdout
status 2
status 2
status 2
--- stderr
conch: b.sh: line 1: syntax error: commands nested too deeply
conch: p.sh: line 1: syntax error: commands nested too deeply
conch: i.sh: line 1: syntax error: commands nested too deeply

=== 4000 nested braces run, and --ast shows them (conch; --ast)
--- command
awk 'BEGIN { for (i = 0; i < 4000; i++) printf "{ "; printf "echo deep"; for (i = 0; i < 4000; i++) printf "; }"; print "" }' >b.sh
ulimit -s 8192
"$CONCH" b.sh; echo "status $?"
"$CONCH" -n --ast b.sh 2>&1 | grep -c GROUP
--- stdout
deep
status 0
4000

=== 100000 nested parentheses in arithmetic are an error (conch)
--- command
awk 'BEGIN { printf "echo $(("; for (i = 0; i < 100000; i++) printf "("; printf "1"; for (i = 0; i < 100000; i++) printf ")"; print "))" }' >a.sh
ulimit -s 8192
"$CONCH" a.sh; echo "status $?"
--- stdout
status 2
--- stderr
conch: a.sh: line 1: arithmetic: expression too deeply nested in "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((..."

=== a trap action that sends its own signal 5000 times, under an 8 MiB stack (posix)
--- command
ulimit -s 8192
"$CONCH" -c 'n=0; trap '\''n=$((n + 1)); [ $n -lt 5000 ] && kill -s USR1 $$'\'' USR1; kill -s USR1 $$; echo $n'
--- stdout
5000

=== 2.6 million commands on one line fit in 400 MB of address space (conch)
--- command
# The tree of a line is kept whole until the line has been read: about 72 bytes a command
# (it was 250). A sanitizer build cannot start at all under an address-space limit (it
# reserves terabytes of shadow memory), and its leak check at exit would scan the whole tree:
# there the case only runs a line of a tenth the length.
# (The ':' keeps the probe's shell from exec'ing conch: it reports the sanitizer's abort to
# the /dev/null it has as stderr.)
ok=$(exec 2>/dev/null; ulimit -v 400000; "$CONCH" -c 'echo yes'; :)
n=2621440; [ "$ok" = yes ] || n=262144
awk -v n=$n 'BEGIN { for (i = 0; i < n; i++) printf ":;"; print "echo done" }' >c.sh
if [ "$ok" = yes ]; then (ulimit -v 400000; "$CONCH" c.sh); else "$CONCH" c.sh; fi
echo "status $?"
--- stdout
done
status 0

=== a glob of 200000 path components, in the C and a UTF-8 locale, under an 8 MiB stack (posix)
--- command
awk 'BEGIN { printf "echo "; for (i = 0; i < 200000; i++) printf "a/"; print "* | wc -c" }' >g.sh
ulimit -s 8192
LC_ALL=C "$CONCH" g.sh; echo "status $?"
LC_ALL=C.UTF-8 "$CONCH" g.sh; echo "status $?"
--- stdout
400002
status 0
400002
status 0
