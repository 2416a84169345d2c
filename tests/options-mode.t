# conch mode and POSIX mode (conch's own): which one a shell starts in, how `set -o posix`
# switches, and what the options listing shows. The extensions themselves are tested in their
# own files; POSIX mode's refusals in grammar-bashisms.t (which runs conch as `sh`).

=== invoked as conch: conch mode, braceexpand on, histexpand off when not interactive (conch)
--- script
set -o | grep -E '^(posix|braceexpand|histexpand) '
echo "$-"
--- stdout
posix          	off
braceexpand    	on
histexpand     	off
B

=== invoked as sh: POSIX mode, both extensions off (conch)
--- command
"$CONCH_SH" test.sh
--- script
set -o | grep -E '^(posix|braceexpand|histexpand) '
echo "[$-]"
--- stdout
posix          	on
braceexpand    	off
histexpand     	off
[]

=== a login shell invoked as -sh is in POSIX mode (conch)
--- command
python3 -c 'import os, sys; os.execv(sys.argv[1], ["-sh", "--noprofile", "-c", "set -o | grep ^posix"])' "$CONCH"
--- stdout
posix          	on

=== a link named sh in any directory gives POSIX mode; other names conch mode (conch)
--- command
mkdir d; ln -s "$CONCH" d/sh; ln -s "$CONCH" d/shx
d/sh -c 'set -o | grep ^posix'; d/shx -c 'set -o | grep ^posix'
--- stdout
posix          	on
posix          	off

=== POSIXLY_CORRECT in the environment, --posix and -o posix start POSIX mode (conch)
--- command
POSIXLY_CORRECT= "$CONCH" -c 'set -o | grep ^posix'
"$CONCH" --posix -c 'set -o | grep ^posix'
"$CONCH" -o posix -c 'set -o | grep ^posix'
--- stdout
posix          	on
posix          	on
posix          	on

=== +o posix on the command line gives conch mode to a shell invoked as sh (conch)
--- command
"$CONCH_SH" +o posix -c 'set -o | grep -E "^(posix|braceexpand) "'
--- stdout
posix          	off
braceexpand    	on

=== set -o posix turns braceexpand off; set +o posix turns it back on (conch)
--- script
set -o posix; echo "[$-]"
set +o posix; echo "[$-]"
set +B; echo "[$-]"
--- stdout
[]
[B]
[]

=== set +o lists posix, braceexpand and histexpand in re-input form (conch)
--- script
set -o posix; set +o | grep -E ' (posix|braceexpand|histexpand)$'
--- stdout
set -o posix
set +o braceexpand
set +o histexpand

=== help posix explains the two modes (conch)
--- script
help posix | head -n 2
--- stdout
posix: set -o posix | sh | conch --posix | POSIXLY_CORRECT=1
    conch has two modes and one grammar. In conch mode (the default when it runs

=== help describes the compound commands by their reserved word, and lists the topics (conch)
--- script
help if | head -n 1; help for | head -n 1; help case | head -n 1; help '(' | head -n 1
help | tail -n 1
--- stdout
if: if list; then list; [elif list; then list;]... [else list;] fi
for: for name [in word...]; do list; done
case: case word in [(]pattern[|pattern]...) list ;; ... esac
(: ( list )
Topics: if, for, while, until, case, {, (, !, function, lessons, posix, time

=== fc without -e or FCEDIT: EDITOR in conch mode, ed in POSIX mode (conch; as bash, and XCU fc)
--- command
mkdir bin
printf '#!/bin/sh\necho "EDITOR ran" >&2; sed -i s/one/edited/ "$1"\n' > bin/myed; chmod +x bin/myed
printf '#!/bin/sh\necho "ed ran" >&2; sed -i s/one/posix/ "$1"\n' > bin/ed; chmod +x bin/ed
export PATH="$PWD/bin:$PATH"
printf 'echo one\nfc\n' | PS1= EDITOR=myed "$CONCH" -i 2>&1 | grep -v -e '^exit$' -e 'job control'
printf 'echo one\nfc\n' | PS1= EDITOR=myed "$CONCH_SH" -i 2>&1 | grep -v -e '^exit$' -e 'job control'
--- stdout
one
EDITOR ran
echo edited
edited
one
ed ran
echo posix
posix
