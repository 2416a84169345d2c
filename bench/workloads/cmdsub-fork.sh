# Forked command substitution that must exec: x=$(cat /dev/null) 1000 times (XCU 2.6.3).
i=0 n=0
while [ "$i" -lt 1000 ]; do
    x=$(cat /dev/null)
    n=$((n + ${#x} + 1))
    i=$((i + 1))
done
echo "$n"
