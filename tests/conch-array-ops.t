# Where the conch-mode extensions meet (conch mode; each as bash, checked side by side with
# bash 5.2): the bash parameter operators on array elements, array elements in arithmetic,
# and shopt nocasematch in [[ ]].

=== ${a[@]:off:len}, ${a[*]:off}, negative offsets, and past the end (conch; as bash)
--- script
a=(xa yb zc wd)
echo ${a[@]:1:2}; echo "${a[*]:2}"; echo ${a[@]: -1}; echo "[${a[@]:9}]"; echo "${a[@]:1:1}x"
--- stdout
yb zc
zc wd
wd
[]
ybx

=== ${a[@]/p/r}, ${a[@]^^} and ${a[@]@Q} act on every element; ${a[i]...} on one (conch; as bash)
--- script
a=(xa yb zc wd)
echo ${a[@]/#/-}; echo ${a[@]^^}; echo ${a[@]@Q}
echo ${a[1]:0:1} ${a[2]/c/C} ${a[0]@Q}
declare -A m=([k]=v); echo ${m[k]^}
--- stdout
-xa -yb -zc -wd
XA YB ZC WD
'xa' 'yb' 'zc' 'wd'
y zC 'xa'
V

=== array elements in arithmetic: read, assign, ++, negative and variable subscripts, keys (conch; as bash)
--- script
b=(1 2 3); echo $((b[1]+1)) $((b[-1]))
(( b[0] += 5 )); echo ${b[0]}
i=2; echo $(( b[i] * 2 ))
declare -A m; m[x]=4; echo $(( m[x] + 1 ))
(( b[5]++ )); echo ${b[5]} ${#b[@]}
echo $(( u[3] ))
--- stdout
3 3
6
6
5
1 4
0

=== shopt nocasematch applies to [[ == ]] and [[ =~ ]] (conch; as bash)
--- script
[[ ABC == abc ]] || echo case-matters
shopt -s nocasematch
[[ ABC == a?c ]] && echo pattern
[[ ABC =~ ^ab ]] && echo regex
--- stdout
case-matters
pattern
regex
