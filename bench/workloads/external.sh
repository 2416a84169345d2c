# External command loop: fork and exec /bin/true 2000 times (XCU 2.9.1.1 search and execution).
i=0
while [ "$i" -lt 2000 ]; do
    /bin/true
    i=$((i + 1))
done
echo "$i"
