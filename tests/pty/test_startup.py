#!/usr/bin/python3
# test_startup.py — start-up files of an interactive shell in a real pseudo-terminal (XCU sh,
# ENV): a login shell reads /etc/profile and ~/.profile, an interactive one $ENV and ~/.conchrc;
# --norc skips them; an error in one is reported and the prompt still comes; the packaged
# system-wide conchrc gives a login shell its prompt. Runs under ptylib.
import os
import pwd
import re
import socket
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptylib  # noqa: E402
from ptylib import check  # noqa: E402


def write(sh, name, text):
    with open(os.path.join(sh.home, name), 'w') as f:
        f.write(text)


def restart(sh, args, env=''):
    """Replaces the shell in the pty with `conch ARGS` (HOME is the test's directory)."""
    sh.send('%s exec %s %s\r' % (env, sh.conch, args))


# /etc/profile may set its own PS1: ~/.profile, read after it, sets the test's prompt back.
PROFILE_PROMPT = "PS1='%s'\n" % ptylib.PROMPT


def test_login_reads_profile(sh):
    write(sh, '.profile', PROFILE_PROMPT + 'PROFILE_VAR=loaded\necho from-profile\n')
    restart(sh, '-l --norc')
    sh.expect('from-profile')
    sh.expect_prompt()
    check(sh.value('echo $PROFILE_VAR') == 'loaded', '~/.profile variables stay set')
    sh.send('logout 5\r')
    sh.p.expect(ptylib.pexpect.EOF)
    sh.p.close()
    check(sh.p.exitstatus == 5, 'logout status %r' % sh.p.exitstatus)


def test_logout_needs_login_shell(sh):
    out = sh.run('logout')
    check("conch: logout: not login shell: use `exit'" in out, 'logout: %r' % out)
    check(sh.value('echo $?') == '1', 'status of logout')


# XCU sh, ENV: parameter expansion on the value; then ~/.conchrc.
def test_env_and_conchrc(sh):
    write(sh, 'envfile', "ENV_VAR=yes\nalias ll='echo aliased'\n")
    write(sh, '.conchrc', 'RC_VAR=rc\n')
    restart(sh, '-i', env="ENV='$HOME/envfile'")
    sh.expect_prompt()
    check(sh.value('echo $ENV_VAR $RC_VAR') == 'yes rc', 'ENV and ~/.conchrc read')
    check(sh.value('ll') == 'aliased', 'alias from ENV')


def test_norc(sh):
    write(sh, 'envfile', 'ENV_VAR=yes\n')
    write(sh, '.conchrc', 'RC_VAR=rc\n')
    write(sh, '.profile', PROFILE_PROMPT + 'PROFILE_VAR=loaded\n')
    restart(sh, '-i -l --norc --noprofile', env="ENV='$HOME/envfile'")
    sh.expect_prompt()
    check(sh.value('echo "[$ENV_VAR$RC_VAR$PROFILE_VAR]"') == '[]', 'nothing read')


# A syntax error in ~/.profile names the file and line; the rest of start-up and the prompt
# go on.
def test_profile_syntax_error(sh):
    write(sh, '.profile', PROFILE_PROMPT + 'echo before\nif then\necho never\n')
    write(sh, '.conchrc', 'RC_VAR=rc\n')
    restart(sh, '-l')
    sh.expect('before')
    sh.expect(re.escape('conch: %s/.profile: line 3: syntax error' % sh.home))
    sh.expect_prompt()
    check(sh.value('echo $RC_VAR ok') == 'rc ok', 'the shell goes on after the error')
    check('never' not in sh.transcript(), 'the rest of the faulty file is skipped')


# The packaged system-wide conchrc (etc/conchrc, /etc/conch/conchrc once installed): a login
# shell in conch mode shows user@host:dir$, in colour on a terminal with colours, even after
# an /etc/profile that set PS1='$ ' (Debian's does, for shells other than bash).
SYSRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'etc', 'conchrc')


def test_login_shows_packaged_prompt(sh):
    user = pwd.getpwuid(os.geteuid()).pw_name
    host = socket.gethostname().split('.')[0]
    sign = '#' if os.geteuid() == 0 else '$'
    write(sh, '.profile', "PS1='%s '\n" % sign)
    restart(sh, '-l', env="TERM=xterm-256color CONCH_SYSRC='%s'" % SYSRC)
    sh.expect(re.escape('\x1b[1;32m%s@%s\x1b[0m:\x1b[1;34m~\x1b[0m%s ' % (user, host, sign)))
    sh.send('cd /\r')
    sh.expect(re.escape('\x1b[1;32m%s@%s\x1b[0m:\x1b[1;34m/\x1b[0m%s ' % (user, host, sign)))
    sh.send('TERM=dumb exec %s -l\r' % sh.conch)
    sh.expect('[\r\n]' + re.escape('%s@%s:/%s ' % (user, host, sign)))
    sh.send('echo "[$CONCH_SYSRC]"\r')
    sh.expect(re.escape('[%s]' % SYSRC))


if __name__ == '__main__':
    ptylib.main(globals())
