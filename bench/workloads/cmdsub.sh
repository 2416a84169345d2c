# Command substitution: a subshell and a pipe per iteration, $(echo ...) 2000 times (XCU 2.6.3).
i=0 sum=0
while [ "$i" -lt 2000 ]; do
    x=$(echo "$i")
    sum=$((sum + x))
    i=$((i + 1))
done
echo "$sum"
