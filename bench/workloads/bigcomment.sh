# bench-input: bigcomment
# Long tokens: a script holding a 10 MiB comment line, run 3 times (XCU 2.3).
i=0
while [ "$i" -lt 3 ]; do
    "$BENCH_SHELL" "$1" || echo "status $?"
    i=$((i + 1))
done
