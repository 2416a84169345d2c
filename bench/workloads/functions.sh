# Function calls: 100000 calls, each setting the positional parameters (XCU 2.9.5).
add() {
    n=$((n + $1))
}
i=0 n=0
while [ "$i" -lt 100000 ]; do
    add 3
    i=$((i + 1))
done
echo "$n"
