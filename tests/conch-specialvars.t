# conch mode's special variables, as bash has them: RANDOM, SECONDS, EPOCHSECONDS,
# EPOCHREALTIME and CONCH_PID (bash's BASHPID) computed when read, $_, and UID, EUID, HOSTNAME,
# HOSTTYPE, OSTYPE, CONCH_VERSION, SHLVL set at start-up, and FUNCNAME, BASH_SOURCE and
# BASH_LINENO made from the call stack when read. In POSIX mode they are ordinary
# variables (posix-mode-param.t). Cases pass under bash too unless the title says otherwise.

=== RANDOM is 15 bits; assigning it seeds a sequence that repeats (conch; as bash)
--- script
i=0 bad=0
while [ $i -lt 200 ]; do
  r=$RANDOM
  [ "$r" -ge 0 ] && [ "$r" -le 32767 ] || bad=1
  i=$((i + 1))
done
echo bad=$bad
RANDOM=42; a="$RANDOM $RANDOM $RANDOM"
RANDOM=42; b="$RANDOM $RANDOM $RANDOM"
[ "$a" = "$b" ] && echo same sequence
RANDOM=43; c="$RANDOM $RANDOM $RANDOM"
[ "$a" != "$c" ] && echo another seed, another sequence
--- stdout
bad=0
same sequence
another seed, another sequence

=== unset RANDOM takes its special meaning away, for good (conch; as bash)
--- script
RANDOM=7; a=$RANDOM; b=$RANDOM
[ "$a" != "$b" ] && echo special
unset RANDOM
echo "[$RANDOM]"
RANDOM=7
echo $RANDOM $RANDOM
--- stdout
special
[]
7 7

=== SECONDS counts from start-up, or from the value assigned (conch; as bash)
--- script
[ "$SECONDS" -ge 0 ] && [ "$SECONDS" -le 5 ] && echo small at start
SECONDS=1000
[ "$SECONDS" -ge 1000 ] && [ "$SECONDS" -le 1005 ] && echo counts from 1000
echo $((SECONDS >= 1000))
--- stdout
small at start
counts from 1000
1

=== EPOCHSECONDS and EPOCHREALTIME are the time now (conch; as bash)
--- script
now=$(date +%s)
d=$((EPOCHSECONDS - now))
[ $d -ge -1 ] && [ $d -le 5 ] && echo seconds ok
case $EPOCHREALTIME in
[1-9]*[0-9].[0-9][0-9][0-9][0-9][0-9][0-9]) echo realtime ok ;;
esac
d=$((${EPOCHREALTIME%.*} - now))
[ $d -ge -1 ] && [ $d -le 5 ] && echo same clock
--- stdout
seconds ok
realtime ok
same clock

=== UID and EUID are the user's ids, readonly (conch; as bash)
--- script
[ "$UID" = "$(id -u)" ] && [ "$EUID" = "$(id -u)" ] && echo ids ok
(UID=12345) 2>/dev/null || echo readonly
--- stdout
ids ok
readonly

=== HOSTNAME, HOSTTYPE and OSTYPE describe the machine (conch; as bash)
--- script
[ "$HOSTNAME" = "$(uname -n)" ] && echo hostname ok
[ "$HOSTTYPE" = "$(uname -m)" ] && echo hosttype ok
case $OSTYPE in linux-gnu|linux*|*bsd*|darwin*) echo ostype ok ;; esac
--- stdout
hostname ok
hosttype ok
ostype ok

=== CONCH_VERSION is the version --version prints (conch)
--- command
v=$("$CONCH" -c 'echo "conch $CONCH_VERSION"'); [ "$v" = "$("$CONCH" --version)" ] && echo same
--- stdout
same

=== SHLVL counts nested shells and is exported (conch; as bash)
--- command
SHLVL=4 "$CONCH" -c 'echo $SHLVL; "$CONCH" -c "echo \$SHLVL"; env | grep "^SHLVL="'
SHLVL=junk "$CONCH" -c 'echo $SHLVL'
env -u SHLVL "$CONCH" -c 'echo $SHLVL'
--- stdout
5
6
SHLVL=5
1
1

=== CONCH_PID and BASHPID are this process, also in a subshell, where $$ is the parent's (conch; as bash's BASHPID)
--- script
[ "$CONCH_PID" = "$$" ] && [ "$BASHPID" = "$$" ] && echo top
( [ "$CONCH_PID" != "$$" ] && [ "$CONCH_PID" = "$(exec sh -c 'echo $PPID')" ] && echo subshell )
( [ "$BASHPID" != "$$" ] && [ "$BASHPID" = "$(exec sh -c 'echo $PPID')" ] && echo bashpid )
--- stdout
top
subshell
bashpid

=== $_ is the last argument of the previous simple command (conch; as bash)
--- script
echo a b >/dev/null; echo "$_"
x=1; echo "[$_]"
true; echo "$_"
f() { echo "in f: $_"; }; echo one two >/dev/null; f arg
echo "$_"
for i in 1 2; do :; done; echo "$_"
--- stdout
b
[]
true
in f: two
arg
:

=== a utility finds its own path in $_ (conch; as bash)
--- script
env | grep "^_=" | grep -q "/env$" && echo own path
sh -c 'echo "$_"' | grep -q "/sh$" && echo sh too
--- stdout
own path
sh too

=== the specials appear when set +o posix turns conch mode on (conch)
--- command
"$CONCH" --posix -c 'echo "[$RANDOM][$UID]"; set +o posix; case $RANDOM in [0-9]*) echo random;; esac; [ "$UID" = "$(id -u)" ] && echo uid'
--- stdout
[][]
random
uid

=== after set -o posix they are ordinary variables keeping their last value; set +o posix brings them back (conch; bash's posix mode keeps them)
--- script
echo p q; echo "$_"
set -o posix
a=$RANDOM; b=$RANDOM
[ "$a" = "$b" ] && echo frozen
echo x y; echo "$_"
set +o posix
RANDOM=9; a=$RANDOM; b=$RANDOM
[ "$a" != "$b" ] && echo random again
--- stdout
p q
q
frozen
x y
q
random again

=== FUNCNAME, BASH_SOURCE and BASH_LINENO follow functions and dot scripts (conch; as bash)
--- script
# Element i is the i-th call from the innermost: its function ("source" for a dot script),
# the file it was defined in or read from, and the line it was called from; the script adds
# main, its file and 0. A function keeps the file that defined it after that file is done.
cat > lib.sh <<'EOF'
inlib() { echo "inlib: ${FUNCNAME[*]} | ${BASH_SOURCE[*]} | ${BASH_LINENO[*]}"; }
echo "lib top: [${FUNCNAME[*]}] ${BASH_SOURCE[*]} | ${BASH_LINENO[*]}"
inlib
EOF
f() { . ./lib.sh; inlib; }
echo "top: [${FUNCNAME[*]}] ${BASH_SOURCE[*]} | ${BASH_LINENO[*]}"
f
g() { f; }
g
echo "after: [${FUNCNAME[*]}] ${#BASH_SOURCE[@]} ${#BASH_LINENO[@]}"
( h() { echo "subshell: ${FUNCNAME[*]}"; }; h )
x=$(g | tail -1); echo "cmdsub: $x"
--- stdout
top: [] test.sh | 0
lib top: [source f main] ./lib.sh test.sh test.sh | 9 11 0
inlib: inlib source f main | ./lib.sh ./lib.sh test.sh test.sh | 3 9 11 0
inlib: inlib f main | ./lib.sh test.sh test.sh | 9 11 0
lib top: [source f g main] ./lib.sh test.sh test.sh test.sh | 9 12 13 0
inlib: inlib source f g main | ./lib.sh ./lib.sh test.sh test.sh test.sh | 3 9 12 13 0
inlib: inlib f g main | ./lib.sh test.sh test.sh test.sh | 9 12 13 0
after: [] 1 1
subshell: h main
cmdsub: inlib: inlib f g main | ./lib.sh test.sh test.sh test.sh | 9 12 16 0

=== a script runs its main only when executed, not when sourced, through BASH_SOURCE (conch; as bash, except that bash names a -c function's file environment)
--- script
cat > tool.sh <<'EOF'
main() { echo "tool runs: $*"; }
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then main "$@"; else echo "tool sourced"; fi
EOF
"$CONCH" tool.sh a b
. ./tool.sh
"$CONCH" -c '. ./tool.sh; f() { echo "${FUNCNAME[0]} ${BASH_SOURCE[0]}"; }; f'
--- stdout
tool runs: a b
tool sourced
tool sourced
f main

=== they behave as made at start-up: read after a later set -a, none is exported (conch; as bash)
--- command
env -i "$CONCH" -c 'set -a; : "$UID$RANDOM$HOSTNAME$IFS"; echo "$(env | grep -c "^\(UID\|RANDOM\|HOSTNAME\|IFS\)=")"'
env -i "$CONCH" -c 'set -a; set | grep -c "^UID="; echo "$(env | grep -c "^UID=")"'
--- stdout
0
1
0

=== -a on the command line exports them, and PS1, PS2, PS4 and OPTIND, but never IFS (conch)
--- command
env -i "$CONCH" -a -c 'env | grep -c "^\(UID\|RANDOM\|HOSTNAME\|PS1\|PS2\|PS4\|OPTIND\)="; echo "$(env | grep -c "^IFS=")"'
--- stdout
7
0

=== set +o posix in conch mode after set -a exports none of them (conch)
--- command
env -i "$CONCH" -c 'set -a; set +o posix; echo "$(env | grep -c "^\(UID\|RANDOM\|EUID\)=")"'
--- stdout
0
