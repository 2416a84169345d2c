# bench-input: lines
# `while read` over a generated 50000-line file: field splitting of each line (XCU read, 2.6.5).
n=0 sum=0 long=0 last=
while read -r name num word rest; do
    n=$((n + 1))
    sum=$((sum + num))
    [ "${#rest}" -gt 20 ] && long=$((long + 1))
    last="$name $word"
done <"$1"
echo "$n $sum $long $last"
