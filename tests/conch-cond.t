# conch mode: [[ expression ]], `function NAME { ... }` and `select`, bash's extensions, compared
# with bash 5.2 (ksh93 agrees unless a title says otherwise). POSIX mode's refusals are in
# posix-mode-cond.t and grammar-bashisms.t.

=== [[ == ]] and [[ != ]] match a pattern; quoted parts of it are literal (conch; as bash)
--- script
x='a*c'
[[ abc == a* ]] && echo 1
[[ abc == 'a*' ]] || echo 2
[[ $x == "a*"c ]] && echo 3
p='a?c'
[[ abc = $p ]] && echo 4
[[ abc != "$p" ]] && echo 5
[[ abc != a[xb]c ]] || echo 6
--- stdout
1
2
3
4
5
6

=== [[ ]] operands are neither split nor globbed (conch; as bash)
--- script
touch a1 a2
x='two  words'
[[ $x == 'two  words' ]] && echo unsplit
[[ a* == 'a*' ]] && echo unglobbed
e=
[[ -z $e ]] && echo empty-unquoted
--- stdout
unsplit
unglobbed
empty-unquoted

=== [[ ]] expands tilde, parameters, command substitution and arithmetic (conch; as bash)
--- script
HOME=/h
[[ ~/x == /h/x ]] && echo tilde
[[ $(echo hi) == h? ]] && echo cmdsub
[[ $((2 + 3)) == 5 ]] && echo arith
--- stdout
tilde
cmdsub
arith

=== [[ == ]] matches characters, not bytes, in a UTF-8 locale (conch; as bash)
--- script
LC_ALL=C.UTF-8
[[ é == ? ]] && echo one-char
[[ éa == [é]a ]] && echo bracket
--- stdout
one-char
bracket

=== [[ =~ ]] matches an extended regular expression; the match and groups go to BASH_REMATCH (conch; as bash)
--- script
[[ abc =~ b. ]] && echo "match $BASH_REMATCH ${BASH_REMATCH[0]}"
[[ abc =~ ^b ]] || echo anchored
[[ 2024-05 =~ ^([0-9]+)-([0-9]+)$ ]] && echo "${BASH_REMATCH[1]} ${BASH_REMATCH[2]} ${#BASH_REMATCH[@]}"
--- stdout
match bc bc
anchored
2024 05 3

=== [[ =~ ]] quoted parts match literally, an unquoted expansion is a regular expression (conch; as bash)
--- script
[[ abc =~ "a.c" ]] || echo quoted-dot-literal
[[ a.c =~ "a.c" ]] && echo literal-ok
[[ 'x+' =~ ^x"+"$ ]] && echo quoted-plus
re='^a.c$'
[[ abc =~ $re ]] && echo unquoted-var
[[ abc =~ "$re" ]] || echo quoted-var-literal
--- stdout
quoted-dot-literal
literal-ok
quoted-plus
unquoted-var
quoted-var-literal

=== [[ =~ ]] the regular expression keeps unquoted ( ) | and blanks inside parentheses (conch; as bash)
--- script
[[ 'a b' =~ ^(a b|c)$ ]] && echo group-with-blank
[[ c =~ ^a|c$ ]] && echo alternation
[[ xy =~ (x)(y) && a == a ]] && echo then-and
--- stdout
group-with-blank
alternation
then-and

=== [[ =~ ]] a failed match leaves BASH_REMATCH an empty array (conch; as bash)
--- script
[[ ab =~ (a)(b) ]]
[[ ab =~ z ]]
echo "${BASH_REMATCH-unset} ${BASH_REMATCH[1]-unset} ${#BASH_REMATCH[@]}"
[[ ab =~ (a) ]]
echo "$BASH_REMATCH ${BASH_REMATCH[1]-unset} ${#BASH_REMATCH[@]}"
--- stdout
unset unset 0
a a 2

=== [[ =~ ]] a bad regular expression is status 2 with a message (conch; own message, bash says nothing)
--- script
[[ x =~ a{ ]]
echo "status $?"
--- stdout
status 2
--- stderr-contains
test.sh: line 1: [[: 'a{': bad regular expression

=== [[ < ]] and [[ > ]] compare strings in the locale's order, not redirect (conch; as bash)
--- script
[[ abc < abd ]] && echo less
[[ b > a ]] && echo greater
[[ a > b ]] || echo not-greater
ls
--- stdout
less
greater
not-greater
test.sh

=== [[ ]] ! binds tighter than &&, && tighter than ||, ( ) groups (conch; as bash)
--- script
[[ a || b && '' ]] && echo or-of-and
[[ ( a || b ) && '' ]] || echo grouped
[[ ! '' && a ]] && echo not-first
[[ ! ( a && '' ) ]] && echo not-group
[[ ! ! a ]] && echo double-not
--- stdout
or-of-and
grouped
not-first
not-group
double-not

=== [[ ]] && and || short-circuit (conch; as bash)
--- script
[[ '' && $(echo no >&2) ]]
[[ a || $(echo no >&2) ]]
echo done
--- stdout
done

=== [[ ]] file primaries: -e -f -d -s -r -w -x -L -h -p (conch; as bash)
--- script
touch f; mkdir d; ln -s f l; printf x >s; mkfifo p; chmod 755 s
[[ -e f && -f f && ! -f d && -d d && ! -s f && -s s && -r f && -w f && -x s && ! -x f ]] && echo files
[[ -L l && -h l && ! -L f && -p p && ! -e nothing && -a f ]] && echo links
--- stdout
files
links

=== [[ ]] -nt -ot -ef (conch; as bash)
--- script
touch -d '2000-01-01' old
touch new
ln new same
[[ new -nt old && old -ot new && ! old -nt new ]] && echo times
[[ new -nt missing && missing -ot new ]] && echo missing-is-older
[[ new -ef same && ! new -ef old ]] && echo same
--- stdout
times
missing-is-older
same

=== [[ ]] -n -z -v and a lone word (conch; as bash)
--- script
set_var=
[[ -n x && -z '' && x && ! '' ]] && echo strings
[[ -v set_var && ! -v unset_var ]] && echo vars
--- stdout
strings
vars

=== [[ -v name[subscript] ]] tests one element; name[@] any (conch; as bash)
--- script
a=(x); a[5]=y; declare -A m=([k]=v); b=(); s=1; i=4
for t in 'a[0]' 'a[3]' 'a[i+1]' 'a[@]' 'b[@]' 'm[k]' 'm[z]' 's[0]' 's[1]'; do
    [[ -v $t ]] && echo "$t set" || echo "$t unset"
done
--- stdout
a[0] set
a[3] unset
a[i+1] set
a[@] set
b[@] unset
m[k] set
m[z] unset
s[0] set
s[1] unset

=== [[ ]] -eq -ne -lt -le -gt -ge evaluate arithmetic expressions (conch; as bash)
--- script
x=3
[[ 1+1 -eq 2 && x -gt 2 && $x -ge 3 && 2 -lt 3 && 3 -le 3 && 1 -ne 2 ]] && echo arith
[[ 10 -lt 9 ]] || echo numeric-not-string
[[ '' -eq 0 ]] && echo empty-is-zero
--- stdout
arith
numeric-not-string
empty-is-zero

=== [[ ]] -o tests a shell option (conch; as bash)
--- script
set -u
[[ -o nounset && ! -o noglob ]] && echo options
--- stdout
options

=== [[ ]] may continue on the next line after [[ ( && || (conch; as bash)
--- script
[[
  a &&
  ( b ||
    c ) ]] && echo joined
--- stdout
joined

=== [[ is a keyword only in command position; ]] ends it only there too (conch; as bash)
--- script
echo [[ a ]]
x=1; if [[ $x == 1 ]]; then echo in-if; fi
[[ a ]] | cat && echo in-pipeline
! [[ a == b ]] && echo negated
--- stdout
[[ a ]]
in-if
in-pipeline
negated

=== [[ ]] takes redirections like other compound commands (conch; as bash)
--- script
[[ a == a ]] >out 2>&1 && echo redirected
cat out
--- stdout
redirected

=== [[ ]] status 1 is a failure for set -e (conch; as bash)
--- script
set -e
[[ a == b ]] || echo ignored-in-or
[[ a == b ]]
echo not reached
--- stdout
ignored-in-or
--- status
1

=== [[ ]] operator errors are syntax errors with file and line, status 2 (conch; own message)
--- script
echo before
[[ a b ]]
echo not reached
--- stdout
before
--- stderr
conch: test.sh: line 2: syntax error in [[ ]]: 'a' is not a unary operator
--- status
2

=== [[ ]] a missing operand or a bad binary operator are syntax errors (conch; own message)
--- script
[[ -f ]]
--- command
"$CONCH" test.sh; echo "status $?"
"$CONCH" -c '[[ a -xx b ]]'; echo "status $?"
"$CONCH" -c '[[ a == b c ]]'; echo "status $?"
"$CONCH" -c '[[ a "==" b ]]'; echo "status $?"
--- stdout
status 2
status 2
status 2
status 2
--- stderr
conch: test.sh: line 1: syntax error in [[ ]]: '-f' needs an operand
conch: line 1: syntax error in [[ ]]: '-xx' is not a binary operator
conch: line 1: syntax error near unexpected token 'c'
conch: line 1: syntax error in [[ ]]: '==' is not a binary operator

=== [[ ]] set -x traces each primary as it is evaluated (conch; as bash)
--- script
set -x
[[ a == b* && -n $HOME ]]
[[ ! x < y || 1 -eq 2 ]]
--- stderr
+ [[ a == b* ]]
+ [[ ! x < y ]]
+ [[ 1 -eq 2 ]]
--- status
1

=== [[ ]] written back as text re-reads the same: job names (conch; own jobs format)
--- script
mkfifo p
[[ $(cat p) =~ ^(a|b c)$ && ! -n "" || ( y < z ) ]] &
jobs
echo b >p
wait
--- stdout
[1]+  Running                 [[ $(cat p) =~ ^(a|b c)$ && ! -n '' || ( y < z ) ]] &

=== function NAME { ... } and function NAME() { ... } define functions (conch; as bash)
--- script
function f { echo "f $1"; }
function g() { echo "g $1"; }
function h
{
    echo h
}
f 1; g 2; h
echo function select [[ ]]
--- stdout
f 1
g 2
h
function select [[ ]]

=== function NAME with other compound bodies and redirections (conch; as bash)
--- script
function s ( echo "subshell $BASHPID_UNUSED" )
function w if true; then echo if-body; fi
function r { echo to-file; } >out
s; w; r
cat out
--- stdout
subshell 
if-body
to-file

=== select: menu and PS3 on stderr, the chosen word and REPLY (conch; as bash)
--- script
PS3='pick: '
select v in a 'b c'; do echo "v=[$v] R=[$REPLY]"; done
echo "status $?"
--- stdin
2
  1  
x\y
9
--- stdout
v=[b c] R=[2]
v=[a] R=[  1  ]
v=[] R=[xy]
v=[] R=[9]

status 1
--- stderr-contains
1) a
2) b c
pick: pick: pick: pick: pick: 

=== select: an empty line shows the menu again; break ends the loop (conch; as bash)
--- script
select v in x y; do echo "got $v"; break; done
echo "status $?"
--- stdin

1
--- stdout
got x
status 0
--- stderr-contains
1) x
2) y
#? 1) x
2) y
#? 

=== select without in takes the positional parameters; an empty list does nothing (conch; as bash)
--- script
set -- p q
select v; do echo "$v"; break; done
select v in; do echo never; done
echo "status $?"
--- stdin
2
--- stdout
q
status 0
--- stderr-contains
1) p
2) q
#? 

=== [[ ]] a long && chain is a loop; absurdly deep ! nesting is a syntax error, not a crash (conch; own message)
--- script
{ printf '[[ a'; yes ' && a' | head -n 200000 | tr -d '\n'; echo ' ]] && echo long-chain'; } >chain
{ printf '[[ '; yes '! ' | head -n 100000 | tr -d '\n'; echo 'a ]]'; } >deep
"$CONCH" chain
"$CONCH" deep 2>&1 | sed 's/^.*deep: //'
--- stdout
long-chain
line 1: syntax error: commands nested too deeply
