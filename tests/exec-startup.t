# Start-up files (XCU sh, ENV): a login shell (-l, --login, or argv[0] starting with '-') reads
# /etc/profile then ~/.profile; an interactive shell then reads the file named by $ENV (after
# parameter expansion) and ~/.conchrc. HOME is an empty directory in every case.
# In conch mode an interactive shell first reads the system-wide conchrc
# ($(sysconfdir)/conch/conchrc, or the file CONCH_SYSRC names, empty for none; run-cases sets it
# empty for every case, and the cases below name one); POSIX mode never reads it.

=== a login shell reads ~/.profile, also with -c (conch; as bash)
--- command
echo 'X=from-profile' > "$HOME/.profile"
"$CONCH" -l -c 'echo $X'
"$CONCH" --login -c 'echo $X'
"$CONCH" -c 'echo "[$X]"'
--- stdout
from-profile
from-profile
[]

=== argv[0] starting with '-' makes a login shell (conch)
--- command
echo 'X=from-profile' > "$HOME/.profile"
bash -c 'exec -a -conch "$CONCH" -c "echo \$X"'
--- stdout
from-profile

=== --noprofile skips the profiles (conch)
--- command
echo 'echo profile' > "$HOME/.profile"
"$CONCH" -l --noprofile -c 'echo ok'
--- stdout
ok

=== an interactive shell reads $ENV, parameter-expanded, then ~/.conchrc (conch)
--- command
echo 'echo env-file' > "$HOME/envf"
echo 'echo conchrc' > "$HOME/.conchrc"
ENV='$HOME/envf' PS1= "$CONCH" -i 2>/dev/null
--- stdin
echo prompt
--- stdout
env-file
conchrc
prompt

=== ENV and ~/.conchrc are not read by a non-interactive shell (posix)
--- command
echo 'echo env-file' > "$HOME/envf"
echo 'echo conchrc' > "$HOME/.conchrc"
ENV="$HOME/envf" "$CONCH" -c 'echo script'
--- stdout
script

=== --norc skips ENV and ~/.conchrc; a missing file is no error (conch)
--- command
echo 'echo conchrc' > "$HOME/.conchrc"
ENV=/nonexistent PS1= "$CONCH" -i --norc 2>/dev/null
ENV=/nonexistent PS1= "$CONCH" -i 2>&1 </dev/null | grep -c nonexistent || :
--- stdin
echo prompt
--- stdout
prompt
0

=== the order: profile, then ENV, then ~/.conchrc (conch; a file named twice is read once)
--- command
echo 'echo profile' > "$HOME/.profile"
echo 'echo conchrc' > "$HOME/.conchrc"
ENV="$HOME/.conchrc" PS1= "$CONCH" -i -l 2>/dev/null
--- stdin
echo prompt
--- stdout
profile
conchrc
prompt

=== a syntax error in ~/.profile names the file and line; the rest of start-up goes on (conch)
--- command
printf 'echo before\nif then\necho never\n' > "$HOME/.profile"
"$CONCH" -l -c 'echo command' 2>&1 | sed "s|$HOME|HOME|"
--- stdout
before
conch: HOME/.profile: line 2: syntax error near unexpected token 'then'
command

=== exit in ~/.profile leaves the shell (conch)
--- command
echo 'exit 7' > "$HOME/.profile"
"$CONCH" -l -c 'echo not reached'
--- status
7

=== a failing command in ~/.profile does not stop it (conch)
--- command
printf 'nosuchcommand_xyz\necho after\n' > "$HOME/.profile"
"$CONCH" -l -c 'echo command' 2>/dev/null
--- stdout
after
command

=== an interactive shell in conch mode reads the system conchrc before ENV and ~/.conchrc (conch; as bash's bash.bashrc)
--- command
echo 'echo system-rc' > "$HOME/sysrc"
echo 'echo env-file' > "$HOME/envf"
echo 'echo conchrc' > "$HOME/.conchrc"
CONCH_SYSRC="$HOME/sysrc" ENV="$HOME/envf" PS1= "$CONCH" -i 2>/dev/null
--- stdin
echo prompt
--- stdout
system-rc
env-file
conchrc
prompt

=== the system conchrc comes after the profiles of a login shell (conch)
--- command
echo 'echo system-rc' > "$HOME/sysrc"
echo 'echo profile' > "$HOME/.profile"
CONCH_SYSRC="$HOME/sysrc" PS1= "$CONCH" -i -l 2>/dev/null
--- stdin
echo prompt
--- stdout
profile
system-rc
prompt

=== --norc skips the system conchrc; a script does not read it (conch)
--- command
echo 'echo system-rc' > "$HOME/sysrc"
export CONCH_SYSRC="$HOME/sysrc"
echo 'echo interactive' | PS1= "$CONCH" -i 2>/dev/null
echo 'echo norc' | PS1= "$CONCH" -i --norc 2>/dev/null
"$CONCH" -c 'echo script'
--- stdout
system-rc
interactive
norc
script

=== POSIX mode never reads the system conchrc: sh, --posix, POSIXLY_CORRECT (conch)
--- command
echo 'echo system-rc' > "$HOME/sysrc"
export CONCH_SYSRC="$HOME/sysrc"
echo 'echo as-sh' | PS1= "$CONCH_SH" -i 2>/dev/null
echo 'echo posix-option' | PS1= "$CONCH" --posix -i 2>/dev/null
echo 'echo posixly-correct' | POSIXLY_CORRECT=1 PS1= "$CONCH" -i 2>/dev/null
echo 'echo conch-mode' | PS1= "$CONCH" -i 2>/dev/null
--- stdout
as-sh
posix-option
posixly-correct
system-rc
conch-mode

=== the packaged conchrc: user@host:dir$ prompt, coloured only where the terminal has colours (conch)
--- command
u=$(id -un) h=$(hostname | sed 's/\..*//')
export CONCH_SYSRC="$CONCH_SRCDIR/etc/conchrc"
echo 'echo "[$PS1]"' | TERM=dumb "$CONCH" -i 2>/dev/null
echo 'echo "[$PS1]"' | TERM=xterm-256color "$CONCH" -i 2>/dev/null
echo 'echo shown' | TERM=dumb "$CONCH" -i 2>&1 >/dev/null |
  { sed -n "s|^$u@$h:[^ ]*[\$#] .*|user@host:dir\$|p"; echo; } | sed -n 1p
--- stdout
[\u@\h:\w\$ ]
[\[\e[1;32m\]\u@\h\[\e[0m\]:\[\e[1;34m\]\w\[\e[0m\]\$ ]
user@host:dir$

=== the packaged conchrc leaves a prompt set in ~/.profile alone; '$ ' from /etc/profile is replaced (conch)
--- command
export CONCH_SYSRC="$CONCH_SRCDIR/etc/conchrc"
echo "PS1='my> '" > "$HOME/.profile"
echo 'echo "[$PS1]"' | TERM=dumb "$CONCH" -i -l 2>/dev/null
echo "PS1='\$ '" > "$HOME/.profile"
echo 'echo "[$PS1]"' | TERM=dumb "$CONCH" -i -l 2>/dev/null
--- stdout
[my> ]
[\u@\h:\w\$ ]

=== the packaged conchrc loads Debian's bash-completion when it is installed (conch)
--- command
export CONCH_SYSRC="$CONCH_SRCDIR/etc/conchrc"
if [ -r /usr/share/bash-completion/bash_completion ]; then
  echo 'complete -p ls' | TERM=dumb "$CONCH" -i 2>/dev/null
else
  echo 'complete -F _longopt ls' # not installed here (setup.sh installs it for the tests)
fi
--- stdout
complete -F _longopt ls

=== start-up asks the system about no signal it does not set (conch; XCU 2.11: those ignored on entry are read when first needed)
--- command
ASAN_OPTIONS=detect_leaks=0 strace -f -qq -e trace=rt_sigaction -o trace "$CONCH" -c 'exit 0'
n=$(grep -c rt_sigaction trace)
test "$n" -lt 16 && echo few || echo "$n rt_sigaction calls"
--- stdout
few
