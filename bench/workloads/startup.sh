# Start-up: `$BENCH_SHELL -c 'exit 0'` 1000 times (dynamic loading, initialisation, exit).
i=0
while [ "$i" -lt 1000 ]; do
    "$BENCH_SHELL" -c 'exit 0'
    i=$((i + 1))
done
echo "$i"
