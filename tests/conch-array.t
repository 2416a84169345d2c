# conch mode arrays (bash's): indexed and associative arrays, declare/typeset, PIPESTATUS,
# read -a, mapfile. Titles say "as bash" where bash 5.2 gives the same output; conch keeps an
# associative array's keys in insertion order (bash: its hash order), so cases with several
# keys sort or use one key.

=== a=(...) splits and globs its words like arguments; ${a[@]} and ${#a[@]} (conch; as bash)
--- script
touch f1 f2
v="p q"
a=(x "y z" $v f*)
printf '<%s>' "${a[@]}"; echo
echo "${#a[@]}"
--- stdout
<x><y z><p><q><f1><f2>
6

=== "${a[@]}" of an empty array is no field at all, like "$@" (conch; as bash)
--- script
e=()
set -- "${e[@]}"
echo $#
set -- "${e[*]}"
echo $#
--- stdout
0
1

=== [i]=v elements, sparse indices, ${!a[@]}, negative subscripts (conch; as bash)
--- script
a=(x [5]=five six)
echo "${!a[@]}"
echo "${a[-1]} ${a[-2]} ${a[6]}"
echo "$a ${a[0]}"
--- stdout
0 5 6
six five six
x x

=== a[i]=v, a+=(...), a[i]+=s, arithmetic subscripts (conch; as bash)
--- script
i=1
a=(10 20 30)
a[i+1]=x
a+=(y z)
a[0]+=s
a[$i]=$((${#a[@]} + 1))
echo "${a[@]}" "${a[i*2]}"
--- stdout
10s 6 x y z x

=== unset 'a[i]' leaves a hole; unset a removes the array; ${#a[i]} (conch; as bash)
--- script
a=(one two three)
unset 'a[1]'
echo "${#a[@]} ${!a[*]} ${#a[2]}"
unset a
echo "${#a[@]}+${a[0]-gone}"
--- stdout
2 0 2 5
0+gone

=== "${a[*]}" joins with IFS; operators apply to every element (conch; as bash)
--- script
a=(a.c b.c "")
IFS=:
echo "${a[*]}"
IFS=' '
echo "${a[@]%.c}" "${a[1]:-d}" "${a[2]:-empty}"
--- stdout
a.c:b.c:
a b  b.c empty

=== for x in "${a[@]}" and arrays as arguments (conch; as bash)
--- script
a=("a b" c)
for x in "${a[@]}"; do echo "[$x]"; done
printf '%s|' "${a[@]}" end; echo
--- stdout
[a b]
[c]
a b|c|end|

=== declare -p and set list arrays as bash writes them (conch; as bash)
--- script
a=(x 'y"z' '$v')
declare -p a
set | grep '^a='
s=plain
declare -p s
--- stdout
declare -a a=([0]="x" [1]="y\"z" [2]="\$v")
a=([0]="x" [1]="y\"z" [2]="\$v")
declare -- s="plain"

=== associative arrays: declare -A, m[k]=v, m=([k]=v), keys are strings (conch; as bash)
--- script
declare -A m=([one]=1 ["two words"]=2)
k=three
m[$k]=3
m[1+1]=sum
echo "${m[one]} ${m[two words]} ${m[three]} ${m[1+1]} ${#m[@]}"
printf '%s\n' "${!m[@]}" | sort
unset 'm[one]'
printf '%s\n' "${m[@]}" | sort
--- stdout
1 2 3 sum 4
1+1
one
three
two words
2
3
sum

=== declare -A with one key prints as bash, with its trailing blank (conch; as bash)
--- script
typeset -A m
m[k]=v
declare -p m
--- stdout
declare -A m=([k]="v" )

=== declare -i, -l, -u convert assignments; +i removes (conch; as bash)
--- script
declare -i n=2*3
n+=4
declare -u up=abc
declare -l lo=ABC
declare -ir r=7
declare +i n
n=1+1
echo "$n $up $lo $r"
declare -p r
--- stdout
1+1 ABC abc 7
declare -ir r="7"

=== declare inside a function makes locals, -g does not; local takes -a (conch; as bash)
--- script
f() {
    declare x=in
    declare -g y=glob
    local -a arr=(1 2)
    echo "${arr[1]} $x"
}
x=out
f
echo "$x $y ${arr-none}"
--- stdout
2 in
out glob none

=== declare -f prints definitions, -F their names (conch; as bash)
--- script
f() { echo hi; }
declare -F
declare -F f
declare -f f | grep -c 'echo hi'
--- stdout
declare -f f
f
1

=== a readonly array cannot change, said with file and line (conch; own message)
--- script
declare -ra a=(1 2)
a[0]=x
echo not reached
--- stdout
--- stderr
conch: test.sh: line 2: a: readonly variable
--- status
2

=== PIPESTATUS has every stage's status; a simple command sets one (conch; as bash)
--- script
false | (exit 3) | true
echo "${PIPESTATUS[@]}"
(exit 4)
echo "${PIPESTATUS[@]} $PIPESTATUS"
! true | false
echo "${PIPESTATUS[*]}"
--- stdout
1 3 0
4 4
0 1

=== read -a splits a line into an array (conch; as bash)
--- script
echo " a b  c " | { read -a r; declare -p r; }
--- stdout
declare -a r=([0]="a" [1]="b" [2]="c")

=== mapfile -t, -s, -n, -u; readarray; MAPFILE by default (conch; as bash)
--- script
printf 'l1\nl2\nl3\nl4\n' >f
mapfile -t -s 1 -n 2 lines <f
declare -p lines
readarray <f
printf '%s' "${MAPFILE[3]}"
exec 3<f
mapfile -t -u 3 three
echo "${#three[@]} ${three[0]}"
--- stdout
declare -a lines=([0]="l2" [1]="l3")
l4
4 l1

=== mapfile -d uses another delimiter (conch; as bash)
--- script
printf 'a:b:c' | { mapfile -t -d : parts; echo "${#parts[@]} ${parts[2]}"; }
--- stdout
3 c

=== an array is not exported; export keeps it in the shell (conch; as bash)
--- script
a=(1 2)
export a
env | grep -c '^a=' 
echo "${a[1]}"
--- stdout
0
2

=== x=(...) outside an assignment is a syntax error (conch; own message)
--- script
echo a=(1 2)
--- stderr
conch: test.sh: line 1: syntax error near unexpected token '('
--- status
2

=== a bad negative subscript is an expansion error (conch; own message)
--- script
a=(1)
echo "${a[-3]}"
echo not reached
--- stderr
conch: test.sh: line 2: a[-3]: bad array subscript
--- status
2

=== declare a=(...) is an array, declare a='(...)' a string; export and readonly take arrays (conch; as bash)
--- script
declare x="(a b)" y=(a b)
export e=(1 2)
readonly r=(3)
declare -p x y e r
--- stdout
declare -- x="(a b)"
declare -a y=([0]="a" [1]="b")
declare -ax e=([0]="1" [1]="2")
declare -ar r=([0]="3")

=== a scalar assignment to an array sets element 0; x+=(...) makes a scalar an array (conch; as bash)
--- script
a=(1 2)
a=x
x=5
x+=(6)
declare -A m
m=([k]=v)
echo "${a[@]} ${x[@]} ${m[k]}"
--- stdout
x 2 5 6 v

=== declare -ai evaluates every element (conch; as bash)
--- script
declare -ai n=(1+1 2*3)
n+=(8/2)
echo "${n[@]}"
--- stdout
2 6 4

=== a local array is restored when the function returns (conch; as bash)
--- script
f() { local -a a=(in); a[3]=z; echo "${a[@]}"; }
a=(out 2)
f
echo "${a[@]}"
--- stdout
in z
out 2

=== set -x shows array assignments (conch; own quoting: bash writes "2 3" as typed)
--- script
set -x
a=(1 "2 3")
a[1]=x
b+=y
--- stderr
+ a=(1 '2 3')
+ a[1]=x
+ b+=y

=== array elements may span lines and hold comments and command substitutions (conch; as bash)
--- script
a=(one # a comment
   "$(echo two)"
   three)
echo "${#a[@]} ${a[1]}"
--- stdout
3 two

=== declare -p tells a declared array from an empty one (conch; as bash)
--- script
declare -a d
e=()
mapfile -t m </dev/null
declare -p d e m
--- stdout
declare -a d
declare -a e=()
declare -a m=()

=== declare name without a value is declared but unset (conch; as bash)
--- script
declare x
declare -p x
echo "${x-unset}"
x=1
declare -p x
--- stdout
declare -- x
unset
declare -- x="1"
