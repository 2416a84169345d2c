# Pipelines: three processes per iteration, `echo | cat | cat` 300 times (XCU 2.9.2).
i=0
while [ "$i" -lt 300 ]; do
    echo "x$i" | cat | cat
    i=$((i + 1))
done
