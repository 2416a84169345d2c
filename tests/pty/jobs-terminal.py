#!/usr/bin/python3
# jobs-terminal.py — job control at a real terminal (XCU 2.11): process groups, the terminal's
# foreground group, ^Z / ^C, fg and bg, terminal modes. Checked through /proc, not only the screen.
import os
import re
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptylib  # noqa: E402
from ptylib import check, stat, children, wait_until  # noqa: E402

CTRL_C, CTRL_Z = '\x03', '\x1a'


# XCU 2.11: an interactive shell with job control is in its own process group, which owns the
# terminal while it reads commands.
def test_shell_owns_terminal(sh):
    st = sh.st()
    check(st['pgrp'] == sh.pid, 'shell pgrp %d != pid %d' % (st['pgrp'], sh.pid))
    check(st['session'] == sh.pid, 'shell is not the session leader')
    check(st['tpgid'] == sh.pid, 'tpgid %d is not the shell' % st['tpgid'])
    check(st['tty_nr'] != 0, 'no controlling terminal')
    check(sh.value('case $- in *m*) echo monitor;; *) echo none;; esac') == 'monitor',
          'set -m is not on')


# A foreground job has its own process group and owns the terminal while it runs.
def test_foreground_job_owns_terminal(sh):
    sh.send('sleep 5\r')
    kid = sh.wait_foreground('sleep')[0]
    check(kid['pgrp'] == kid['pid'], 'sleep is not its own group leader')
    check(kid['pgrp'] != sh.pid, 'sleep runs in the shell\'s group')
    check(kid['session'] == sh.pid, 'sleep left the session')
    sh.send(CTRL_C)
    sh.expect_prompt()
    check(sh.tpgid() == sh.pid, 'terminal not given back after ^C')


# ^Z stops the whole foreground job, reports it, and the shell takes the terminal back;
# bg resumes it in the background, fg in the foreground.
def test_ctrl_z_bg_fg(sh):
    sh.send('sleep 5\r')
    kid = sh.wait_foreground('sleep')[0]
    pid = kid['pid']
    sh.send(CTRL_Z)
    sh.expect(r'\[1\]\+  Stopped +sleep 5')
    sh.expect_prompt()
    sh.wait_state(pid, 'T')
    check(sh.tpgid() == sh.pid, 'tpgid %d is not the shell after ^Z' % sh.tpgid())
    out = sh.run('bg')
    check('[1]+ sleep 5 &' in out, 'bg printed %r' % out)
    sh.wait_state(pid, 'SR')
    check(sh.tpgid() == sh.pid, 'bg gave the terminal away')
    sh.send('fg\r')
    sh.expect('sleep 5')
    wait_until(lambda: sh.tpgid() == pid, 'fg to give the terminal to the job')
    sh.send(CTRL_C)
    sh.expect_prompt()
    check(sh.value('echo $?') == '130', '$? after ^C is not 130')
    check(not ptylib.alive(pid), 'sleep survived ^C')
    check(sh.tpgid() == sh.pid, 'terminal not given back')


# ^C kills the foreground job; its status is 128+SIGINT.
def test_ctrl_c_status(sh):
    sh.send('sleep 5\r')
    pid = sh.wait_foreground('sleep')[0]['pid']
    sh.send(CTRL_C)
    sh.expect_prompt()
    check(sh.value('echo $?') == '130', '$? is not 130')
    check(not ptylib.alive(pid), 'sleep survived')


# A pipeline is one job: one process group, and ^Z stops every stage.
def test_pipeline_one_group(sh):
    sh.send('sleep 5 | sleep 5\r')
    kids = sh.wait_foreground('sleep', 2)
    check(kids[0]['pgrp'] == kids[1]['pgrp'], 'stages in different groups')
    check(kids[0]['pgrp'] in (kids[0]['pid'], kids[1]['pid']), 'group led by neither stage')
    sh.send(CTRL_Z)
    sh.expect(r'\[1\]\+  Stopped +sleep 5 \| sleep 5')
    sh.expect_prompt()
    for k in kids:
        sh.wait_state(k['pid'], 'T')
    check(sh.tpgid() == sh.pid, 'terminal not taken back')
    out = sh.run('jobs -l')
    for k in kids:
        check(str(k['pid']) in out, 'jobs -l lacks pid %d: %r' % (k['pid'], out))
    sh.run('kill %1')
    for k in kids:
        wait_until(lambda: not ptylib.alive(k['pid']), 'stage %d to die' % k['pid'])


# Stages that only run a utility are started with vfork: each still joins the job's group
# (founded by the first stage, here a forked `echo`), in the shell's session, and the group owns
# the terminal.
def test_pipeline_every_stage_in_group(sh):
    sh.send('echo x | sleep 5 | sleep 5 | cat\r')
    kids = sh.wait_foreground('sleep', 2) + sh.wait_foreground('cat')
    pg = kids[0]['pgrp']
    for k in kids:
        check(k['pgrp'] == pg, '%s %d in group %d, not %d' % (k['comm'], k['pid'], k['pgrp'], pg))
        check(k['session'] == sh.pid, '%s %d left the session' % (k['comm'], k['pid']))
    check(pg not in [k['pid'] for k in kids] and pg != sh.pid, 'group %d not led by echo' % pg)
    check(sh.tpgid() == pg, 'tpgid %d, not the job %d' % (sh.tpgid(), pg))
    sh.send(CTRL_C)
    sh.expect_prompt()
    check(sh.tpgid() == sh.pid, 'terminal not given back')
    sh.send('sleep 5 | cat\r')
    sleep, cat = sh.wait_foreground('sleep')[0], sh.wait_foreground('cat')[0]
    check(sleep['pgrp'] == sleep['pid'] and cat['pgrp'] == sleep['pid'],
          'sleep | cat not in the group of sleep: %r %r' % (sleep, cat))
    sh.send(CTRL_C)
    sh.expect_prompt()


# ... and start with the signals a forked child has at its execve: none blocked or caught, and
# none of those the interactive shell ignores for itself (QUIT, TERM, TSTP, TTIN, TTOU) still
# ignored. A stage, a command alone and $( ) all take that path.
def test_vforked_utility_signals(sh):
    own = sum(1 << (n - 1) for n in (3, 15, 20, 21, 22))
    status = 'cat /proc/self/status'
    for line in (status + " | grep -E '^Sig(Blk|Ign|Cgt)'", status, 'echo "$(%s)"' % status):
        masks = dict(l.split(':') for l in sh.run(line).split('\n')
                     if re.match(r'Sig(Blk|Ign|Cgt):', l))
        masks = {k: int(v.strip(), 16) for k, v in masks.items()}
        check(set(masks) == {'SigBlk', 'SigIgn', 'SigCgt'}, '%s: %r' % (line, masks))
        check(masks['SigBlk'] == 0, '%s: signals blocked %#x' % (line, masks['SigBlk']))
        check(masks['SigCgt'] == 0, '%s: signals caught %#x' % (line, masks['SigCgt']))
        check(masks['SigIgn'] & own == 0, '%s: the shell\'s ignored signals %#x' % (line, masks['SigIgn']))


# ^Z in the middle of a list: the stopped command is the job, the rest is not run.
def test_ctrl_z_in_list(sh):
    sh.send('sleep 10; echo next\r')
    pid = sh.wait_foreground('sleep')[0]['pid']
    sh.send(CTRL_Z)
    out = sh.expect_prompt()
    check('Stopped' in out, 'no Stopped report: %r' % out)
    sh.wait_state(pid, 'T')
    out = sh.run('echo mark')
    check(out == 'mark\n', 'output after ^Z: %r' % out)
    check('\nnext' not in sh.transcript().replace('\r', ''), 'the rest of the list ran')
    sh.run('kill %1')


# ^Z in a loop gives the prompt back and the loop does not go on.
def test_ctrl_z_in_loop(sh):
    sh.send('while :; do sleep 1; done\r')
    pid = sh.wait_foreground('sleep')[0]['pid']
    sh.send(CTRL_Z)
    sh.expect('Stopped')
    sh.expect_prompt()
    sh.wait_state(pid, 'T')
    check(sh.tpgid() == sh.pid, 'terminal not taken back')
    # No new sleep appears: the loop is not running any more.
    time.sleep(0.3)
    sleeps = [c for c in children(sh.pid) if c['comm'] == 'sleep']
    check(len(sleeps) == 1, 'the loop went on: %r' % sleeps)
    sh.run('kill %1')


# A program that stopped with echo off must not leave the prompt without echo; fg gives it
# its own modes back.
def test_tty_modes_restored(sh):
    sh.send("stty -echo; sleep 5\r")
    # stty runs in its own group, then the sleep: once sleep owns the terminal, echo is off.
    pid = sh.wait_foreground('sleep')[0]['pid']
    sh.send(CTRL_Z)
    sh.expect('Stopped')
    sh.expect_prompt()
    sh.wait_state(pid, 'T')
    # `stty -echo` exited normally, so its change is the shell's too (as in bash); set the
    # shell's modes back, then stop a program that turns echo off itself.
    sh.run('kill %1; stty echo')
    sh.run('')
    sh.send("sh -c 'stty -echo; exec sleep 5'\r")
    pid = sh.wait_foreground('sleep')[0]['pid']
    wait_until(lambda: not sh.p.getecho(), 'echo to be off under the job')
    sh.send(CTRL_Z)
    sh.expect('Stopped')
    sh.expect_prompt()
    sh.wait_state(pid, 'T')
    out = sh.run('echo visible-$((6*7))')
    check('visible-42' in out, 'echo output missing: %r' % out)
    # The typed line is echoed back by the line editor: the terminal is usable.
    sh.send('echo typed')
    sh.expect('echo typed')
    sh.send('\r')
    sh.expect_prompt()
    sh.send('fg\r')
    wait_until(lambda: sh.tpgid() == pid, 'fg to give the terminal back to the job')
    wait_until(lambda: not sh.p.getecho(), 'the job to get its modes (echo off) back')
    sh.send(CTRL_C)
    sh.expect_prompt()
    check(sh.tpgid() == sh.pid, 'terminal not given back')


# An interactive shell started in the background waits (stopped by SIGTTIN) until it is put in
# the foreground, then takes its own process group and the terminal; leaving gives it back.
def test_starts_in_background(sh):
    sh.send('%s -i --norc --noprofile &\r' % sh.conch)
    sh.expect(r'\[1\] (\d+)')
    inner = int(sh.p.match.group(1))
    sh.expect_prompt()
    sh.wait_state(inner, 'T', 'the background shell to stop itself')
    check(sh.tpgid() == sh.pid, 'the outer shell lost the terminal')
    sh.send('fg\r')
    wait_until(lambda: (stat(inner) or {}).get('tpgid') == inner, 'the inner shell to own the tty')
    sh.expect_prompt()
    st = stat(inner)
    check(st['pgrp'] == inner, 'the inner shell is not its own group')
    out = sh.run('echo inner=$$')
    check('inner=%d' % inner in out, 'not talking to the inner shell: %r' % out)
    sh.send('exit\r')
    sh.expect_prompt()
    wait_until(lambda: not ptylib.alive(inner), 'the inner shell to exit')
    check(sh.tpgid() == sh.pid, 'the outer shell did not get the terminal back')
    check(sh.value('echo outer=$$') == 'outer=%d' % sh.pid, 'the outer shell does not answer')


# A script has no job control unless it says set -m: its background jobs stay in its process
# group; after set -m they get their own (XCU 2.11).
def test_script_job_control(sh):
    with open(os.path.join(sh.home, 'bgs.sh'), 'w') as f:
        f.write('sleep 5 & echo "a=$! $$"\nset -m\nsleep 5 & echo "b=$!"\n'
                'read -r _ </dev/null; sleep 0.3; kill $(jobs -p) 2>/dev/null; wait\n')
    sh.send('%s bgs.sh\r' % sh.conch)
    sh.expect(r'a=(\d+) (\d+)')
    a, script = int(sh.p.match.group(1)), int(sh.p.match.group(2))
    sh.expect(r'b=(\d+)')
    b = int(sh.p.match.group(1))
    sa, ss, sb = stat(a), stat(script), stat(b)
    check(sa and ss and sb, 'processes gone too early')
    check(ss['pgrp'] == ss['pid'], 'the script is not its own foreground job')
    check(sa['pgrp'] == ss['pgrp'], 'without set -m a background job got its own group')
    check(sb['pgrp'] == b, 'with set -m a background job stayed in the script\'s group')
    sh.expect_prompt()


# (posix) fg in a script with set -m, when the stopped job's saved modes differ from the
# terminal's: the modes go back before the terminal is handed over, else tcsetattr from the
# background stops the script with SIGTTOU for good (dash prints fg=0).
def test_script_fg_restores_modes_first(sh):
    with open(os.path.join(sh.home, 'fg1.sh'), 'w') as f:
        f.write("sh -c 'stty -echo; kill -s STOP $$; stty echo'\nfg\necho fg=$?\n")
    sh.send('%s -m fg1.sh\r' % sh.conch)
    sh.expect('fg=0')
    sh.expect_prompt()
    check('SIGTTOU' not in sh.transcript(), 'the script was stopped')


# (posix) XCU trap: "signals that were ignored on entry to a non-interactive shell" cannot be
# trapped or reset; an interactive shell started with SIGTSTP, SIGTTIN and SIGTTOU ignored may
# reset them, and then its jobs get the default actions (^Z stops them; dash does so too).
def test_interactive_resets_entry_ignored(sh):
    sh.send("sh -c 'trap \"\" TSTP TTIN TTOU; exec %s -i --norc --noprofile'\r" % sh.conch)
    comm = os.path.basename(sh.conch)[:15]
    inner = wait_until(lambda: [c for c in children(sh.pid) if c['comm'] == comm],
                       'the inner shell')[0]['pid']
    sh.expect_prompt()
    sh.run('trap - TSTP TTIN TTOU')
    sh.send('sleep 5\r')
    kid = wait_until(lambda: [c for c in children(inner) if c['comm'] == 'sleep'], 'sleep')[0]
    wait_until(lambda: (stat(inner) or {}).get('tpgid') == kid['pid'], 'sleep to own the tty')
    sh.send(CTRL_Z)
    sh.expect('Stopped')
    sh.expect_prompt()
    sh.wait_state(kid['pid'], 'T', 'sleep to stop on ^Z')
    sh.send('fg\r')
    sh.expect('sleep 5')
    sh.wait_state(kid['pid'], 'SR', 'fg to continue sleep')
    sh.send(CTRL_C)
    sh.expect_prompt()
    # A reset SIGTTOU is the default for children too: a background job that changes the
    # terminal's modes is stopped.
    out = sh.run('stty -echo & wait; jobs; jobs -p')
    check('Stopped' in out, 'a background stty was not stopped: %r' % out)
    pid = int(out.split()[-1])
    sh.wait_state(pid, 'T', 'the kernel to show the background stty stopped')
    sh.run('kill -9 %1')


def ignored_signals(pid):
    """The signal numbers /proc/PID/status lists as ignored (SigIgn)."""
    with open('/proc/%d/status' % pid) as f:
        mask = int([l for l in f if l.startswith('SigIgn:')][0].split()[1], 16)
    return {s for s in range(1, 65) if mask >> (s - 1) & 1}


# (conch) set -m in an interactive shell started with +m: once the first job has set up the
# terminal, the shell ignores SIGTSTP, SIGTTIN and SIGTTOU for itself, as when it starts with
# job control, so ^Z stops jobs and never the shell. (dash ignores TSTP and TTOU at `set -m`
# itself; bash ignores all three even with +m; conch waits for the first job, which is when
# it takes the terminal.)
@ptylib.shell_args(args=['+m'])
def test_set_m_later_ignores_job_control_signals(sh):
    jobsigs = {ptylib.signal.SIGTSTP, ptylib.signal.SIGTTIN, ptylib.signal.SIGTTOU}
    check(not jobsigs & ignored_signals(sh.pid), 'job-control signals ignored with +m')
    sh.run('set -m')
    sh.run('/bin/true')
    check(jobsigs <= ignored_signals(sh.pid),
          'after set -m and a job, the shell ignores only %r' % sorted(ignored_signals(sh.pid)))
    check(sh.tpgid() == sh.pid, 'the shell does not own the terminal after set -m')


# suspend stops the shell itself; SIGCONT resumes it at the prompt.
def test_suspend(sh):
    sh.send('suspend\r')
    sh.wait_state(sh.pid, 'T', 'the shell to stop')
    os.kill(sh.pid, ptylib.signal.SIGCONT)
    sh.wait_state(sh.pid, 'SR', 'the shell to run again')
    sh.expect_prompt()
    check(sh.value('echo back') == 'back', 'the shell does not answer after suspend')
    check(sh.tpgid() == sh.pid, 'the shell does not own the terminal after suspend')


@ptylib.shell_args(args=['-l'])
def test_suspend_login_refused(sh):
    out = sh.run('suspend; echo status=$?')
    check('login shell' in out and 'status=1' in out, 'suspend in a login shell: %r' % out)
    check(stat(sh.pid)['state'] != 'T', 'the login shell stopped')
    out = sh.run("%s -c 'suspend; echo status=$?'" % sh.conch)
    check('no job control' in out and 'status=1' in out, 'suspend in a script: %r' % out)


ptylib.main(globals())
