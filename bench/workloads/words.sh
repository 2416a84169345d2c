# Plain words: 100000 commands of nine literal words each, the expansion of words that need none.
i=0
while [ "$i" -lt 100000 ]; do
    : alpha beta gamma delta epsilon zeta eta theta
    i=$((i + 1))
done
echo "$i"
