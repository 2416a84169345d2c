# conch-teach.t — the teaching aids of conch mode: why, kill -L, jobs -v, the KILL/STOP trap
# warning, set -o lazyreap, and ptree outside a terminal. Every case checks conch's own
# extensions or messages (conch), except where the title says (posix). Statuses and signal
# names are checked against `kill -l` and real processes; PIDs against /proc, never literally.

=== why explains $? of a process killed by SIGINT, the name as kill -l gives it (conch)
--- script
sh -c 'kill -INT $$'
why | head -1
sh -c 'kill -INT $$'
st=$?
why $st | grep -c "SIG$(kill -l $st)"
--- stdout
130: 128+2: killed by SIGINT
2

=== why names the signal kill -l names for every status 129..159 (conch)
--- script
s=129
while [ $s -le 159 ]; do
  n=$(kill -l $s) && { why $s | grep -q "SIG$n" || echo "why $s does not say SIG$n"; }
  s=$((s + 1))
done
echo done
--- stdout
done

=== why 0, 1, 2, 126, 127 and values that are no signal (conch)
--- script
why 0; why 1; why 2
mkdir d; ./d; why
nosuchcommand_xyz 2>/dev/null; why
why 200; why 300; why 42
--- stdout
0: success: the command did what it was asked (a test or condition held)
1: failure: a general error, or a false answer (false, grep found nothing, test said no)
2: usage or syntax error: bad options or operands, or a line the shell could not parse
126: found but could not run: not executable (permission denied), a directory, or a bad format
127: command not found: no function, builtin, or file of that name in PATH
200: above 128 but no signal 72: the command chose it itself (exit 200)
300: not a possible exit status: a status is 0 to 255 (exit 300 gives 44)
42: failure, meaning defined by the command (see its manual): the shell only knows it is not 0
--- stderr-contains
d: 

=== why 148 is a job stopped by SIGTSTP (conch)
--- script
why 148 | head -1
--- stdout
148: 128+20: a job stopped by SIGTSTP (the shell gives a stopped job this status)

=== why %1 explains a job killed by SIGTERM from the job table (conch)
--- script
sleep 100 & pid=$!
kill $pid
while kill -0 $pid 2>/dev/null; do :; done
why %1 | sed "s/process $pid /process PID /"
--- stdout
job [1] (sleep 100) is finished, status 143
  process PID (sleep 100): killed by SIGTERM, status 143
143: 128+15: killed by SIGTERM
  killed by signal 15, SIGTERM (Terminated)
  usually sent by: kill without a signal name: a polite request to end
  default action: terminate

=== why with a bad operand is a usage error (conch)
--- script
why abc
--- status
2
--- stderr-contains
why: abc: not an exit status or a job

=== why is no builtin in POSIX mode (posix)
--- command
"$CONCH_SH" -c 'why 0' 2>/dev/null; echo $?
--- stdout
127

=== kill -L: the default action it states is what happens to a sleep (conch)
--- script
# With set -m the background sleeps do not have SIGINT and SIGQUIT ignored (XCU 2.11).
set -m
ulimit -c 0
state() { cut -d' ' -f3 /proc/$1/stat; }
for sig in HUP INT QUIT ILL ABRT FPE KILL USR1 SEGV USR2 PIPE ALRM TERM CHLD CONT STOP TSTP TTIN TTOU URG WINCH; do
  act=$(kill -L | awk -v s=$sig '$2 == s { print $3 }')
  n=$(kill -l $sig)
  sleep 100 & pid=$!
  while [ "$(state $pid)" != S ]; do :; done
  kill -s $sig $pid
  case $act in
  terminate|core)
    wait $pid; st=$?
    [ $st = $((128 + n)) ] && echo "$sig $act: killed, status $st" ;;
  ignore|continue)
    # Still alive: the TERM that follows is what kills it.
    kill $pid; wait $pid; st=$?
    [ $st = 143 ] && echo "$sig $act: still running, then TERM: status 143" ;;
  stop)
    while [ "$(state $pid)" != T ]; do :; done
    echo "$sig $act: state T in /proc"
    kill -s KILL $pid; wait $pid ;;
  *) echo "$sig: no action: $act" ;;
  esac
done 2>/dev/null
--- stdout
HUP terminate: killed, status 129
INT terminate: killed, status 130
QUIT core: killed, status 131
ILL core: killed, status 132
ABRT core: killed, status 134
FPE core: killed, status 136
KILL terminate: killed, status 137
USR1 terminate: killed, status 138
SEGV core: killed, status 139
USR2 terminate: killed, status 140
PIPE terminate: killed, status 141
ALRM terminate: killed, status 142
TERM terminate: killed, status 143
CHLD ignore: still running, then TERM: status 143
CONT continue: still running, then TERM: status 143
STOP stop: state T in /proc
TSTP stop: state T in /proc
TTIN stop: state T in /proc
TTOU stop: state T in /proc
URG ignore: still running, then TERM: status 143
WINCH ignore: still running, then TERM: status 143

=== kill -L says KILL and STOP cannot be caught, and only those (conch)
--- script
kill -L | awk 'NR > 1 && $4 == "no" { print $2 }'
--- stdout
KILL
STOP

=== kill -L lists every signal kill -l lists, with its number (conch)
--- script
kill -l > names
kill -L | awk 'NR > 1 { print $2 }' > table
cmp names table && echo same
kill -L | awk 'NR > 1 { print $1, $2 }' | while read n name; do
  [ "$(kill -l $n)" = "$name" ] || echo "$n is not $name"
done
--- stdout
same

=== kill -L in POSIX mode is kill -l, as in bash (conch)
--- command
"$CONCH_SH" -c 'kill -L' | head -2
--- stdout
HUP
INT

=== trap on KILL or STOP warns in conch mode that it can never run (conch)
--- script
trap 'echo caught' KILL
echo "status $?"
trap 'echo caught' STOP
trap - KILL
trap '' INT
--- stdout
status 0
--- stderr
conch: trap: KILL: this trap can never run: SIGKILL cannot be caught, blocked or ignored
conch: trap: STOP: this trap can never run: SIGSTOP cannot be caught, blocked or ignored

=== trap on KILL is accepted silently in POSIX mode, as dash and bash do (posix)
--- command
"$CONCH_SH" -c "trap 'echo caught' KILL; echo \$?"
--- stdout
0

=== jobs -v: PGID and state as /proc says, and the decoded status (conch)
--- script
set -m
sleep 100 | cat &
state() { cut -d' ' -f3 /proc/$1/stat; }
jl=$(jobs -l)
set -- $(echo "$jl" | awk 'NR == 1 { print $2 } NR > 1 { print $1 }')
for p; do while [ "$(state $p)" != S ]; do :; done; done
jobs -v | sed -n '3,$p' | while read pid rest; do
  p=${pid%:}
  expect="pgid $(cut -d' ' -f5 /proc/$p/stat), /proc state $(state $p), last status: none yet (running)"
  [ "$rest" = "$expect" ] && echo "$p as /proc says" | sed "s/^$p /PID /"
done
kill -s STOP %1
for p; do while [ "$(state $p)" != T ]; do :; done; done
jobs -v | sed -n '3,$p' | sed "s/^ *$1:/ SLEEP:/; s/^ *$2:/ CAT:/; s/pgid $1,/pgid PGID,/"
kill -s TERM $1
kill -s CONT %1
while kill -0 $1 2>/dev/null || kill -0 $2 2>/dev/null; do :; done
jobs -v | sed -n '3,$p' | sed "s/^ *$1:/ SLEEP:/; s/^ *$2:/ CAT:/; s/pgid $1,/pgid PGID,/"
--- stdout
PID as /proc says
PID as /proc says
 SLEEP: pgid PGID, /proc state T, last status: stopped by SIGSTOP
 CAT: pgid PGID, /proc state T, last status: stopped by SIGSTOP
 SLEEP: pgid PGID, /proc state -, last status: killed by SIGTERM ($? 143)
 CAT: pgid PGID, /proc state -, last status: exited with 0

=== jobs -v is refused in POSIX mode (conch)
--- command
"$CONCH_SH" -c 'jobs -v'
--- status
2
--- stderr-contains
jobs: -v: invalid option

=== set -o lazyreap: a finished background job stays a zombie of the shell until wait (conch)
--- script
set -o lazyreap
sleep 0 & pid=$!
while s=$(cut -d' ' -f3 /proc/$pid/stat 2>/dev/null) && [ "$s" != Z ]; do :; done
echo "state ${s:-gone}"
[ "$(cut -d' ' -f4 /proc/$pid/stat 2>/dev/null)" = $$ ] && echo "its parent is the shell"
ptree | awk -v p=$pid '$1 == p { print $6, $7, $8 }'
wait
[ -e /proc/$pid ] && echo "still there after wait" || echo "gone after wait"
--- stdout
state Z
its parent is the shell
Z zombie [1]
gone after wait

=== set -o lazyreap: jobs reaps and reports the held job (conch)
--- script
set -o lazyreap
sh -c 'exit 3' & pid=$!
while s=$(cut -d' ' -f3 /proc/$pid/stat 2>/dev/null) && [ "$s" != Z ]; do :; done
echo "state ${s:-gone}"
jobs
[ -e /proc/$pid ] && echo "still there after jobs" || echo "gone after jobs"
--- stdout
state Z
[1]+  Exit 3                  sh -c 'exit 3'
gone after jobs

=== set -o lazyreap is no option in POSIX mode, and not listed there (conch)
--- command
"$CONCH_SH" -c 'set -o | grep -c lazyreap; set +o | grep -c lazyreap; command set -o lazyreap; echo "status $?"'
--- stdout
0
0
status 2
--- stderr-contains
set: lazyreap: invalid option name
