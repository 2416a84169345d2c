# lessons.t — the scripted lessons of doc/LESSONS.md, each case named after its lesson: the
# commands a learner types (tests/lessons-doc.py checks they are the doc's, line by line), then
# checks of what the lesson says they show. PIDs are compared with /proc, never written here.
# The lessons that need a terminal are in tests/pty/lessons.py. Lessons use conch's teaching
# aids (ptree, why, kill -L), so the cases run in conch mode.

=== Lesson 1: every process has a PID and a parent (conch)
--- script
{
echo $$
sh -c 'echo "I am $$, my parent is $PPID"'
ptree
} > out
[ "$(sed -n 1p out)" = $$ ] && echo "\$\$ is the shell's PID"
sed -n 2p out | grep -q "my parent is $$\$" && echo "the child's PPID is the shell"
awk -v p=$$ 'NF > 8 && $1 == p { print $2 }' out > ptree-ppid
[ "$(cat ptree-ppid)" = "$(cut -d' ' -f4 /proc/$$/stat)" ] && echo "ptree's PPID is /proc's"
--- stdout
$$ is the shell's PID
the child's PPID is the shell
ptree's PPID is /proc's

=== Lesson 2: fork, then exec, keeps the PID (conch)
--- script
sh -c 'echo "before exec: $$"; exec sh -c "echo \"after exec: \$\$\""' > out
a=$(sed -n 's/before exec: //p' out); b=$(sed -n 's/after exec: //p' out)
[ -n "$a" ] && [ "$a" = "$b" ] && echo "same PID before and after exec"
[ "$a" != $$ ] && echo "not the shell's PID: fork made a new process"
--- stdout
same PID before and after exec
not the shell's PID: fork made a new process

=== Lesson 3: file descriptors 0, 1, 2, and a pipe (conch)
--- script
set -m
ls -l /proc/$$/fd > out
for fd in 0 1 2; do grep -q " $fd -> " out && echo "fd $fd is open"; done
sleep 100 | cat &
jobs -l > jl
sleeper=$(awk 'NR == 1 { print $2 }' jl)
readlink /proc/$sleeper/fd/1 /proc/$!/fd/0 > pipes
[ "$(sort -u pipes | wc -l)" = 1 ] && [ "$(wc -l < pipes)" = 2 ] && grep -q '^pipe:\[[0-9]*\]$' pipes && echo "one pipe: 1 of the writer, 0 of the reader"
kill %1
--- stdout
fd 0 is open
fd 1 is open
fd 2 is open
one pipe: 1 of the writer, 0 of the reader

=== Lesson 4: process states R, S, T (conch)
--- script
set -m
state() { cut -d' ' -f3 /proc/$1/stat; }
sleep 100 &
until [ "$(cut -d' ' -f3 /proc/$!/stat)" = S ]; do :; done; echo S
kill -STOP $!
until [ "$(cut -d' ' -f3 /proc/$!/stat)" = T ]; do :; done; echo T
kill -CONT $!
until [ "$(state $!)" = S ]; do :; done; echo S again
sleeper=$!
sh -c 'while :; do :; done' &
until [ "$(cut -d' ' -f3 /proc/$!/stat)" = R ]; do :; done; echo R
ptree > out
awk -v p=$sleeper '$1 == p { print $6, $7 }' out
awk -v p=$! '$1 == p && ($6 == "R" || $6 == "S") { print "busy loop:", $7 == "running" || $7 == "sleeping" }' out
kill %1 %2
--- stdout
S
T
S again
R
S sleeping
busy loop: 1

=== Lesson 5: exit statuses, and why (conch)
--- script
true; why
false; why
nosuchcommand; why
sh -c 'exit 3'; echo $?
--- stdout
0: success: the command did what it was asked (a test or condition held)
1: failure: a general error, or a false answer (false, grep found nothing, test said no)
127: command not found: no function, builtin, or file of that name in PATH
3
--- stderr-contains
nosuchcommand

=== Lesson 6: killed by a signal, 128+N (conch)
--- script
sleep 100 &
kill -s KILL $!
wait $!; echo $?
kill -l 137
why 137
--- stdout
137
KILL
137: 128+9: killed by SIGKILL
  killed by signal 9, SIGKILL (Killed)
  usually sent by: kill -9 (or the kernel's out-of-memory killer)
  default action: terminate (it cannot be caught, blocked or ignored)

=== Lesson 7: plain kill sends SIGTERM, status 143 (conch)
--- script
sleep 100 &
kill $!
wait $!
why
--- stdout
143: 128+15: killed by SIGTERM
  killed by signal 15, SIGTERM (Terminated)
  usually sent by: kill without a signal name: a polite request to end
  default action: terminate

=== Lesson 8: the signal table (conch)
--- script
kill -L > table
grep -E '^ *(2|9|15|17|19|20|28) ' table
--- stdout
  2 INT      terminate  yes    ^C at the terminal (to the foreground process group)
  9 KILL     terminate  no     kill -9 (or the kernel's out-of-memory killer)
 15 TERM     terminate  yes    kill without a signal name: a polite request to end
 17 CHLD     ignore     yes    the kernel: a child stopped, continued or ended
 19 STOP     stop       no     kill -STOP (debuggers too)
 20 TSTP     stop       yes    ^Z at the terminal (to the foreground process group)
 28 WINCH    ignore     yes    the terminal: its window changed size

=== Lesson 9: handlers; KILL and STOP cannot be caught (conch)
--- script
trap 'echo caught INT' INT
kill -INT $$
trap - INT
trap 'echo never' KILL
sh -c 'trap "echo caught TERM" TERM; kill -TERM $$; echo still here'
sh -c 'trap "echo caught" KILL; kill -KILL $$'; echo $?
--- stdout
caught INT
caught TERM
still here
137
--- stderr
conch: trap: KILL: this trap can never run: SIGKILL cannot be caught, blocked or ignored
Killed

=== Lesson 10: a zombie that kill -9 cannot remove (conch)
--- script
set -m
state() { cut -d' ' -f3 /proc/$1/stat 2>/dev/null; }
sh -c 'sleep 1 & exec sleep 30' &
parent=$!
zombie=
until [ -n "$zombie" ]; do
  for f in /proc/[0-9]*/stat; do
    read -r pid comm st ppid rest 2>/dev/null < "$f" || continue
    [ "$ppid" = "$parent" ] && zombie=$pid
  done
done
until [ "$(state $zombie)" = Z ]; do :; done
ptree > out
grep -q "^ *$zombie .* Z zombie .*<defunct>: dead, waiting for its parent $parent to reap it" out && echo "ptree: Z, <defunct>, its parent must reap it"
awk -v p=$parent '$1 == p { print $NF }' out
kill -9 $zombie
[ "$(state $zombie)" = Z ] && echo "still a zombie after kill -9"
kill %1
wait
# Its parent gone, it is adopted (Lesson 11) by a process that will reap it.
until [ "$(cut -d' ' -f4 /proc/$zombie/stat 2>/dev/null)" != "$parent" ]; do :; done
echo "adopted, or already reaped"
--- stdout
ptree: Z, <defunct>, its parent must reap it
30
still a zombie after kill -9
adopted, or already reaped

=== Lesson 11: orphans are adopted (conch)
--- script
sh -c 'sleep 100 & echo $!' > pid
orphan=$(cat pid)
# The sh has ended once the sleep's parent is no longer a child of ours.
while p=$(cut -d' ' -f4 /proc/$orphan/stat) && [ "$(cut -d' ' -f4 /proc/$p/stat 2>/dev/null)" = $$ ]; do :; done
[ "$(cut -d' ' -f4 /proc/$orphan/stat)" != $$ ] && echo "its parent is neither sh nor the shell"
ptree -a > out
grep -q "^ *$orphan .*\[orphan: adopted by " out && echo "ptree -a marks it an orphan"
kill $orphan
--- stdout
its parent is neither sh nor the shell
ptree -a marks it an orphan

=== Lesson 13: what SIGHUP does by default (conch)
--- script
sh -c 'sleep 100 & kill -HUP $!; wait $!; echo $?' 2>/dev/null
--- stdout
129

=== Lesson 14: watching the shell reap with set -o lazyreap (conch)
--- script
set -o lazyreap
sleep 1 &
until [ "$(cut -d' ' -f3 /proc/$!/stat)" = Z ]; do :; done
ptree > out
grep -q "^ *$! *$$ .* Z zombie *\[1\] .*<defunct>: dead, waiting for its parent $$ to reap it" out && echo "a zombie of the shell"
jobs
[ -e /proc/$! ] || echo "reaped by jobs"
--- stdout
a zombie of the shell
[1]+  Done                    sleep 1
reaped by jobs
