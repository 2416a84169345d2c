# POSIX mode keeps conch mode's array forms out: what they mean there, or the error that names
# them. (NAME=( and ${a[1]} are refused in grammar-bashisms.t.) conch runs as `sh` here.
# mode: sh

=== a[1]=x is a command word, not an assignment (posix; as dash)
--- script
a[1]=x 2>/dev/null
echo $?
--- stdout
127

=== a+=x is a command word, not an assignment (posix; as dash)
--- script
a+=x 2>/dev/null
echo $? "${a-unset}"
--- stdout
127 unset

=== ${#a[@]} is a bad substitution (conch; conch's message)
--- script
echo "${#a[@]}"
--- stderr
conch: test.sh: line 1: syntax error: bad substitution
--- status
2

=== ${!a[@]} names the bash extension (conch; conch's message)
--- script
echo "${!a[@]}"
--- stderr
conch: test.sh: line 1: syntax error: '${!name}' (indirect expansion) is a bash extension; use eval
--- status
2

=== declare, typeset, mapfile and readarray are not builtins (posix; as dash)
--- script
PATH=/nonexistent
declare x=1 2>/dev/null; echo $?
typeset x=1 2>/dev/null; echo $?
mapfile m 2>/dev/null; echo $?
readarray m 2>/dev/null; echo $?
--- stdout
127
127
127
127

=== read -a is an invalid option (conch; conch's message)
--- script
echo a b | read -a r
echo $?
--- stderr-contains
read: -a: invalid option
--- stdout
2

=== unset 'a[1]' is a bad variable name (conch; conch's message)
--- script
unset 'a[1]'
--- stderr
conch: unset: a[1]: bad variable name
--- status
2

=== PIPESTATUS is an ordinary, unset variable (posix; as dash)
--- script
false | true
echo "${PIPESTATUS-unset}"
--- stdout
unset

=== local keeps its POSIX-mode meaning: -a is not an option there (conch; conch's message)
--- script
f() { local -a x; }
f
--- stderr-contains
local: -a: invalid option
--- status
2
