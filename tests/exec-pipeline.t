# Pipelines (XCU 2.9.2): one process per command, the status of the last, `!`, pipefail.
# Expected output is dash's (bash for pipefail, which dash 0.5.12 lacks).

=== stages are connected in order (posix)
--- script
printf "%s\n" b a | sort | tr a-z A-Z
--- stdout
A
B

=== the status is the last command's (posix)
--- script
false | true
echo $?
true | false
echo $?
true | (exit 7)
echo $?
--- stdout
0
1
7

=== ! negates the status of a pipeline or a single command (posix)
--- script
! true
echo $?
! false
echo $?
! false | true
echo $?
! (exit 3)
echo $?
--- stdout
1
0
1
0

=== pipefail: the last non-zero status of any stage (posix; POSIX 2024)
--- script
set -o pipefail
false | true
echo $?
(exit 3) | (exit 4) | true
echo $?
true | true
echo $?
! false | true
echo $?
--- stdout
1
4
0
0

=== every stage runs in a subshell (posix)
--- script
x=1
echo 2 | read x
echo $x
x=3 | true
echo $x
--- stdout
1
1

=== builtins and compound commands as stages (posix)
--- script
printf 'a\nb\n' | while read l; do echo "<$l>"; done
echo hi | { read v; echo "got $v"; } | cat
for i in 3 1 2; do echo $i; done | sort
--- stdout
<a>
<b>
got hi
1
2
3

=== a long pipeline (posix)
--- script
seq 1 500 | cat | cat | cat | cat | cat | cat | cat | cat | wc -l | tr -d ' '
--- stdout
500

=== a stage that stops reading ends the writers (posix; SIGPIPE, no message)
--- script
yes | head -n 2
echo "status $?"
--- stdout
y
y
status 0

=== the writer end is closed in every other stage, so readers see end of file (posix)
--- script
echo one | { cat; echo two; } | cat
--- stdout
one
two

=== stage redirections apply after the pipe (posix)
--- script
{ echo out; echo err >&2; } 2>&1 | tr a-z A-Z
--- stdout
OUT
ERR

=== a pipeline of functions (posix)
--- script
up() { tr a-z A-Z; }
rev() { sed 's/^/>/'; }
echo abc | up | rev
--- stdout
>ABC

=== stages that only run a utility: descriptors, scripts without #!, errors, functions (conch)
--- script
exec 4>f
echo x | ls /proc/self/fd | tr '\n' ' '; echo
printf 'echo script ran\n' > s; chmod +x s
echo | ./s | cat
touch n; echo | ./n | cat; echo "status $?"
echo | nosuch-cmd-xyz | cat; echo "status $?"
echo | cat | ./n; echo "status $?"
cat() { echo "function cat"; }
echo a | cat
unset -f cat
echo b | cat | cat
--- stdout
0 1 2 3 4 
script ran
status 0
status 0
status 126
function cat
b
--- stderr
conch: test.sh: line 5: ./n: Permission denied
conch: test.sh: line 6: nosuch-cmd-xyz: not found
conch: test.sh: line 7: ./n: Permission denied

=== stages that only run a utility and cannot: every stage's status with pipefail (conch)
--- script
touch n
printf 'echo script ran; exit 3\n' > s; chmod +x s
set -o pipefail
./n | cat; echo "status $?"
echo | ./s | cat; echo "status $?"
{ ./n | cat; } 2>/dev/null; echo "status $?"
--- stdout
status 126
script ran
status 3
status 126
--- stderr-contains
./n: Permission denied
