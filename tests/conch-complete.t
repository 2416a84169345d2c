# Programmable completion's builtins (conch mode, as bash 5.2): complete stores and prints
# compspecs, compgen prints the matches of the same options, compopt changes -o options. Tab
# itself is tested at a terminal in tests/pty/complete.py. Also here: the bash features that
# Debian's bash-completion library needs (BASH_REMATCH, ${!ref} and printf -v with ref='a[i]',
# unset of a caller's local). Every case was run through bash 5.2 too.

=== complete -p prints a spec as a command that makes it again (conch; as bash)
--- script
complete -F _f -o nospace -o filenames -W "a b" -P pp -S ss -X "!*.c" -G "*.x" -C cmd -A function -A signal -f -d -u foo
complete -p foo
complete -o default -F _g bar baz
complete -p bar baz
--- stdout
complete -o filenames -o nospace -d -f -u -A function -A signal -G '*.x' -W 'a b' -P 'pp' -S 'ss' -X '!*.c' -C 'cmd' -F _f foo
complete -o default -F _g bar
complete -o default -F _g baz

=== complete -D, -E and -I specs, printed with their letter (conch; as bash, whose message names -D _DefaultCmD_)
--- script
complete -D -F _def
complete -E -W 'x y'
complete -p -D
complete -p -E
complete -r -D
complete -p -D; echo "[$?]"
--- stdout
complete -F _def -D
complete -W 'x y' -E
[1]
--- stderr
conch: complete: -D: no completion specification

=== complete -r removes specs; an unknown name is an error, status 1 (conch; as bash)
--- script
complete -W w a b c
complete -r a
complete -p b
complete -p a; echo $?
complete -r zz; echo $?
complete -r
complete -p
echo end
--- stdout
complete -W 'w' b
1
1
end
--- stderr
conch: complete: a: no completion specification
conch: complete: zz: no completion specification

=== complete: a bad -o or -A name is an error (conch; as bash)
--- script
complete -o nosuch x; echo $?
complete -A nosuch x; echo $?
--- stdout
2
2
--- stderr
conch: complete: nosuch: invalid option name
conch: complete: nosuch: invalid action name

=== compgen -W: the words starting with the word argument, status 1 without any (conch; as bash)
--- script
compgen -W "alpha beta alpine" al
compgen -W "alpha beta" -- zz; echo $?
x=1 list="p q"
compgen -W '$x $list "s t" u\ v'\'' w'\'''
--- stdout
alpha
alpine
1
1
p
q
s t
u v w

=== compgen -f and -d: names in a directory, hidden ones too with an empty word (conch; as bash)
--- script
mkdir dir .hdir sub; touch a.c b.h .hid sub/in.c
compgen -f | sort
echo --
compgen -d | sort
echo --
compgen -f sub/
compgen -f -- a
--- stdout
.hdir
.hid
a.c
b.h
dir
sub
test.sh
--
.hdir
dir
sub
--
sub/in.c
a.c

=== compgen -X filters, ! keeps instead, & is the word (conch; as bash)
--- script
compgen -W "aa ab ba" -X '*a'
echo --
compgen -X '!*a' -W "aa ab ba"
echo --
compgen -W "ab abab abc" -X '!&c' ab
--- stdout
ab
--
aa
ba
--
abc

=== compgen -P and -S add a prefix and a suffix to each match (conch; as bash)
--- script
compgen -P '<' -S '>' -W "aa ab b" a
--- stdout
<aa>
<ab>

=== compgen -c, -A function, -v, -a, -k, -A shopt and -A signal (conch; as bash)
--- script
myfunc_one() { :; }
myvar_one=1 myvar_two=2
alias myalias_x=ls
compgen -c compg
compgen -A function myfunc
compgen -v myvar
compgen -a myalias
compgen -k whil
compgen -A shopt nullg
compgen -A signal SIGTER
compgen -b complet
--- stdout
compgen
myfunc_one
myvar_one
myvar_two
myalias_x
while
nullglob
SIGTERM
complete

=== compgen -G globs; -o plusdirs adds directories (conch; as bash)
--- script
mkdir d1; touch f1.c f2.c f3.h
compgen -G '*.c' | sort
echo --
compgen -o plusdirs -W 'xd' -- d
--- stdout
f1.c
f2.c
--
d1

=== compgen -F runs the function with a warning, as in bash; a missing one is an error (conch; as bash)
--- script
f() { COMPREPLY=(one two); }
compgen -F f x; echo $?
compgen -F nosuch x; echo $?
--- stdout
one
two
0
1
--- stderr
conch: compgen: warning: -F option may not work as you expect
conch: compgen: warning: -F option may not work as you expect
conch: completion: function `nosuch' not found

=== compopt outside a completion function is an error; with a name it changes that spec (conch; as bash)
--- script
compopt -o nospace; echo $?
complete -W w foo
compopt -o nospace -o filenames foo
complete -p foo
compopt +o nospace foo
complete -p foo
compopt -o bad foo; echo $?
compopt -o nospace nosuch; echo $?
--- stdout
1
complete -o filenames -o nospace -W 'w' foo
complete -o filenames -W 'w' foo
2
1
--- stderr
conch: compopt: not currently executing completion function
conch: compopt: bad: invalid option name
conch: compopt: nosuch: no completion specification

=== shopt progcomp is on by default and can be turned off (conch; as bash)
--- script
shopt progcomp
shopt -u progcomp; shopt progcomp
--- stdout
progcomp       	on
progcomp       	off
--- status
1

=== [[ =~ ]] fills BASH_REMATCH; ((...)) after =~ is two groups, not arithmetic (conch; as bash)
--- script
line='-f FOO, --foo=FOO'
[[ $line =~ ((^|[^-])-[A-Za-z0-9?][[:space:]]+)\[?[A-Z0-9]+ ]] && echo "[${BASH_REMATCH[0]}] [${BASH_REMATCH[1]}] ${#BASH_REMATCH[@]}"
[[ abc =~ x ]] || echo "none: ${#BASH_REMATCH[@]}"
--- stdout
[-f FOO] [-f ] 3
none: 0

=== ${!ref} and printf -v with ref naming an array element (conch; as bash)
--- script
words=(ls --col)
i=1 ref='words[i]'
echo "${!ref}" "${!ref-unset}"
ref='words[5]'; echo "[${!ref-unset}]"
printf -v 'words[2]' '%s-' a b
printf -v "words[i]" %s X
echo "${words[@]}"
--- stdout
--col --col
[unset]
ls X a-b-

=== unset of a caller's local shows the variable it shadowed (conch; as bash, unlike dash)
--- script
setv() { unset -v "$1" && eval $1=\"\$2\"; }
mid() { local x; setv x inner; echo "mid [$x]"; }
outer() { local x=orig; mid; echo "outer [$x]"; }
outer
g() { local y=1; h; echo "g [$y]"; }
h() { unset y; echo "h [${y-unset}]"; y=2; }
y=global; g; echo "top [$y]"
k() { local z=1; unset z; echo "k [${z-unset}]"; z=3; }
z=global; k; echo "top [$z]"
--- stdout
mid [inner]
outer [inner]
h [global]
g [2]
top [2]
k [unset]
top [global]

=== [[ == ]] takes extglob patterns with shopt extglob off, literal or expanded (conch; as bash)
--- script
shopt extglob
[[ x == @(a|x) ]] && echo one
p='+(a|b)c'; [[ abac == $p ]] && echo two
[[ x != !(x) ]] && echo three
f() { [[ $1 == --@(file|dir)* ]] && echo "four $1"; }
f --dirname
--- stdout
extglob        	off
one
two
three
four --dirname
--- status
0

=== function names may hold - and . (conch; as bash, which also takes names such as 1 and a/b)
--- script
_mkfs.bfs_module() { echo "in _mkfs.bfs_module"; }
_systemd-delta() { echo "in _systemd-delta"; }
_mkfs.bfs_module; _systemd-delta
declare -F _systemd-delta
--- stdout
in _mkfs.bfs_module
in _systemd-delta
_systemd-delta

=== case ;;& goes on testing the next patterns; ;& falls through; POSIX mode reads ;; then & (conch; as bash, whose POSIX mode takes ;;&)
--- script
for x in a ab b; do
    case $x in
        a*) echo "1 $x" ;;&
        *b) echo "2 $x" ;&
        zz) echo "3 $x" ;;
        *) echo "4 $x" ;;
    esac
done
f() { case a in a) echo 1;;& b) :;; esac; }
declare -f f | grep -c ';;&'
(set -o posix; eval 'case a in a) echo 1;;& esac') 2>&1; echo "status $?"
--- stdout
1 a
4 a
1 ab
2 ab
3 ab
2 b
3 b
1
conch: test.sh: line 11: syntax error near unexpected token '&'
status 2

=== substitution, substring, case and @Q apply to array elements (conch; as bash)
--- script
a=(xa xb xc)
echo "${a[1]/x/y}" "${a[-1]:1}"
printf '<%s>' "${a[@]/x/y}" "${a[@]:1}"; echo
printf '<%s>' "${a[*]:1:1}" "${a[@]^^}"; echo
echo "${a[@]@Q}"
sigs=(-SIGSEGV -SIGSTOP); set -- -
R=("${sigs[@]/#${1-}SIG/${1-}}"); declare -p R
--- stdout
yb c
<ya><yb><yc><xb><xc>
<xb><XA><XB><XC>
'xa' 'xb' 'xc'
declare -a R=([0]="-SEGV" [1]="-STOP")

=== =~ : a backslash-quoted ] or [ inside a bracket expression is a member of the set (conch; as bash)
--- script
[[ "]" =~ ^[\]A]$ ]] && echo one
[[ "b" =~ ^[\]\[a-z]$ ]] && echo two
[[ "a]" =~ ^[a\]]$ ]] && echo three
[[ "x.y" =~ x\.y ]] && echo four
[[ "xzy" =~ x\.y ]] || echo five
line='  -A, --catenate   append'
[[ $line =~ ^[[:blank:]]{1,10}(((,[[:blank:]])?(--?([\]\[a-zA-Z0-9?=-]+))(,[[:space:]])?)+).*$ ]] && echo "[${BASH_REMATCH[1]}]"
--- stdout
one
two
three
four
five
[-A, --catenate]
