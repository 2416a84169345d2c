# Jobs in a non-interactive shell (XCU 2.9.3 asynchronous lists, 2.11 job control, wait, kill,
# jobs, fg, bg, disown). No terminal here: job control proper is tested in a pty elsewhere.

=== wait for $! gives its exit status (posix; XCU wait)
--- script
sleep 0.1 & wait $!; echo $?
--- stdout
0

=== wait gives a subshell's exit status (posix)
--- script
(exit 3) & wait $!; echo $?
--- stdout
3

=== wait for a pid that is not a child is 127 (posix)
--- script
wait 99999 2>/dev/null; echo $?
--- stdout
127

=== wait with several operands returns the last one's status (posix)
--- script
(exit 2) & p1=$!
(exit 5) & p2=$!
wait $p1 $p2; echo $?
wait $p2 $p1; echo $?
--- stdout
5
2

=== wait without operands waits for all and returns 0 (posix)
--- script
(sleep 0.1; exit 3) & (exit 4) &
wait; echo $?
--- stdout
0

=== wait for $! twice gives the status twice (conch; bash)
--- script
(exit 6) & p=$!
wait $p; echo $?
wait $p; echo $?
--- stdout
6
6

=== wait without operands forgets the statuses it collected (conch; bash)
--- script
(exit 6) & p=$!
wait
wait $p; echo $?
--- stdout
127
--- stderr-contains
wait: pid

=== wait %n waits for a job (posix)
--- script
(exit 7) &
wait %1; echo $?
--- stdout
7

=== kill -s TERM then wait is 128+15 (conch)
--- script
sleep 1 & kill -s TERM $!; wait $!; echo $?
--- stdout
143

=== kill -SIG, -NUM, -n NUM and SIG-prefixed names (conch; bash also reports Killed/Hangup here)
--- script
sleep 1 & kill -KILL $!; wait $!; echo $?
sleep 1 & kill -9 $!; wait $!; echo $?
sleep 1 & kill -n 15 $!; wait $!; echo $?
sleep 1 & kill -s SIGHUP $!; wait $!; echo $?
sleep 1 & kill -- $!; wait $!; echo $?
--- stdout
137
137
143
129
143

=== kill %n in POSIX mode needs job control: the job has no process group (conch; POSIX mode; yash; dash tries the group and fails)
--- script
set -o posix
sleep 0.1 & kill %1; echo $?
--- stdout
1
--- stderr-contains
kill: %1: not a job-controlled job

=== kill %n without job control signals each process of the job (conch; as bash, mksh and ksh93; POSIX.1-2024 job IDs name any background job)
--- script
sleep 5 & kill %1; echo "kill $?"; wait %1; echo "wait $?"
sleep 5 | sleep 6 & kill -s KILL %1; wait %1; echo "pipeline $?"
sleep 8 & kill -s 0 %1; echo "signal 0 $?"; kill %1; wait
jobs
--- stdout
kill 0
wait 143
pipeline 137
signal 0 0

=== kill %n signals a job's process group with set -m (conch)
--- script
set -m 2>/dev/null
sleep 1 & kill %1; wait %1; echo $?
sleep 1 | sleep 1 & kill -s KILL %%; wait %1; echo $?
--- stdout
143
137

=== kill -l names a signal from its number or an exit status (conch)
--- script
kill -l 137
kill -l 9
kill -l 143 2
--- stdout
KILL
KILL
TERM
INT

=== kill -l with a name gives its number (conch; as bash does; dash rejects names)
--- script
kill -l TERM; kill -l SIGKILL
--- stdout
15
9

=== kill -l lists names one per line (conch; like dash, without its leading 0)
--- script
kill -l | sed -n '1,3p;9p;15p'
--- stdout
HUP
INT
QUIT
KILL
TERM

=== kill with a bad signal name is an error (conch)
--- script
kill -s FOO $$; echo $?
kill -l 999; echo $?
--- stdout
1
1
--- stderr-contains
kill: FOO: invalid signal specification

=== kill with no such job (conch)
--- script
kill %9; echo $?
--- stdout
1
--- stderr-contains
kill: %9: no such job

=== kill with no operand is a usage error (conch)
--- script
kill; echo $?
--- stdout
2
--- stderr-contains
usage

=== kill with a word that is not a pid (conch)
--- script
kill abc; echo $?
--- stdout
1
--- stderr-contains
kill: abc: arguments must be process or job IDs

=== an async list without job control ignores SIGINT (posix; XCU 2.11; dash and bash may lose this race)
--- script
sleep 0.2 & kill -INT $!; wait $!; echo $?
--- stdout
0

=== jobs lists a running background job (conch; bash's format)
--- script
sleep 1 &
jobs
kill $!
wait
--- stdout
[1]+  Running                 sleep 1 &

=== jobs marks the current and previous job (conch)
--- script
sleep 1 & sleep 1 &
jobs
kill $(jobs -p)
--- stdout
[1]-  Running                 sleep 1 &
[2]+  Running                 sleep 1 &

=== jobs reports a finished job once, then forgets it (bash --posix says Done(3)) (conch)
--- script
(exit 3) &
sleep 0.1
jobs
echo ---
jobs
--- stdout
[1]+  Exit 3                  ( exit 3 )
---

=== jobs -p prints process IDs (conch)
--- script
sleep 1 &
test "$(jobs -p)" = "$!" && echo same
kill $!
--- stdout
same

=== jobs in a subshell or pipeline lists the shell's jobs (conch; bash, yash, mksh; not dash)
--- script
sleep 1 &
(jobs)
jobs | cat
kill $!
--- stdout
[1]+  Running                 sleep 1 &
[1]+  Running                 sleep 1 &

=== jobs for an unknown job (conch)
--- script
jobs %3; echo $?
--- stdout
1
--- stderr-contains
jobs: %3: no such job

=== job numbers are reused from the lowest free one (conch; bash takes the highest + 1)
--- script
sleep 1 & p=$!
sleep 1 &
kill $p; wait %1
sleep 1 &
jobs
kill $(jobs -p)
--- stdout
[1]+  Running                 sleep 1 &
[2]-  Running                 sleep 1 &

=== fg and bg need job control (conch)
--- script
fg; echo $?
bg; echo $?
--- stdout
1
1
--- stderr-contains
fg: no job control

=== disown forgets a job: wait then does not know it (conch; bash still remembers its status)
--- script
sleep 0.1 & p=$!
disown
jobs
wait $p 2>/dev/null; echo $?
--- stdout
127

=== wait -n returns the status of the next job to finish (conch; bash; not in dash)
--- script
(sleep 0.2; exit 4) & (exit 5) &
wait -n; echo $?
wait -n; echo $?
wait -n; echo $?
--- stdout
5
4
127

=== set -o pipefail takes the last failing stage (posix; XCU 2.9.2)
--- script
false | true; echo $?
set -o pipefail
false | true; echo $?
(exit 3) | false | true; echo $?
true | true; echo $?
--- stdout
0
1
1
0

=== a foreground command killed by a signal is reported and gives 128+N (posix)
--- script
sh -c 'kill -9 $$'; echo $?
--- stdout
137
--- stderr-contains
Killed

=== set -m in a script: background jobs still work (posix)
--- script
set -m 2>/dev/null
(exit 5) & wait $!; echo $?
sleep 0.1 & wait %1; echo $?
--- stdout
5
0

=== kill -l reports a failed write with a non-zero status (posix)
--- script
kill -l >/dev/full 2>/dev/null
echo $?
kill -l 9 >/dev/full 2>/dev/null
echo $?
--- stdout
1
1

=== without job control, wait goes on waiting through a stop until the process ends (posix; XCU wait; as dash, bash, mksh, ksh93, yash)
--- script
# XCU wait waits for the process to terminate; only under job control does a stopped job end
# the wait (with 128+N). Each process is stopped for certain (state T in /proc) before wait
# starts, and a background subshell continues it a moment later.
stopped() {
    kill -s STOP "$1"
    until read -r x x state x < /proc/$1/stat && [ "$state" = T ]; do :; done
}
(sleep 0.3; exit 4) & p=$!
stopped $p
(sleep 0.2; kill -s CONT $p) &
wait %1; echo "wait job: $?"
wait
sleep 0.3 & p=$!
stopped $p
(sleep 0.2; kill -s CONT $p) &
wait $p; echo "wait pid: $?"
wait
--- stdout
wait job: 4
wait pid: 0

=== bg resumes a job stopped just before, even if the stop is not reaped yet (conch; as dash)
--- script
# kill -s STOP can reach the child before the shell has seen it stop, even before it runs
# sleep; bg must still send SIGCONT, or wait returns with the job stopped for good.
set -m
i=0 bad=0
while [ $i -lt 20 ]; do
    sleep 0.1 & p=$!
    kill -s STOP $p
    bg >/dev/null
    wait
    if kill -0 $p 2>/dev/null; then bad=$((bad + 1)); kill -s CONT $p; kill $p; fi
    i=$((i + 1))
done
echo "left stopped: $bad"
--- stdout
left stopped: 0

=== set -m: every stage of a pipeline is in the job's group, led by its first process (conch; Linux /proc)
--- script
set -m
read -r shell_pid x x x shell_pgrp x < /proc/$$/stat
{ cat /proc/self/stat | cat - /proc/self/stat | cat - /proc/self/stat; } > out
{ : | cat /proc/self/stat | cat - /proc/self/stat; } > out2
{ cat /proc/self/stat; } > out3
check() {
    leader=
    while read -r pid x x x pgrp x; do
        : "${leader:=$pgrp}"
        [ "$pgrp" = "$leader" ] || echo "$1: $pid in group $pgrp, not $leader"
        [ "$pgrp" != "$shell_pgrp" ] || echo "$1: $pid in the shell's group"
        [ -z "$2" ] || [ "$pid" = "$leader" ] || [ "$n" ] || echo "$1: group $pgrp not led by $pid"
        n=$((n + 1))
    done < "$1"
    n=
    echo "$1 checked"
}
check out first
check out2
check out3 first
--- stdout
out checked
out2 checked
out3 checked

=== set -m: a stage that cannot be started reports why, and its status counts (conch)
--- script
set -m -o pipefail
touch n
./n | cat; echo "status $?"
echo x | nosuch-cmd-xyz; echo "status $?"
--- stdout
status 126
status 127
--- stderr
conch: test.sh: line 3: ./n: Permission denied
conch: test.sh: line 4: nosuch-cmd-xyz: not found

=== wait -p NAME sets NAME to the process whose status wait returns, and unsets it when none (conch; as bash)
--- script
sleep 0.2 & p1=$!
(exit 3) & p2=$!
wait -n -p who; echo "status $? from p2: $([ "$who" = "$p2" ] && echo yes)"
wait -p w2 $p1; echo "status $? from p1: $([ "$w2" = "$p1" ] && echo yes)"
w3=x; wait -p w3; echo "status $?, w3 ${w3-unset}"
(exit 5) & wait -p w4 %1; echo "status $? from the job: $([ "$w4" = "$!" ] && echo yes)"
--- stdout
status 3 from p2: yes
status 0 from p1: yes
status 0, w3 unset
status 5 from the job: yes
