# set -e (XCU set, POSIX 2024 wording): when a failure ends the shell and when it is ignored.
# Expected output is dash's (bash --posix and yash agree) unless a title says otherwise.

=== a failing simple command ends the shell with its status (posix)
--- script
set -e
echo before
sh -c 'exit 3'
echo not reached
--- stdout
before
--- status
3

=== ignored in if, while and until conditions (posix)
--- script
set -e
if false; then :; fi
while false; do :; done
until true; do :; done
if false && true; then :; fi
echo survived
--- stdout
survived

=== ignored for every command of an and-or list but the last (posix)
--- script
set -e
false && echo never
false || echo or
true && false || echo rescued
echo survived
--- stdout
or
rescued
survived

=== the last command of an and-or list counts (posix)
--- script
set -e
true && false
echo not reached
--- status
1

=== ignored after ! (posix)
--- script
set -e
! true
! false
f() { false; echo "in f"; }
! f
echo survived
--- stdout
in f
survived

=== a compound command whose status comes from an ignored failure does not end the shell (posix)
--- script
set -e
{ false && true; }
for i in 1; do false && true; done
case x in x) false || false && true ;; esac
echo survived
--- stdout
survived

=== a subshell that fails ends the shell, even from an ignored failure inside (posix)
--- script
set -e
(false && true)
echo not reached
--- status
1

=== a function call is a simple command: its non-zero status ends the shell (posix)
--- script
set -e
f() { false && true; }
f
echo not reached
--- status
1

=== inside a function called as a condition, set -e is ignored (posix)
--- script
set -e
f() { false; echo "went on"; }
if f; then echo yes; fi
f || echo never
echo survived
--- stdout
went on
yes
went on
survived

=== a failing pipeline ends the shell; its earlier stages do not count (posix)
--- script
set -e
false | true
echo first
true | false
echo not reached
--- stdout
first
--- status
1

=== a failure inside a pipeline stage ends that stage's process (posix)
--- script
set -e
{ false; echo never; } | cat
echo survived
--- stdout
survived

=== an assignment whose command substitution fails ends the shell (posix)
--- script
set -e
x=$(false)
echo not reached
--- status
1

=== eval of a failing command ends the shell (posix)
--- script
set -e
eval false
echo not reached
--- status
1

=== the condition context reaches into command substitutions run there (conch; as bash and yash; dash not)
--- script
set -e
if x=$(false; echo inner); then echo "got $x"; fi
echo survived
--- stdout
got inner
survived

=== a redirection failure of a compound command counts (conch; status 1 as in bash, dash 2)
--- script
set -e
{ :; } 2>/dev/null > /nonexistent/dir/f
echo not reached
--- status
1

=== set +e turns it off again (posix)
--- script
set -e
set +e
false
echo survived
--- stdout
survived

=== sh -e on the command line (posix)
--- command
"$CONCH" -e -c 'false; echo no'; echo "status $?"
--- stdout
status 1
