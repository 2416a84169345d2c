# The trap builtin and signal handling (XCU trap, XCU 2.11 signals, XCU 2.12 subshells).

=== the EXIT trap runs when the script ends (posix)
--- script
trap 'echo bye' EXIT
echo hi
--- stdout
hi
bye

=== the EXIT trap keeps the exit status of exit n (posix)
--- script
trap 'echo bye' EXIT
exit 4
--- stdout
bye
--- status
4

=== exit n inside the EXIT trap changes the status (posix)
--- script
trap 'exit 7' EXIT
exit 4
--- status
7

=== EXIT can be given as 0 (posix)
--- script
trap 'echo bye' 0
echo hi
--- stdout
hi
bye

=== a trapped INT runs its action and the script goes on (posix)
--- script
trap 'echo caught' INT
kill -INT $$
echo after
--- stdout
caught
after

=== signal names with SIG and numbers are accepted (conch)
--- script
trap 'echo one' SIGUSR1
kill -USR1 $$
trap 'echo two' 10
kill -s USR1 $$
trap 'echo three' usr1
kill -10 $$
--- stdout
one
two
three

=== $? is preserved across a trap action (posix)
--- script
trap 'false' USR1
kill -USR1 $$
echo $?
--- stdout
0

=== exit in a trap action leaves with its status (posix)
--- script
trap 'echo bye; exit 7' USR1
kill -USR1 $$
echo not reached
--- stdout
bye
--- status
7

=== trap lists the traps that are set, in re-input form (conch; bash writes SIGUSR1)
--- script
trap 'echo "it'\''s"' USR1
trap '' QUIT
trap
--- stdout
trap -- '' QUIT
trap -- 'echo "it'\''s"' USR1

=== trap -p with operands lists them, a default as - (posix; POSIX 2024; bash --posix)
--- script
trap 'echo x' USR1
trap -p USR1 INT
--- stdout
trap -- 'echo x' USR1
trap -- - INT

=== trap -p without operands lists every condition (posix; POSIX 2024; bash --posix)
--- script
trap 'echo x' INT
trap -p | sed -n '1,4p'
--- stdout
trap -- - EXIT
trap -- - HUP
trap -- 'echo x' INT
trap -- - QUIT

=== trap - resets a trap (posix)
--- script
trap 'echo x' USR1
trap - USR1
trap
kill -USR1 $$
echo not reached
--- status
138

=== a numeric first operand resets every condition named (posix; XCU trap)
--- script
trap 'echo x' USR1 USR2
trap 0 USR1 USR2
trap
echo done
--- stdout
done

=== a single operand resets that condition (posix; dash, bash)
--- script
trap 'echo x' USR1
trap USR1
trap
--- stdout

=== trap '' ignores a signal, and children inherit that (posix)
--- script
trap '' USR1
kill -USR1 $$
sh -c 'kill -USR1 $$; echo child alive'
echo alive
--- stdout
child alive
alive

=== a trapped signal is back to default in a child program (posix)
--- script
trap 'echo x' USR1
sh -c 'kill -USR1 $$; echo no'
echo $?
--- stdout
138
--- stderr-contains
User defined signal 1

=== ... also in a pipeline stage or $( ) that only runs a utility; a blocked signal is not (posix)
--- script
trap '' USR1
sh -c 'kill -USR1 $$; echo stage: ignored' | cat
echo "$(sh -c 'kill -USR1 $$; echo cmdsub: ignored')"
trap 'echo trap ran' USR1
{ sh -c 'kill -USR1 $$; echo trapped: not reached' | cat; } 2>/dev/null
{ echo "[$(sh -c 'kill -USR1 $$; echo trapped: not reached')]"; } 2>/dev/null
trap - USR1
{ sh -c 'kill -USR1 $$; echo default: not reached' | cat; } 2>/dev/null
{ echo "[$(sh -c 'kill -USR1 $$; echo default: not reached')]"; } 2>/dev/null
--- stdout
stage: ignored
cmdsub: ignored
[]
[]

=== a bad condition is an error that names it; the others are set (conch; bash; dash stops)
--- script
trap 'echo' FOO USR1
echo $?
trap
--- stdout
1
trap -- 'echo' USR1
--- stderr-contains
trap: FOO: bad trap

=== traps are reset in a subshell (posix; XCU 2.12)
--- script
trap 'echo parent' TERM
(sh -c 'kill -TERM $PPID'; echo not reached)
echo $?
kill -TERM $$
--- stdout
143
parent
--- stderr
Terminated

=== the EXIT trap is not inherited by a subshell (posix)
--- script
trap 'echo bye' EXIT
(echo sub)
echo main
--- stdout
sub
main
bye

=== a subshell runs its own EXIT trap (posix)
--- script
(trap 'echo sub' EXIT; echo in)
echo out
--- stdout
in
sub
out

=== $(trap) shows the parent's traps (posix; POSIX 2024; dash shows only ignored ones)
--- script
trap 'echo x' USR1
trap '' USR2
t=$(trap)
echo "$t"
--- stdout
trap -- 'echo x' USR1
trap -- '' USR2

=== a trap set in a subshell replaces the parent's listing there (posix)
--- script
trap 'echo x' USR1
trap '' USR2
(trap 'echo y' HUP; trap)
--- stdout
trap -- 'echo y' HUP
trap -- '' USR2

=== ignored signals stay ignored in a subshell (posix)
--- script
trap '' USR1
(kill -USR1 $$; echo alive; trap)
--- stdout
alive
trap -- '' USR1

=== a signal ignored on entry cannot be trapped (posix; XCU trap; bash; dash lets it be trapped)
--- command
trap '' USR1; "$CONCH" test.sh
--- script
trap 'echo caught' USR1
echo $?
kill -USR1 $$
echo after
trap
--- stdout
0
after
trap -- '' USR1

=== wait is interrupted by a trapped signal: 128+N, then the action (posix; XCU wait)
--- script
trap 'echo trap $?' USR1
(sleep 0.1; kill -USR1 $$) &
sleep 0.5 & p=$!
wait $p
echo wait=$?
kill $p
--- stdout
trap 138
wait=138

=== a trap on KILL is accepted but cannot take effect (conch; dash, bash)
--- script
trap 'echo x' KILL
echo $?
trap
--- stdout
0
trap -- 'echo x' KILL
--- stderr
conch: trap: KILL: this trap can never run: SIGKILL cannot be caught, blocked or ignored

=== an async list may trap the SIGINT it inherits ignored (posix; XCU 2.11; bash; dash cannot)
--- script
(trap 'echo got INT' INT; kill -INT $(sh -c 'echo $PPID'); echo after) &
wait $!
--- stdout
got INT
after

=== trap - in an async list restores the default for SIGQUIT (conch; bash; dash cannot)
--- script
(trap - QUIT; sleep 1) & p=$!
sleep 0.1
kill -QUIT $p
wait $p; echo $?
--- stdout
131

=== a CHLD trap runs when a child ends and does not interrupt wait (conch)
--- script
trap 'echo chld' CHLD
(exit 3) &
wait $!; echo $?
--- stdout
chld
3

=== a script without #! run by a new shell in a child lists none of the old traps (posix; XCU 2.9.1.4)
--- script
trap 'echo bye' EXIT
trap 'echo int' INT
printf 'trap\necho inner\n' > plain.sh
chmod +x plain.sh
./plain.sh
--- stdout
inner
bye

=== a trap action runs right after the command that raised it, inside an and-or list (posix; dash, bash)
--- script
trap 'echo T' USR1
kill -s USR1 $$ && echo after
--- stdout
T
after

=== a special builtin's error in a trap action ends the script with status 2 (conch; XCU 2.8.1; dash, bash)
--- script
trap 'shift 5' USR1
kill -s USR1 $$
--- stderr
conch: shift: can't shift that many
--- status
2

=== ... also when the kill is not the last command of the line (conch)
--- script
trap 'shift 5' USR1
kill -s USR1 $$; echo not reached
--- stderr
conch: shift: can't shift that many
--- status
2

=== exit n in a trap action between two commands of a list ends the shell with n (posix)
--- script
trap 'exit 7' USR1
kill -s USR1 $$; echo not reached
--- status
7

=== exit without operand in the EXIT trap keeps the status the shell was exiting with (posix; XCU exit)
--- script
trap 'rm -f nosuchfile; exit' EXIT
false
--- status
1

=== ... also from a subshell's status, with the trap set for several conditions (posix)
--- script
trap 'echo cleanup; exit' INT TERM EXIT
(exit 3)
--- stdout
cleanup
--- status
3

=== exit without operand in a signal's trap action uses $? from before the action (posix; dash, bash differs)
--- script
trap 'false; exit' USR1
kill -s USR1 $$
echo not reached
--- status
0

=== return n in a trap action that runs during a function returns n from it (posix; dash, bash, mksh)
--- script
trap 'return 11' TERM
f() { kill $$; echo no; }
f; echo $?
--- stdout
11

=== return without operand in a trap action uses $? from before the action (posix; dash, bash)
--- script
trap 'false; return' USR1
f() { kill -s USR1 $$; echo no; }
f; echo $?
--- stdout
0

=== a signal sent from a trap action runs its own action at once, inside it (posix; dash, bash)
--- script
trap 'echo INT' INT
trap 'kill -INT $$; echo in-term' TERM
kill $$
echo end
--- stdout
INT
in-term
end

=== a trap action interrupted by its own signal again (posix; dash, bash)
--- script
n=0
trap 'n=$((n+1)); [ $n -lt 3 ] && kill -s USR1 $$; echo a$n' USR1
kill -s USR1 $$
echo end
--- stdout
a3
a3
a3
end

=== pending traps run at every iteration of a loop that only continues (posix; dash)
--- script
trap 'echo Exiting; exit' INT
(sleep 0.2; kill -s INT $$) &
while continue; do continue; done
--- stdout
Exiting

=== a trap set in a background group runs when its last command was interrupted (posix; dash, bash, mksh)
--- script
mkfifo ready go
{ trap 'echo got TERM' TERM; sh -c 'echo >ready; read x <go'; } &
read x <ready; kill $!; echo >go; wait
--- stdout
got TERM

=== ... and in a background subshell (posix; dash, bash, mksh)
--- script
mkfifo ready go
( trap 'echo got TERM' TERM; sh -c 'echo >ready; read x <go' ) &
read x <ready; kill $!; echo >go; wait
--- stdout
got TERM

=== trap ERR runs where set -e would exit, with $? and LINENO of the failed command (conch; as bash)
--- script
trap 'echo "ERR: status $? at line $LINENO"' ERR
false
echo "after: $?"
if false; then :; fi
false || true
! false
while false; do :; done
x=$(exit 3)
(exit 4)
f() { false; echo "in f"; }
f
echo end
--- stdout
ERR: status 1 at line 2
after: 1
ERR: status 3 at line 8
ERR: status 4 at line 9
in f
end

=== set -E: functions and subshells inherit the ERR trap; with set -e the shell then exits (conch; as bash)
--- script
set -E
trap 'echo "ERR $? at $LINENO"' ERR
f() { false; echo "f goes on"; }
f
( false; echo "subshell goes on" )
set +E
f
( false; echo "subshell goes on" )
x=$(false; echo "cmdsub goes on"); echo "$x"
set -e
f
echo never
--- stdout
ERR 1 at 3
f goes on
ERR 1 at 5
subshell goes on
f goes on
subshell goes on
cmdsub goes on
--- status
1

=== trap -p lists ERR; trap - ERR resets it; a failure inside the action does not run it again (conch; as bash, which prints nothing for trap -p of a reset ERR)
--- script
trap 'echo caught; false' ERR
trap -p ERR
trap | grep ERR
false
trap - ERR
trap -p ERR
false
echo done
--- stdout
trap -- 'echo caught; false' ERR
trap -- 'echo caught; false' ERR
caught
trap -- - ERR
done

=== an ERR trap set in conch mode is neither run nor listed after set -o posix, and is back after set +o posix (conch)
--- script
trap 'echo "ERR at $LINENO"' ERR
false
set -o posix
false
trap | grep -c ERR
set +o posix
false
--- stdout
ERR at 2
0
ERR at 7
--- status
1
