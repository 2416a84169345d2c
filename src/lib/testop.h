/* testop.h — the file and string primaries of test/[ (XCU test), shared by builtins/test.c and
 * the [[ ]] of conch mode (exec/cond.c): each takes operands already expanded. */
#ifndef CONCH_TESTOP_H
#define CONCH_TESTOP_H

#include <stdbool.h>

/* -b -c -d -e -f -g -G -h -k -L -n -O -p -r -s -S -u -w -x -z applied to arg: 1 true, 0 false.
 * Not -t (its operand is an integer, which each caller reads in its own way). ORDER: test.c's
 * is_unary lists these letters. */
int testop_unary(char op, const char *arg);

/* -nt: a is newer than b (POSIX 2024: a missing file is older than any existing one). -ot is
 * testop_newer(b, a). */
bool testop_newer(const char *a, const char *b);

/* -ef: a and b name the same file (same device and inode). */
bool testop_same_file(const char *a, const char *b);

#endif
