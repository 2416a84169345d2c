# Simple commands (XCU 2.9.1): command search, exit statuses 126/127, assignments, set -x.
# Expected output is dash's unless a title says conch differs. Messages follow bash's wording
# with conch's "conch: FILE: line N:" prefix.

=== a command that is not found: status 127 and a message (conch; XCU 2.9.1.4)
--- script
nosuch_command_xyz arg
echo $?
--- stdout
127
--- stderr
conch: test.sh: line 1: nosuch_command_xyz: not found

=== the not-found message goes to the command's redirected stderr (posix)
--- script
nosuch_command_xyz 2>/dev/null
echo $?
--- stdout
127

=== command not found does not end a non-interactive shell (posix; XCU 2.8.1)
--- script
nosuch_command_xyz 2>/dev/null; echo after
--- stdout
after

=== a file without execute permission: status 126 (conch)
--- script
printf 'echo hi\n' > f
chmod -x f
./f
echo $?
--- stdout
126
--- stderr
conch: test.sh: line 3: ./f: Permission denied

=== a directory cannot be run: status 126 (conch; conch says why, like bash)
--- script
mkdir d
./d
echo $?
--- stdout
126
--- stderr
conch: test.sh: line 2: ./d: Is a directory

=== a non-executable file in PATH is reported, not skipped silently (conch)
--- script
mkdir bin
printf 'echo hi\n' > bin/tool
PATH=$PWD/bin:$PATH
tool
echo $?
--- stdout
126
--- stderr-contains
tool: Permission denied

=== a file without #! is run as a script by a new shell (posix; XCU 2.9.1.4)
--- script
printf 'echo "script $0 $# $1 $2"\nx=inner\nexit 5\n' > s
chmod +x s
x=outer
./s a b
echo "$? $x"
--- stdout
script ./s 2 a b
5 outer

=== that new shell sees exported variables only, and no functions (posix)
--- script
f() { echo fun; }
y=1
export z=2
printf 'echo "[$y][$z]"\nf 2>/dev/null || echo nofunc\n' > s
chmod +x s
./s
--- stdout
[][2]
nofunc

=== a script without #! found in PATH (posix)
--- script
mkdir bin
printf 'echo found $#\n' > bin/myscript
chmod +x bin/myscript
PATH=$PWD/bin:$PATH myscript 1 2 3
--- stdout
found 3

=== a binary the kernel refuses is not run as a script (conch)
--- script
printf 'a\0b\n' > bin
chmod +x bin
./bin
echo $?
--- stdout
126
--- stderr-contains
cannot execute binary file

=== $? of a command killed by a signal is 128+N (posix)
--- script
sh -c 'kill -9 $$'
echo $?
sh -c 'kill -15 $$'
echo $?
--- stdout
137
143
--- stderr
Killed
Terminated

=== exit statuses above 255 wrap (posix)
--- script
sh -c 'exit 257'
echo $?
--- stdout
1

=== assignments before an external command go to its environment only (posix)
--- script
x=1
x=2 sh -c 'echo $x'
echo $x
unset y
y=3 sh -c 'echo $y'
echo "[${y-unset}]"
--- stdout
2
1
3
[unset]

=== assignments before a special builtin stay (posix; XCU 2.9.1)
--- script
x=1
x=2 :
echo $x
--- stdout
2

=== assignments before a regular builtin last for that command only (posix)
--- script
x=1
x=2 true
echo $x
IFS=: read a b <<EOF
one:two
EOF
echo "$a $b"
printf '[%s]\n' "$IFS"
--- stdout
1
one two
[ 	
]

=== assignments before a function last for the call (conch; as in bash --posix)
--- script
f() { echo "in $x"; sh -c 'echo "child $x"'; }
x=1
x=2 f
echo "out $x"
--- stdout
in 2
child 2
out 1

=== assignment-only commands: status of the last command substitution, else 0 (posix)
--- script
false
x=1
echo $?
x=$(exit 3) y=2
echo $?
x=$(false) y=$(true)
echo $?
--- stdout
0
3
0

=== PATH=... before a command searches the new PATH (posix; XCU 2.9.1.4)
--- script
mkdir bin
printf '#!/bin/sh\necho mine\n' > bin/mytool
chmod +x bin/mytool
PATH=$PWD/bin:$PATH mytool
mytool 2>/dev/null || echo "not found: $?"
--- stdout
mine
not found: 127

=== a remembered location is forgotten when PATH changes (posix)
--- script
mkdir a b
printf '#!/bin/sh\necho a\n' > a/t
printf '#!/bin/sh\necho b\n' > b/t
chmod +x a/t b/t
PATH=$PWD/a:$PATH
t
PATH=$PWD/b:$PATH
t
unset PATH
PATH=$PWD/a:/usr/bin:/bin
t
--- stdout
a
b
a

=== a readonly variable assigned before a command ends the shell (conch; the message is conch's; status 2 as dash and yash; bash 1)
--- script
readonly r=1
r=2 true
echo not reached
--- status
2
--- stderr-contains
r: readonly variable

=== a redirection error on a special builtin ends the shell (conch; XCU 2.8.1; status 1 as in bash, dash 2)
--- script
: > /nonexistent/dir/file
echo not reached
--- status
1
--- stderr
conch: test.sh: line 1: /nonexistent/dir/file: No such file or directory

=== a redirection error on another command does not (conch; status 1 as in bash, dash 2)
--- script
echo hi > /nonexistent/dir/file
echo "status $?"
--- stdout
status 1
--- stderr
conch: test.sh: line 1: /nonexistent/dir/file: No such file or directory

=== command takes the special properties away (conch; XCU command; status 1 as in bash, dash 2)
--- script
command : 2>/dev/null > /nonexistent/dir/file
echo "status $?"
readonly x=1
command readonly x=2 2>/dev/null
echo "status $?"
unset y
y=1 command :
echo "[${y-unset}]"
--- stdout
status 1
status 1
[unset]

=== command skips functions (posix)
--- script
echo() { printf 'function\n'; }
echo x
command echo builtin
--- stdout
function
builtin

=== command -v (conch; not found: status 1 as in bash, dash 127)
--- script
f() { :; }
command -v f
command -v echo
command -v if
command -v nosuch_command_xyz
echo $?
--- stdout
f
echo
if
1

=== command -p -v and -p -V search the default PATH, not $PATH (posix; XCU command, dash, bash)
--- script
PATH=
p=$(command -p -v cat) && case $p in /*/cat) echo found ;; *) echo "bad: $p" ;; esac
d=$(command -p -V cat) && case $d in "cat is /"*/cat) echo described ;; *) echo "bad: $d" ;; esac
command -p -v nosuch_command_xyz || echo not found
--- stdout
found
described
not found

=== builtins are found before PATH, functions before regular builtins (posix)
--- script
true() { echo "my true"; }
true
command true && echo "builtin true"
--- stdout
my true
builtin true

=== set -x traces expanded commands on stderr, quoting where needed (conch; as bash; dash does not quote)
--- script
set -x
echo "a b" c
x=1 true
y=$(echo v)
--- stdout
a b c
--- stderr
+ echo 'a b' c
+ x=1 true
+ echo v
+ y=v

=== set -x: PS4 is expanded (posix)
--- script
PS4='[$x] '
x=5
set -x
: hi
--- stderr
[5] : hi

=== exec replaces the shell (posix)
--- script
exec sh -c 'echo replaced $0' name
echo not reached
--- stdout
replaced name

=== exec of a missing command ends a non-interactive shell with 127 (conch)
--- script
exec nosuch_command_xyz
echo not reached
--- status
127
--- stderr
conch: test.sh: line 1: exec: nosuch_command_xyz: not found

=== eval joins its operands and runs them here (posix)
--- script
eval 'x=1;' echo '$x'
eval false
echo $?
eval
echo $?
--- stdout
1
1
0

=== a syntax error inside eval ends a non-interactive shell, with status 2 (conch)
--- script
eval 'if'
echo not reached
--- status
2
--- stderr-contains
syntax error

=== dot runs a file in the current environment, searching PATH (posix)
--- script
mkdir lib
printf 'x=set\nreturn 3\necho never\n' > lib/inc.sh
PATH=$PWD/lib:$PATH
. inc.sh
echo "$? $x"
--- stdout
3 set

=== dot with arguments sets the positional parameters while it runs (conch; as bash; dash ignores them)
--- script
printf 'echo "$# $1"\n' > inc
set -- a b c
. ./inc x
echo "$# $1"
--- stdout
1 x
3 a

=== dot of a missing file ends a non-interactive shell (conch; XCU 2.8.1; status 1 as in bash, dash 2)
--- script
. ./nonesuch
echo not reached
--- status
1
--- stderr
conch: test.sh: line 1: .: ./nonesuch: not found

=== LINENO-style messages name the dot file and its line (conch)
--- script
printf '\n\nnosuch_command_xyz\n' > inc
. ./inc
--- status
127
--- stderr
conch: ./inc: line 3: nosuch_command_xyz: not found

=== command -V names itself in the not-found message, and takes operands that look like options (conch)
--- script
command -V cd nosuch -x
echo $?
--- stdout
cd is a shell builtin
1
--- stderr
conch: command: nosuch: not found
conch: command: -x: not found
