# The history list, fc (XCU fc), history and logout. An interactive shell (-i) reads commands
# from standard input here; PS1/PS2 are emptied so the prompts do not mix with stderr checks.

=== fc -l lists the previous commands, not itself (conch; XCU fc; bash writes a space after the tab)
--- command
PS1= PS2= "$CONCH" -i 2>/dev/null
--- stdin
echo a
echo b
fc -l
--- stdout
a
b
1	echo a
2	echo b

=== fc -l with a negative first, -n, -r and a string (conch)
--- command
PS1= PS2= "$CONCH" -i 2>/dev/null
--- stdin
echo a
echo b
echo c
fc -l -2
fc -ln 1 2
fc -lr e
--- stdout
a
b
c
2	echo b
3	echo c
	echo a
	echo b
5	fc -ln 1 2
4	fc -l -2
3	echo c

=== consecutive duplicates are one entry (conch; as bash with HISTCONTROL=ignoredups)
--- command
PS1= PS2= "$CONCH" -i 2>/dev/null
--- stdin
echo a
echo a
echo b
echo a
fc -l
--- stdout
a
a
b
a
1	echo a
2	echo b
3	echo a

=== a command of several lines is one history entry (conch)
--- command
PS1= PS2= "$CONCH" -i 2>/dev/null
--- stdin
if true; then
echo yes
fi
cat <<EOF
doc
EOF
history
--- stdout
yes
doc
    1  if true; then
echo yes
fi
    2  cat <<EOF
doc
EOF
    3  history

=== each command is appended to $HISTFILE when it is entered, one entry after a '#time' line (conch)
--- command
PS1= PS2= HISTFILE=hist "$CONCH" -i 2>/dev/null; grep -v '^#[0-9]*$' hist
--- stdin
echo one
for i in 1; do
echo $i
done
--- stdout
one
1
echo one
for i in 1; do
echo $i
done

=== the history file is read at start-up: numbers go on from it (conch)
--- command
printf 'echo one\necho two\n' | PS1= PS2= HISTFILE=hist "$CONCH" -i 2>/dev/null
printf 'fc -l\n' | PS1= PS2= HISTFILE=hist "$CONCH" -i 2>/dev/null
--- stdout
one
two
1	echo one
2	echo two

=== a history file of plain lines (no time lines) has one command per line (conch)
--- command
printf 'echo one\necho two\n' > hist
printf 'fc -l\n' | PS1= HISTFILE=hist "$CONCH" -i 2>/dev/null
--- stdout
1	echo one
2	echo two

=== ~/.conch_history is the default file; an empty HISTFILE keeps no file (conch)
--- command
printf 'echo x\n' | PS1= "$CONCH" -i 2>/dev/null; grep -v '^#' "$HOME/.conch_history"
printf 'echo y\n' | PS1= HISTFILE= "$CONCH" -i 2>/dev/null; ls -A
--- stdout
x
echo x
y

=== HISTFILESIZE bounds the file, HISTSIZE the list read from it; unset, HISTSIZE bounds both (conch; conch, as bash)
--- command
printf 'echo 1\necho 2\necho 3\necho 4\necho 5\necho 6\n' > hist
printf 'fc -l\n' | PS1= HISTFILE=hist HISTFILESIZE=2 HISTSIZE=5 "$CONCH" -i 2>/dev/null
grep -v '^#' hist
printf 'echo 1\necho 2\necho 3\necho 4\necho 5\necho 6\n' > hist
printf 'fc -l\n' | PS1= HISTFILE=hist HISTSIZE=3 "$CONCH" -i 2>/dev/null
--- stdout
1	echo 5
2	echo 6
echo 5
echo 6
fc -l
2	echo 5
3	echo 6

=== an empty, negative or non-numeric HISTFILESIZE keeps the whole file (conch; conch, as bash)
--- command
printf 'echo 1\necho 2\necho 3\n' > hist
for n in '' -1 x; do
  printf 'echo %s\n' "$n" | PS1= HISTFILE=hist HISTFILESIZE=$n HISTSIZE=1 "$CONCH" -i >/dev/null 2>&1
done
grep -c -v '^#' hist
--- stdout
6

=== a history file is mode 0600 whatever the umask, new or trimmed (conch)
--- command
umask 277
printf 'echo a\n' | PS1= HISTFILE=new "$CONCH" -i >/dev/null 2>&1
printf 'echo 1\necho 2\necho 3\n' > old; chmod 600 old
printf 'echo b\n' | PS1= HISTFILE=old HISTFILESIZE=1 "$CONCH" -i >/dev/null 2>&1
ls -l new old | cut -c1-10; grep -v '^#' old
--- stdout
-rw-------
-rw-------
echo 3
echo b

=== a history file that is not a regular file is left alone, with one warning; /dev/null keeps no history silently (conch; bash says nothing)
--- command
mkdir dir
printf 'echo a\necho b\n' | PS1= HISTFILE=dir "$CONCH" -i 2>&1 | grep -v 'job control'
printf 'echo c\n' | PS1= HISTFILE=/dev/null "$CONCH" -i 2>&1 | grep -v 'job control'
ls -A dir
--- stdout
conch: history: dir: not a regular file, left alone
a
b
c

=== HISTSIZE bounds the list (conch)
--- command
PS1= HISTSIZE=2 "$CONCH" -i 2>/dev/null
--- stdin
echo a
echo b
echo c
fc -l 1
--- stdout
a
b
c
3	echo c

=== fc -s re-runs a command with old=new and takes its place in the history (conch)
--- command
PS1= "$CONCH" -i 2>/dev/null
--- stdin
echo hello
fc -s hello=bye
fc -s 1
fc -l
--- stdout
hello
echo bye
bye
echo hello
hello
1	echo hello
2	echo bye
3	echo hello

=== fc -e runs the editor on the commands, then what it left (conch; FCEDIT, XCU fc)
--- command
printf '#!/bin/sh\nsed -i s/one/edited/ "$1"\n' > ed.sh; chmod +x ed.sh
PS1= FCEDIT=./ed.sh "$CONCH" -i 2>/dev/null
--- stdin
echo one
fc
fc -l
--- stdout
one
echo edited
edited
1	echo one
2	echo edited

=== fc errors: no such command, out of range (conch)
--- command
PS1= "$CONCH" -i 2>&1 >/dev/null | grep fc:
--- stdin
echo a
fc -s nosuch
fc 99
--- stdout
conch: fc: nosuch: event not found
conch: fc: history specification out of range

=== set -o nolog keeps function definitions out of the history (conch; XCU set)
--- command
PS1= "$CONCH" -i 2>/dev/null
--- stdin
f() { echo in f; }
set -o nolog
g() { echo in g; }
g
fc -l
--- stdout
in g
1	f() { echo in f; }
2	set -o nolog
3	g

=== history N and history -c (conch)
--- command
PS1= "$CONCH" -i 2>/dev/null
--- stdin
echo a
echo b
history 2
history -c
history
--- stdout
a
b
    2  echo b
    3  history 2
    1  history

=== logout outside a login shell is an error (conch; as bash)
--- script
logout
echo $?
--- stdout
1
--- stderr
conch: logout: not login shell: use `exit'

=== logout leaves a login shell with the given status (conch)
--- command
"$CONCH" -l -c 'logout 3; echo no'
--- status
3
