/* alias.c — the alias table (XCU 2.3.1), a sorted array searched by bisection.
 * Written by the alias/unalias builtins, read by parse/classify.c for words in command position. */
#include "config.h"

#include "shell/alias.h"

#include "lib/error.h"

#include <stdlib.h>
#include <string.h>

struct alias {
    char *name;
    char *value;
};

/* Sorted by name (strcmp), so lookups are O(log n) and `alias` lists in name order. */
static struct alias *table;
static size_t cap;
size_t alias_defined; /* the table's length (alias.h) */

/* The index of name, or where it would be inserted (*found says which). */
static size_t find(const char *name, int *found)
{
    size_t lo = 0, hi = alias_defined;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(table[mid].name, name);
        if (c == 0) {
            *found = 1;
            return mid;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *found = 0;
    return lo;
}

const char *alias_get(const char *name)
{
    int found;
    size_t i = find(name, &found);
    return found ? table[i].value : NULL;
}

void alias_set(const char *name, const char *value)
{
    int found;
    size_t i = find(name, &found);
    char *v = xstrdup(value);
    if (found) {
        free(table[i].value);
        table[i].value = v;
        return;
    }
    if (alias_defined == cap) {
        cap = cap ? 2 * cap : 16;
        table = xrealloc(table, cap * sizeof *table);
    }
    memmove(table + i + 1, table + i, (alias_defined - i) * sizeof *table);
    table[i].name = xstrdup(name);
    table[i].value = v;
    alias_defined++;
}

int alias_unset(const char *name)
{
    int found;
    size_t i = find(name, &found);
    if (!found)
        return -1;
    free(table[i].name);
    free(table[i].value);
    memmove(table + i, table + i + 1, (alias_defined - i - 1) * sizeof *table);
    alias_defined--;
    return 0;
}

void alias_unset_all(void)
{
    for (size_t i = 0; i < alias_defined; i++) {
        free(table[i].name);
        free(table[i].value);
    }
    free(table);
    table = NULL;
    alias_defined = cap = 0;
}

void alias_foreach(void (*fn)(const char *name, const char *value, void *ctx), void *ctx)
{
    for (size_t i = 0; i < alias_defined; i++)
        fn(table[i].name, table[i].value, ctx);
}
