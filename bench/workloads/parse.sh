# bench-input: script
# Parsing only: `sh -n` 20 times on a generated 20000-line script (bench/gen_script.py:
# functions, loops, case, here-documents, pipelines). BENCH_SHELL is the shell under test.
i=0
while [ "$i" -lt 20 ]; do
    "$BENCH_SHELL" -n "$1" || echo "status $?"
    i=$((i + 1))
done
echo "parsed $i times"
