# POSIX mode keeps what conch mode's parameter expansions and special variables change:
# the forms grammar-bashisms.t does not already cover stay refused or keep their POSIX meaning,
# and RANDOM, SECONDS, UID, $_ ... are ordinary variables, unset unless the user sets them.
# mode: sh

=== ${!prefix*} and ${!prefix@} are refused like ${!name} (conch; conch's own message)
--- script
echo first
echo "${!HO*}"
--- stdout
first
--- stderr
conch: test.sh: line 2: syntax error: '${!name}' (indirect expansion) is a bash extension; use eval
--- status
2

=== ${x@Q} is a bad substitution (conch; conch's own message)
--- script
x=a
echo "${x@Q}"
--- stderr
conch: test.sh: line 2: syntax error: bad substitution
--- status
2

=== a bad substitution is a syntax error even in a branch not taken (conch; conch's own message)
--- script
echo first
if false; then echo ${(k)x}; fi
echo never
--- stdout
first
--- stderr
conch: test.sh: line 2: syntax error: bad substitution
--- status
2

=== FUNCNAME and BASH_SOURCE are ordinary variables, unset unless set (conch)
--- script
f() { echo "[${FUNCNAME-unset}] [${BASH_SOURCE-unset}]"; }
f
FUNCNAME=mine; f
--- stdout
[unset] [unset]
[mine] [unset]

=== ${x,,} is refused as case conversion (conch; conch's own message)
--- script
echo ${x,,}
--- stderr
conch: test.sh: line 1: syntax error: '${x,...}' (case conversion) is a bash extension; use tr
--- status
2

=== ${!#} is $! with an empty prefix removed, and ${!1} a bad substitution (conch)
--- script
true &
[ "${!#}" = "$!" ] && echo same
echo ${!1}
--- stdout
same
--- stderr
conch: test.sh: line 3: syntax error: bad substitution
--- status
2

=== RANDOM, SECONDS, EPOCHSECONDS, EPOCHREALTIME, CONCH_PID, UID, EUID, HOSTNAME are not set (posix)
--- script
echo "[$RANDOM$SECONDS$EPOCHSECONDS$EPOCHREALTIME$CONCH_PID$UID$EUID$HOSTNAME$HOSTTYPE$OSTYPE$CONCH_VERSION]"
--- stdout
[]

=== they are ordinary variables: assigned values stay, UID is not readonly (posix)
--- script
RANDOM=3 SECONDS=100 UID=5 CONCH_PID=1
echo $RANDOM $RANDOM $SECONDS $UID $CONCH_PID
--- stdout
3 3 100 5 1

=== $_ is an ordinary variable, and SHLVL is left as it was (posix)
--- command
SHLVL=4 "$CONCH_SH" -c '_=x; echo a b; echo "$_ $SHLVL"'
--- stdout
a b
x 4
