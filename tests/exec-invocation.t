# Invoking the shell (XCU sh): -c, -s, standard input, script files, options, exit status.
# Expected output is dash's unless a title says conch differs.

=== -c: the string runs, the next operands are $0 and the positional parameters (posix)
--- command
"$CONCH" -c 'echo "$0|$1|$2|$#"' name a 'b c'
--- stdout
name|a|b c|2

=== -c without operands (posix)
--- command
"$CONCH" -c 'echo $#; echo "$@"'
--- stdout
0

--- status
0

=== -c: the status is the last command's (posix)
--- command
"$CONCH" -c 'false'; echo $?; "$CONCH" -c 'exit 7'; echo $?; "$CONCH" -c ''; echo $?
--- stdout
1
7
0

=== -c requires an operand (conch; dash words it differently)
--- command
"$CONCH" -c
--- status
2
--- stderr-contains
-c: option requires an argument

=== -s: commands from standard input, operands as positional parameters (posix)
--- command
echo 'echo "$# $1 $2"' | "$CONCH" -s x y
--- stdout
2 x y

=== a script on standard input, and its exit status (posix)
--- command
printf 'echo hi\nexit 3\necho never\n' | "$CONCH"
--- stdout
hi
--- status
3

=== commands read from standard input leave the rest of it to the commands (posix; XCU 2.1; as bash, dash reads ahead)
--- command
printf 'read x\nfrom input\necho "got $x"\n' | "$CONCH"
--- stdout
got from input

=== a script file: $0 is its name, operands are the parameters (posix)
--- script
printf 'echo "$0 $# $*"\n' > s
"$CONCH" s one two
--- stdout
s 2 one two

=== a missing script file: status 127 (conch; XCU sh; as bash, dash 2)
--- command
"$CONCH" nonesuch.sh
--- status
127
--- stderr
conch: nonesuch.sh: No such file or directory

=== a script file that is a directory: status 126 (conch; as bash; dash reads nothing from it)
--- script
mkdir d
"$CONCH" d
echo $?
--- stdout
126
--- stderr
conch: d: Is a directory

=== a syntax error: nothing more runs, status 2, the message names file and line (conch; bash's words)
--- script
echo first
fi
echo never
--- stdout
first
--- status
2
--- stderr-contains
test.sh: line 2: syntax error

=== -n reads commands without running them (conch; bash's words for the error)
--- command
"$CONCH" -n -c 'echo no'; echo "status $?"; "$CONCH" -n -c 'if'; echo "status $?"
--- stdout
status 0
status 2
--- stderr-contains
syntax error

=== options on the command line: -e, -u, -x, +x, -o name, -C (conch; POSIX mode: no B for braceexpand in $-)
--- command
"$CONCH" -eu -c 'case $- in *e*) echo e;; esac; case $- in *u*) echo u;; esac; echo $unset_variable; echo never'; echo "status $?"
"$CONCH_SH" -x +x -o noclobber -c 'echo "$-"'
--- stdout
e
u
status 2
C
--- stderr-contains
unset_variable

=== an unknown option is an error with status 2 (conch; dash words it differently)
--- command
"$CONCH" -Z -c 'echo no'
--- status
2
--- stderr-contains
-Z: invalid option

=== -O and +O set shopt options before the script is read (conch; as bash)
--- command
printf 'x=abc\n[[ $x == @(abc|d) ]] && echo extglob on\nshopt nullglob\n' > s.sh
"$CONCH" -O extglob -O nullglob +O nullglob s.sh
"$CONCH" -O nosuch -c 'echo no'; echo "status $?"
"$CONCH" --posix -O extglob -c 'echo no'; echo "status $?"
--- stdout
extglob on
nullglob       	off
status 2
status 2
--- stderr-contains
nosuch: invalid shopt option name

=== --version and --help (conch; conch's own long options)
--- command
"$CONCH" --version | sed 's/ [0-9.]*$//'; "$CONCH" --help | head -n 1 | cut -c1-12
--- stdout
conch
usage: conch

=== --ast prints each command's tree before running it (conch)
--- command
"$CONCH" --ast -c 'echo hi'
--- stdout
hi
--- stderr-contains
SIMPLE

=== -- ends the options (posix)
--- command
"$CONCH" -c -- 'echo "$0 $1"' -x y
--- stdout
-x y

=== standard input that is not a terminal: not interactive (posix)
--- command
echo 'case $- in *i*) echo interactive;; *) echo not;; esac' | "$CONCH"
--- stdout
not

=== errors do not end an interactive shell; an expansion error or a special builtin's error drops the rest of its line (conch; as dash, bash, mksh and ksh93)
--- command
printf 'echo ${x?oops}; echo same line\necho next\nfi\necho after syntax\nshift 9; echo same line\necho new line\nexit 4\n' | "$CONCH" -i 2>/dev/null
--- stdout
next
after syntax
new line
--- status
4

=== an interactive shell drops the rest of the line after any expansion error: set -u, ${x?}, arithmetic, case, for, a function's (conch; as bash and ksh93)
--- command
printf '%s\n' 'set -u; echo $unset_x; echo dropped' 'echo ${y:?}; echo dropped' 'echo $((1/0)); echo dropped' 'case ${y?} in *) echo dropped;; esac; echo dropped' 'for i in ${y?}; do :; done; echo dropped' 'f() { echo in f; echo $y; echo dropped; }; f; echo dropped' 'echo the next line runs' | PS1= "$CONCH" --norc -i +m 2>&1
--- stdout
conch: unset_x: parameter not set
conch: y: parameter null or not set
conch: arithmetic: division by zero in "1/0"
conch: y: parameter not set
conch: y: parameter not set
in f
conch: y: parameter not set
the next line runs

=== POSIX mode: an interactive sh goes on with the next command of the line after an expansion error (conch; as yash and the smoosh model; dash and bash drop the line)
--- command
printf '%s\n' 'echo ${x?oops}; echo same line' 'echo next' | PS1= "$CONCH_SH" -i 2>/dev/null
--- stdout
same line
next

=== without PATH in the environment, PATH is set to the default search path, not exported (conch; conch's value; dash, bash and mksh set theirs)
--- command
env -i "$CONCH" -c 'echo "$PATH"; export -p | grep -c PATH; ls /dev/null'
--- stdout
/usr/local/bin:/usr/bin:/bin
0
/dev/null

=== +c reads the commands from the operand as -c does (conch; dash and bash agree)
--- command
"$CONCH" +c 'echo hi $0 $1' a b
--- stdout
hi a b

=== OPTIND from the environment starts at 1 again; PS1, PS2 and PS4 are set, and set -a before they are read exports none of them (posix)
--- command
OPTIND=7 "$CONCH_SH" -c 'set -a; printf "[%s]" "$OPTIND" "$PS2" "$PS4" "${PS1+set}"; echo; echo "$(env | grep -c "^PS[124]=")"'
--- stdout
[1][> ][+ ][set]
0
