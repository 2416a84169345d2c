#!/usr/bin/python3
# jobs-builtins.py — background jobs and the job builtins at a real terminal (XCU 2.11, XCU jobs,
# fg, bg, kill, wait; bash's disown): notices, job specs, reaping, hangup, exit. Checked via /proc.
import os
import re
import signal
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptylib  # noqa: E402
from ptylib import check, stat, children, wait_until, alive  # noqa: E402

CTRL_C, CTRL_Z, CTRL_D = '\x03', '\x1a', '\x04'


def bg_job(sh, cmd):
    """Starts cmd & and returns the pid from the "[n] pid" notice, checked against $!."""
    out = sh.run(cmd + ' &')
    m = re.search(r'\[(\d+)\] (\d+)', out)
    check(m, 'no [n] pid notice: %r' % out)
    pid = int(m.group(2))
    check(str(pid) in sh.run('echo $!').split(), '$! differs from the notice')
    return int(m.group(1)), pid


# XCU 2.11: a background job prints "[n] pid"; the pid is a real child in its own group that
# does not own the terminal.
def test_background_notice_pid(sh):
    n, pid = bg_job(sh, 'sleep 5')
    check(n == 1, 'first job is not [1]')
    st = stat(pid)
    check(st and st['ppid'] == sh.pid, 'pid %d is not a child of the shell' % pid)
    check(st['comm'] == 'sleep', 'pid %d is %s' % (pid, st['comm']))
    check(st['pgrp'] == pid, 'background job is not its own group')
    check(sh.tpgid() == sh.pid, 'background job got the terminal')
    sh.run('kill %1')


# Completion of a background job is reported before the next prompt, with its status.
def test_done_notice(sh):
    for cmd, word in (('sleep 0.2', 'Done'), ('sh -c "exit 3"', 'Exit 3'),
                      ('sleep 5', 'Killed')):
        mark = len(sh.transcript())
        _, pid = bg_job(sh, cmd)
        if word == 'Killed':
            sh.run('kill -KILL $!')
        wait_until(lambda: not alive(pid), 'the job to finish')
        sh.run('')
        out = sh.transcript()[mark:]
        check(('[1]+  ' + word) in out, 'no %s notice: %r' % (word, out))
    out = sh.run('echo quiet')
    check(out == 'quiet\n', 'notice repeated: %r' % out)


# No zombie survives: a burst of short background jobs is reaped by the next prompt.
def test_no_zombies(sh):
    sh.run('for i in ' + ' '.join(str(i) for i in range(50)) + '; do true & done')
    wait_until(lambda: not [c for c in children(sh.pid) if c['state'] != 'Z'],
               'the jobs to finish')
    # A zombie may exist only until SIGCHLD has woken the prompt to reap: give it a moment.
    wait_until(lambda: not [c for c in children(sh.pid) if c['state'] == 'Z'],
               'zombies to be reaped', 1)
    sh.run('')
    zombies = [c for c in children(sh.pid) if c['state'] == 'Z']
    check(not zombies, 'zombies at the prompt: %r' % zombies)
    check(sh.run('jobs') == '', 'finished jobs still listed')


# kill %n on a stopped job terminates it: SIGTERM and then SIGCONT.
def test_kill_stopped_job(sh):
    sh.send('sleep 5\r')
    pid = sh.wait_foreground('sleep')[0]['pid']
    sh.send(CTRL_Z)
    sh.expect('Stopped')
    sh.expect_prompt()
    sh.wait_state(pid, 'T')
    sh.run('kill %1')
    wait_until(lambda: not alive(pid), 'the stopped job to die')
    out = sh.run('')
    check('Terminated' in out, 'no Terminated notice: %r' % out)
    check(sh.run('jobs') == '', 'job still listed')


# jobs -l and jobs -p print the pids the kernel has.
def test_jobs_l_p(sh):
    _, p1 = bg_job(sh, 'sleep 5')
    _, p2 = bg_job(sh, 'sleep 6 | sleep 7')
    stages = sorted(c['pid'] for c in children(sh.pid) if c['comm'] == 'sleep' and c['pid'] != p1)
    check(len(stages) == 2, 'pipeline stages: %r' % stages)
    pgrp2 = stat(stages[0])['pgrp']
    check(stat(stages[1])['pgrp'] == pgrp2, 'pipeline stages in two groups')
    out = sh.run('jobs -p')
    check(out.split() == [str(p1), str(pgrp2)], 'jobs -p: %r' % out)
    out = sh.run('jobs -l')
    for pid in [p1] + stages:
        check(str(pid) in out, 'jobs -l lacks %d: %r' % (pid, out))
    check('[1]-' in out and '[2]+' in out, 'marks: %r' % out)
    sh.run('kill %1 %2')


# Job IDs (XCU 3.204): %n %+ %% %- %str %?str; an ambiguous prefix is an error.
def test_job_specs(sh):
    _, p1 = bg_job(sh, 'sleep 11')
    _, p2 = bg_job(sh, 'sleep 12')
    _, p3 = bg_job(sh, 'cat /dev/zero > /dev/null')
    check(sh.value('jobs -p %1') == str(p1), '%1')
    check(sh.value('jobs -p %+') == str(p3), '%+')
    check(sh.value('jobs -p %%') == str(p3), '%%')
    check(sh.value('jobs -p %-') == str(p2), '%-')
    check(sh.value('jobs -p %cat') == str(p3), '%cat')
    check(sh.value('jobs -p %?12') == str(p2), '%?12')
    out = sh.run('jobs %sleep; echo status=$?')
    check('ambiguous' in out and 'status=1' in out, 'ambiguous %%sleep: %r' % out)
    out = sh.run('jobs %nosuch; echo status=$?')
    check('no such job' in out and 'status=1' in out, '%%nosuch: %r' % out)
    sh.run('kill %1 %2 %3')
    for pid in (p1, p2, p3):
        wait_until(lambda: not alive(pid), 'job %d to die' % pid)


# fg and bg without operands take the most recently stopped job (%+).
def test_fg_current_is_last_stopped(sh):
    pids = []
    for secs in ('5', '6'):
        sh.send('sleep %s\r' % secs)
        kid = sh.wait_foreground('sleep')[0]
        pids.append(kid['pid'])
        sh.send(CTRL_Z)
        sh.expect('Stopped')
        sh.expect_prompt()
        sh.wait_state(kid['pid'], 'T')
    sh.send('fg\r')
    sh.expect('sleep 6')
    wait_until(lambda: sh.tpgid() == pids[1], 'fg to continue the last stopped job')
    check(stat(pids[0])['state'] == 'T', 'the other job was continued')
    sh.send(CTRL_C)
    sh.expect_prompt()
    out = sh.run('bg')
    check('sleep 5' in out, 'bg: %r' % out)
    sh.wait_state(pids[0], 'SR')
    sh.run('kill %1')


# (posix) XCU bg on a job that is already running: reported like a resumed job, left running,
# status 0 (dash and yash; bash says "already in background" on stderr).
def test_bg_running_job(sh):
    n, pid = bg_job(sh, 'sleep 7')
    out = sh.run('bg; echo st=$?')
    check(re.search(r'^\[%d\]\+? sleep 7' % n, out, re.M), 'bg: %r' % out)
    check('already' not in out and 'st=0' in out, 'bg: %r' % out)
    out = sh.run('bg %%%d 2>&1; echo st=$?' % n)
    check(re.search(r'^\[%d\]\+? sleep 7' % n, out, re.M) and 'st=0' in out, 'bg %%n: %r' % out)
    check(stat(pid)['state'] in 'SR', 'the job is not running')
    sh.run('kill %d' % pid)


# disown: the job leaves the table and is spared the hangup; a normal job gets SIGHUP (and a
# stopped one SIGCONT) when the shell is hung up.
def test_disown_and_sighup(sh):
    _, kept = bg_job(sh, 'sleep 8')
    _, gone = bg_job(sh, 'sleep 9')
    sh.send('sleep 7\r')
    stopped = sh.wait_foreground('sleep')[0]['pid']
    sh.send(CTRL_Z)
    sh.expect('Stopped')
    sh.expect_prompt()
    sh.wait_state(stopped, 'T')
    _, spared = bg_job(sh, 'sleep 6')
    sh.run('disown %1')
    sh.run('disown -h %4')
    out = sh.run('jobs')
    check('sleep 8' not in out and 'sleep 9' in out, 'jobs after disown: %r' % out)
    check('sleep 6' in out, 'disown -h removed the job: %r' % out)
    os.kill(sh.pid, signal.SIGHUP)
    wait_until(lambda: not alive(sh.pid), 'the shell to exit on SIGHUP')
    wait_until(lambda: not alive(gone), 'the running job to get SIGHUP')
    wait_until(lambda: not alive(stopped), 'the stopped job to get SIGHUP and SIGCONT')
    time.sleep(0.1)
    check(alive(kept), 'the disowned job died')
    check(alive(spared), 'the job marked with disown -h died')
    for pid in (kept, spared):
        os.kill(pid, signal.SIGKILL)


# `exit` with a stopped job warns once, and leaves on the second try.
def test_exit_with_stopped_job(sh):
    sh.send('sleep 5\r')
    pid = sh.wait_foreground('sleep')[0]['pid']
    sh.send(CTRL_Z)
    sh.expect('Stopped')
    sh.expect_prompt()
    out = sh.run('exit')
    check('There are stopped jobs.' in out, 'no warning: %r' % out)
    check(alive(sh.pid), 'the shell left at once')
    # Another command in between: the next exit warns again.
    sh.run('jobs')
    out = sh.run('exit')
    check('There are stopped jobs.' in out, 'no second warning: %r' % out)
    sh.send('exit\r')
    sh.expect(ptylib.pexpect.EOF)
    wait_until(lambda: not alive(sh.pid), 'the shell to exit')
    # The stopped job was orphaned with its group stopped: the kernel hangs it up.
    wait_until(lambda: not alive(pid), 'the orphaned stopped job to be hung up')


# ^D with a stopped job warns like exit.
def test_eof_with_stopped_job(sh):
    sh.send('sleep 5\r')
    sh.wait_foreground('sleep')
    sh.send(CTRL_Z)
    sh.expect('Stopped')
    sh.expect_prompt()
    sh.send(CTRL_D)
    sh.expect('There are stopped jobs.')
    sh.expect_prompt()
    sh.send(CTRL_D)
    sh.expect(ptylib.pexpect.EOF)
    wait_until(lambda: not alive(sh.pid), 'the shell to exit')


# wait is interrupted by ^C (status 130) and the job keeps running.
def test_wait_interrupted(sh):
    _, pid = bg_job(sh, 'sleep 5')
    sh.send('wait\r')
    time.sleep(0.2)
    check(stat(sh.pid)['state'] == 'S', 'the shell is not waiting')
    sh.send(CTRL_C)
    sh.expect_prompt()
    check(sh.value('echo $?') == '130', 'wait status is not 130')
    check(alive(pid), 'the background job got the ^C')
    out = sh.run('kill %1; wait %1; echo status=$?')
    check('status=143' in out, 'wait for a killed job: %r' % out)


# wait: job specs, pids, statuses, 127 for unknown ones; wait -n.
def test_wait_statuses(sh):
    out = sh.run('sh -c "exit 5" & wait $!; echo s=$?')
    check('s=5' in out, 'wait pid: %r' % out)
    out = sh.run('sh -c "exit 6" & wait %%; echo s=$?')
    check('s=6' in out, 'wait %%: %r' % out)
    out = sh.run('wait 99999999; echo s=$?')
    check('s=127' in out, 'wait unknown pid: %r' % out)
    out = sh.run('wait %9; echo s=$?')
    check('s=127' in out, 'wait unknown job: %r' % out)
    out = sh.run('sleep 5 & sh -c "exit 7" & wait -n; echo s=$?; kill %1')
    check('s=7' in out, 'wait -n: %r' % out)


# kill: -s NAME, -NAME, -n N, -N on job IDs; status 128+N of a job killed by signal N; errors.
def test_kill_forms(sh):
    _, pid = bg_job(sh, 'sleep 5')
    sh.run('kill -s STOP %1')
    sh.wait_state(pid, 'T')
    out = sh.run('jobs')
    check('Stopped(SIGSTOP)' in out, 'jobs after SIGSTOP: %r' % out)
    sh.run('kill -CONT %1')
    sh.wait_state(pid, 'SR')
    sh.run('kill -n 19 %1')
    sh.wait_state(pid, 'T')
    sh.run('kill -18 %%')
    sh.wait_state(pid, 'SR')
    out = sh.run('kill -s USR1 %1; wait %1; echo s=$?')
    check('s=138' in out, 'status of a job killed by SIGUSR1: %r' % out)
    out = sh.run('kill -l 138')
    check(out.strip() == 'USR1', 'kill -l 138: %r' % out)
    out = sh.run('kill %7; echo s=$?')
    check('no such job' in out and 's=1' in out, 'kill %%7: %r' % out)
    out = sh.run('kill -s NOSUCH 1; echo s=$?')
    check('invalid signal' in out and 's=1' in out, 'kill -s NOSUCH: %r' % out)


# set -b: a job's completion is reported as soon as possible, not only before the prompt.
def test_notify_set_b(sh):
    sh.run('set -b')
    out = sh.run('sleep 0.1 & sleep 0.5; echo after')
    lines = [l for l in out.split('\n') if l]
    done = [i for i, l in enumerate(lines) if 'Done' in l]
    check(done and lines.index('after') > done[0], 'no early notice: %r' % out)


# set -b at an idle prompt: the notice appears without pressing Enter, and the prompt with the
# partly typed line is drawn again after it.
def test_notify_set_b_at_prompt(sh):
    sh.run('set -b')
    sh.run('sleep 0.2 &')
    sh.send('echo typed')
    sh.expect(r'Done\s+sleep 0\.2')
    sh.expect(re.escape(ptylib.PROMPT) + 'echo typed')
    out = sh.run('')
    check('typed' in out, 'the partly typed line was lost: %r' % out)
    check(not any(alive(p) for p in children(sh.pid)), 'the job is still there')


# set -b, a job that ends while the prompt is being drawn (conch): its notice still comes
# without a keystroke. PS1 writes '@' while it is expanded; only then does the job's input
# reach its end, so it ends between the shell's last look at its children and its wait for
# input.
def test_notify_set_b_while_prompting(sh):
    sh.p.delaybeforesend = None  # pexpect waits 50 ms before each send by default
    sh.run('set -b; mkfifo fifo')
    sh.run("PS1='$(printf @ >&2)$(:)'$PS1")  # no prompt text in the echoed line
    for i in range(5):
        sh.send('cat fifo >/dev/null &\r')
        sh.expect('@')
        with open(os.path.join(sh.home, 'fifo'), 'w') as f:
            f.write('x\n')
        sh.expect(r'Done\s+cat fifo')
        sh.expect_prompt()


ptylib.main(globals())
