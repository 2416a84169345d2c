# bench-input: bigword
# Long tokens: a script holding a 10 MiB unquoted word, x=aaa..., run 3 times (XCU 2.3).
i=0
while [ "$i" -lt 3 ]; do
    "$BENCH_SHELL" "$1" || echo "status $?"
    i=$((i + 1))
done
