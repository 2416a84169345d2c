# The interactive shell in conch mode: `!` history expansion (set -o histexpand, on by default),
# HISTCONTROL, HISTIGNORE and PROMPT_COMMAND. History expansion:
# GNU History's history_expand does the work. Each case runs `conch -i` on piped lines (no
# terminal: job control is off, which the filter drops). As bash, the expanded line is shown
# on stderr; an error or :p runs nothing. Under bash these pass too, except where the title
# says the message is conch's own.

=== !!, !$, !^, !*, !n, !-n and !str (conch; as bash)
--- command
printf '%s\n' 'echo a b c' '!!' 'echo !$ !^ !*' '!1' '!-2' '!ech' | PS1= HISTFILE= "$CONCH" --norc -i 2>/dev/null
--- stdout
a b c
a b c
c a a b c
a b c
c a a b c
c a a b c

=== the expanded line is shown on stderr before it runs (conch; bash also echoes every line read)
--- command
printf '%s\n' 'echo a b c' 'echo !$ !^' | PS1= HISTFILE= "$CONCH" --norc -i 2>err
grep -v -e '^exit$' -e 'job control' err
--- stdout
a b c
c a
echo c a

=== ^old^new and modifiers :s, :gs, :h, :t, :r, :e (conch; as bash)
--- command
printf '%s\n' 'echo a.x/b.y' '^a^q' 'echo !!:$:h !!:$:t !!:$:r !!:$:e' 'echo aa aa' '!!:gs/a/z/' | PS1= HISTFILE= "$CONCH" --norc -i 2>/dev/null
--- stdout
a.x/b.y
q.x/b.y
q.x b.y q.x/b .y
aa aa
zz zz

=== :p shows the expansion and stores it without running it; the next !! runs it (conch; as bash)
--- command
printf '%s\n' 'echo one' '!!:s/one/two/:p' '!!' | PS1= HISTFILE= "$CONCH" --norc -i 2>/dev/null
--- stdout
one
two

=== :p writes the expansion to stderr (conch; own: bash also echoes every line read)
--- command
printf '%s\n' 'echo one' '!!:s/one/two/:p' | PS1= HISTFILE= "$CONCH" --norc -i 2>&1 >/dev/null | grep -v -e '^exit$' -e 'job control'
--- stdout
echo two

=== an unknown event is an error: the line does not run, and $? is left alone (conch; as bash)
--- command
printf '%s\n' 'false' 'echo !nosuch; echo ran' 'echo $?' | PS1= HISTFILE= "$CONCH" --norc -i 2>/dev/null
--- stdout
1

=== the event-not-found message ends the event word at an operator (conch; own message prefix)
--- command
printf '%s\n' 'echo !nosuch; echo ran' | PS1= HISTFILE= "$CONCH" --norc -i 2>&1 | grep event
--- stdout
conch: !nosuch: event not found

=== no expansion in single quotes, of $!, of ! before a blank or =, or at the end of a line (conch; as bash)
--- command
printf '%s\n' 'true' "echo '!!' \$! x!= ! hi!" | PS1= HISTFILE= "$CONCH" --norc -i 2>/dev/null
--- stdout
!! x!= ! hi!

=== set +H and set +o histexpand turn it off (conch; as bash)
--- command
printf '%s\n' 'echo a' 'set +H' 'echo !!' 'set -H' 'echo !!' 'set +o histexpand' 'echo !!' | PS1= HISTFILE= "$CONCH" --norc -i 2>/dev/null
--- stdout
a
!!
set -H
!!

=== scripts and -c strings never expand (conch; as bash)
--- script
echo hi; echo !!
--- stdout
hi
!!

=== POSIX mode: an interactive sh does not expand ! (conch)
--- command
printf '%s\n' 'echo a' 'echo !!' | PS1= "$CONCH_SH" -i 2>/dev/null
--- stdout
a
!!

=== HISTCONTROL: ignorespace, ignoredups, ignoreboth, erasedups (conch; as bash)
--- command
printf '%s\n' 'HISTCONTROL=ignorespace' ' echo hidden' 'echo x' 'echo x' 'fc -ln -2 -1' 'HISTCONTROL=ignoreboth' ' echo hidden2' 'echo z' 'echo z' 'HISTCONTROL=erasedups' 'echo y' 'echo x' 'HISTCONTROL=' 'fc -ln 1' | PS1= HISTFILE= "$CONCH" --norc -i 2>/dev/null | sed -n 's/^	 *//p'
--- stdout
echo x
echo x
HISTCONTROL=ignorespace
fc -ln -2 -1
HISTCONTROL=ignoreboth
echo z
HISTCONTROL=erasedups
echo y
echo x
HISTCONTROL=

=== HISTIGNORE: patterns matched against the whole line, & is the previous line (conch; as bash)
--- command
printf '%s\n' 'HISTIGNORE="ls*:&"' 'ls >/dev/null' 'echo a' 'echo a' 'pwd >/dev/null' 'fc -ln 1' | PS1= HISTFILE= "$CONCH" --norc -i 2>/dev/null | sed -n 's/^	 *//p'
--- stdout
HISTIGNORE="ls*:&"
echo a
pwd >/dev/null

=== without HISTCONTROL a repeated line is stored once (conch; conch's default; bash keeps both)
--- command
printf '%s\n' 'echo a' 'echo a' 'fc -ln 1' | PS1= HISTFILE= "$CONCH" --norc -i 2>/dev/null | sed -n 's/^	 *//p'
--- stdout
echo a

=== PROMPT_COMMAND runs before each primary prompt and keeps $? (conch; as bash)
--- command
printf '%s\n' 'PROMPT_COMMAND="echo pc=\$?; false"' 'true' 'echo $?' '(exit 3)' 'echo $?' | PS1= HISTFILE= "$CONCH" --norc -i 2>/dev/null
--- stdout
pc=0
pc=0
0
pc=0
pc=3
3
pc=0

=== exit in PROMPT_COMMAND leaves the shell with its status (conch; as bash)
--- command
printf '%s\n' 'PROMPT_COMMAND="exit 7"' 'echo never' | PS1= HISTFILE= "$CONCH" --norc -i 2>/dev/null; echo "status $?"
--- stdout
status 7

=== POSIX mode: PROMPT_COMMAND is an ordinary variable (conch)
--- command
printf '%s\n' 'PROMPT_COMMAND="echo pc"' 'echo a' | PS1= "$CONCH_SH" -i 2>/dev/null
--- stdout
a
