# Interpreter loop: test, arithmetic expansion and assignment 200000 times (XCU 2.6.4).
i=0
while [ "$i" -lt 200000 ]; do
    i=$((i + 1))
done
echo "$i"
