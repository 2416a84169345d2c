# bench-input: bigheredoc
# Long tokens: a script holding a here-document with one 10 MiB line, run 3 times (XCU 2.3).
i=0
while [ "$i" -lt 3 ]; do
    "$BENCH_SHELL" "$1" || echo "status $?"
    i=$((i + 1))
done
