# conch-explain.t — `set -o explain`, `set -o explainbrief`, `conch --explain` (conch's own
# teaching options; no other shell has them). The pty and strace checks are in
# tests/pty/explain.py; tests/explain-forced.py reruns other files with the narration on.

=== set -o lists explain and explainbrief, off by default (conch)
--- script
set -o | grep '^explain'
--- stdout
explain        	off
explainbrief   	off

=== set +o explain turns it off again: nothing narrated (conch)
--- script
set -o explain
set +o explain
/bin/true
true | /bin/true
--- stdout

=== --explain: the child narrates its execve, prefixed with its pid (conch)
--- command
"$CONCH" --explain -c '/bin/echo hi' 2>&1 | sed -n '/^~ \[/s/\[[0-9]*\]/[PID]/p; /^[^~]/p'
--- stdout
~ [PID] execve("/bin/echo", ["/bin/echo", "hi"])
hi

=== CONCH_EXPLAIN_FD names the descriptor; standard error is left alone (conch)
--- command
CONCH_EXPLAIN_FD=7 "$CONCH" -c 'set -o explain; /bin/true' 7>out 2>err
grep -c 'execve("/bin/true", \["/bin/true"\])' out
wc -c <err
--- stdout
1
0

=== the wait: each waitpid result decoded (conch)
--- command
"$CONCH" -c 'set -o explain; /bin/sh -c "exit 3"; /bin/sh -c "kill -TERM \$\$"' 2>&1 |
    sed -n 's/^~ waitpid = [0-9]* \([a-z]*\( by\)* [A-Z0-9]*\) .*/\1/p'
--- stdout
exited 3
killed by SIGTERM

=== kill %n without job control: each kill(2) narrated is one the shell made, to each process of the job (conch; checked against strace)
--- command
ASAN_OPTIONS=detect_leaks=0 strace -qq -e trace=kill -o trace "$CONCH" -c 'set -o explain; sleep 5 | sleep 6 & kill %1; wait' 2>narr
sed -n 's/^~ \(kill([0-9]*, SIG[A-Z]*)\).*/\1/p' narr >said
sed -n 's/^\(kill([0-9]*, SIG[A-Z]*)\) *= 0$/\1/p' trace >made
cmp said made && sed 's/[0-9][0-9]*/N/' said
--- stdout
kill(N, SIGTERM)
kill(N, SIGCONT)
kill(N, SIGTERM)
kill(N, SIGCONT)

=== kill builtin: every kill it sends (conch)
--- command
"$CONCH" -c 'set -o explain; kill -0 $$' 2>&1 | sed 's/[0-9][0-9]*/N/g; s/  */ /g'
--- stdout
~ kill(N, N) kill builtin

=== pipe and its ends, dup2 in each stage (conch)
--- command
"$CONCH" -c 'set -o explain; /bin/echo hi | /bin/cat' 2>&1 |
    sed -n 's/\[[0-9]*\] //; s/^~ \(pipe() = \[[0-9]*, [0-9]*\]\|dup2([0-9]*, [01])\).*/\1/p' |
    sed 's/[0-9][0-9]*,/N,/; s/, [0-9][0-9]*\]/, N]/' | sort
--- stdout
dup2(N, 0)
dup2(N, 1)
pipe() = [N, N]

=== explainbrief: only the job's story (conch)
--- command
"$CONCH" -c 'set -o explainbrief; /bin/sh -c "exit 4"' 2>&1 | sed 's/[0-9][0-9]*)/N)/'
--- stdout
~ job (in the shell's group: N) started in the foreground; the shell waits for it
~ job finished: exited 4

=== exit: each job left behind, and that conch sends it nothing (conch)
--- command
"$CONCH" -c 'set -o explain; /bin/sleep 5 & exit' 2>&1 | grep -c '^~ exit: job 1 keeps running .*sends its jobs no signal'
--- stdout
1

=== a trapped signal: narrated by the main loop when its action runs (conch)
--- command
"$CONCH" -c 'set -o explain; trap "echo hup" HUP; kill -HUP $$; echo after' 2>&1 |
    sed 's/[0-9][0-9]*/N/g; s/  */ /g'
--- stdout
~ kill(N, SIGHUP) kill builtin
~ SIGHUP received the handler only set a flag; its trap action runs now, outside the handler
hup
after
