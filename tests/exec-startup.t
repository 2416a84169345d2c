# Start-up files (XCU sh, ENV): a login shell (-l, --login, or argv[0] starting with '-') reads
# /etc/profile then ~/.profile; an interactive shell then reads the file named by $ENV (after
# parameter expansion) and ~/.conchrc. HOME is an empty directory in every case.

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
