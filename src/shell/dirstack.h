/* dirstack.h — the directory stack of pushd, popd and dirs (conch mode): the entries below the
 * top, which is always the working directory ($PWD). Read by `~N` tilde expansion too. */
#ifndef CONCH_DIRSTACK_H
#define CONCH_DIRSTACK_H

#include <stdbool.h>
#include <stddef.h>

/* Entries in the whole stack, the working directory included (at least 1). */
size_t dirstack_size(void);
/* Entry i of the whole stack (0 is $PWD, or "." when PWD is unset), counted from the top; NULL
 * when i is out of range. Valid until the stack or PWD changes. */
const char *dirstack_get(size_t i);
/* Inserts a copy of dir at position i (1 <= i <= size). */
void dirstack_insert(size_t i, const char *dir);
/* Removes entry i (1 <= i < size). */
void dirstack_remove(size_t i);
/* Empties the stack below the top (`dirs -c`). */
void dirstack_clear(void);
/* The index named by "+N" (from the top) or "-N" (from the bottom); false when arg is no such
 * form or the index is out of range. */
bool dirstack_index(const char *arg, size_t *out);
/* For tilde expansion: whether the n bytes at s are N, +N or -N (digits after an optional sign);
 * if so, *dir is the entry, or NULL when out of range. */
bool dirstack_tilde(const char *s, size_t n, const char **dir);

#endif
