# conch mode: the builtins people type from bash: echo -e/-E/-n, printf -v and %q, type's
# options and function bodies, builtin, and source searching the current directory.
# POSIX mode keeps the XSI echo, printf without -v/%q, type without options: posix-mode-redir.t.

=== echo takes -n, -e and -E combined in one or more leading words (conch; as bash)
--- script
echo -n a; echo -ne 'b\tc'; echo -nE '|d\te'; echo; echo -e -n x; echo -En 'y\n'; echo
--- stdout
ab	c|d\te
xy\n

=== echo: -, --, -x and options after an operand are operands (conch; as bash)
--- script
echo - x; echo -- x; echo -nx y; echo a -n; echo -e
--- stdout
- x
-- x
-nx y
a -n

--- status
0

=== echo -e: \e \E \xHH \uHHHH \UHHHHHHHH, and \x without digits stays (conch; as bash in a UTF-8 locale: conch always writes UTF-8)
--- script
echo -e '\e\E|\x41\x4a2|\x|\u' | od -An -c | tr -s ' '
echo -e '\u00e9|\U0001F600' | od -An -c | tr -s ' '
--- stdout
 033 033 | A J 2 | \ x | \ u \n
 303 251 | 360 237 230 200 \n

=== echo -e keeps \0nnn, \c and \\ (conch; as bash)
--- script
echo -e 'a\0101\\x41\cz' q; echo end
--- stdout
aA\x41end

=== echo without -e prints backslashes as they are; -e interprets them (conch; as bash)
--- script
echo 'a\tb\x41\c'; echo -e 'a\tb\x41\c'; echo
--- stdout
a\tb\x41\c
a	bA

=== printf -v assigns the output to a variable instead of writing it (conch; as bash)
--- script
printf -v x '%s-%03d' a 5; echo "[$x]"
printf -v y 'line\n'; echo "[$y]"
printf -v z '%s,' 1 2 3; echo "[$z]"
--- stdout
[a-005]
[line
]
[1,2,3,]

=== printf -v: a bad name is an error, a readonly one fails (conch; own message)
--- script
printf -v 'a b' x; echo "st=$?"
readonly r=1; printf -v r 2; echo "st=$? r=$r"
--- stdout
st=2
st=1 r=1
--- stderr
conch: printf: a b: not a valid identifier
conch: test.sh: line 2: r: readonly variable

=== printf -v in a command substitution assigns only in its subshell (conch; as bash)
--- script
x=1; y=$(printf -v x 2); echo "x=$x y=[$y]"
--- stdout
x=1 y=[]

=== printf %q quotes for reuse with backslashes (conch; as bash)
--- script
printf '%q\n' 'a b' "it's" '~x' 'a~b' 'a=~b' '#x' 'a#b' 'x,y' 'a*?[]{}()<>|&;!^$`"\' 'p-_./:=+@%'
--- stdout
a\ b
it\'s
\~x
a~b
a=\~b
\#x
a#b
x\,y
a\*\?\[\]\{\}\(\)\<\>\|\&\;\!\^\$\`\"\\
p-_./:=+@%

=== printf %q: empty is '', control characters use $'...' (conch; as bash)
--- script
printf '%q\n' '' "$(printf 'a\nb')" "$(printf '\t\001x\177')"
printf '[%8q]\n' 'a b'
--- stdout
''
$'a\nb'
$'\t\001x\177'
[    a\ b]

=== printf %q output reads back as the same word (conch)
--- script
s='a b$c"d'\''e*f~g'; eval "t=$(printf %q "$s")"; [ "$s" = "$t" ] && echo same
--- stdout
same

=== type f shows the function's definition (conch; own layout: bash's first line, conch's unparse)
--- script
f() { echo hi; if true; then :; fi; }
type f
--- stdout
f is a function
f() {
    echo hi
    if true; then
        :
    fi
}

=== type -t prints one word per name, nothing for an unknown one (conch; as bash, but bash's scripts see no alias)
--- script
f() { :; }; alias ll='ls -l'
type -t f echo if ll cat nosuch; echo "st=$?"
--- stdout
function
builtin
keyword
alias
file
st=1

=== type -p prints the file only; -P searches PATH even for a builtin (conch; as bash)
--- script
mkdir bin; printf '#!/bin/sh\n' >bin/echo; printf '#!/bin/sh\n' >bin/tool; chmod +x bin/*
p=$PWD/bin
PATH=$p type -p tool echo | sed "s|$PWD|PWD|"
PATH=$p type -P echo | sed "s|$PWD|PWD|"
PATH=$p type -p nosuch; echo "st=$?"
--- stdout
PWD/bin/tool
PWD/bin/echo
st=1

=== type -a lists every match, -f skips functions (conch; as bash, with conch's function layout)
--- script
mkdir a b; printf '#!/bin/sh\n' >a/echo; cp a/echo b/echo; chmod +x a/echo b/echo
p=$PWD/a:$PWD/b
echo() { :; }
PATH=$p type -a echo | sed "s|$PWD|PWD|"
PATH=$p type -af echo | sed "s|$PWD|PWD|"
--- stdout
echo is a function
echo() {
    :
}
echo is a shell builtin
echo is PWD/a/echo
echo is PWD/b/echo
echo is a shell builtin
echo is PWD/a/echo
echo is PWD/b/echo

=== builtin runs the builtin, not the function of the same name (conch; as bash)
--- script
cd() { echo "function cd"; }
cd /; builtin cd /; pwd
builtin echo -n x; builtin printf '%s\n' y
--- stdout
function cd
/
xy

=== builtin: a name that is no builtin is an error; no name does nothing (conch; own message)
--- script
builtin ls; echo "st=$?"; builtin; echo "st=$?"
--- stdout
st=1
st=0
--- stderr
conch: builtin: ls: not a shell builtin

=== source and . look in PATH, then the current directory (conch; as bash)
--- script
mkdir bin; echo 'echo from path' >bin/f; echo 'echo from cwd "$@"' >f; echo 'echo only here' >g
PATH=$PWD/bin:$PATH
source f; . f; source g 1 2; . g
--- stdout
from path
from path
only here
only here

=== caller prints where each function on the stack was called from (conch; as bash, which prints "0 NULL" at the top of a script where its manual says caller fails)
--- script
trace() { local i=0; while caller $i; do i=$((i+1)); done; }
f() { trace; caller; }
g() { f; }
g
caller; echo "top: $?"
caller x; echo "bad: $?"
--- stdout
2 f test.sh
3 g test.sh
4 main test.sh
3 test.sh
top: 1
bad: 2
--- stderr
conch: caller: x: invalid number
