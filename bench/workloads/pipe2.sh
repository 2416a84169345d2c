# Two-process pipelines: `echo x | cat` 1000 times; compare with the pipe2-limit row (XCU 2.9.2).
i=0
while [ "$i" -lt 1000 ]; do
    echo x | cat
    i=$((i + 1))
done
