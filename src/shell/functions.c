/* functions.c — the function table (XCU 2.9.5): name -> body, filled by function definitions
 * (exec/eval.c) and read by every simple command's lookup (exec/simple.c), so lookups hash. */
#include "config.h"

#include "shell/functions.h"
#include "shell/callstack.h"
#include "lib/arena.h"
#include "lib/error.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct entry {
    struct function f;
    uint32_t hash;
    struct entry *next;
};

static struct entry **table;
static size_t table_size; /* a power of two, or 0 before the first definition */
static size_t table_count;

static uint32_t hash_name(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static struct entry **slot(const char *name, uint32_t h)
{
    struct entry **pp = &table[h & (table_size - 1)];
    while (*pp && ((*pp)->hash != h || strcmp((*pp)->f.name, name) != 0))
        pp = &(*pp)->next;
    return pp;
}

static void grow(void)
{
    size_t size = table_size ? table_size * 2 : 64;
    struct entry **t = xcalloc(size, sizeof *t);
    for (size_t i = 0; i < table_size; i++)
        for (struct entry *e = table[i], *next; e; e = next) {
            next = e->next;
            e->next = t[e->hash & (size - 1)];
            t[e->hash & (size - 1)] = e;
        }
    free(table);
    table = t;
    table_size = size;
}

/* A running function holds its own reference on its arena (exec/simple.c), so replacing or
 * unsetting it from inside its own body does not free the tree being walked. */
void functions_define(const char *name, struct node *body, struct arena *arena)
{
    if (table_count >= table_size)
        grow();
    uint32_t h = hash_name(name);
    struct entry **pp = slot(name, h);
    arena_ref(arena);
    if (*pp) {
        arena_unref((*pp)->f.arena);
        (*pp)->f.body = body;
        (*pp)->f.arena = arena;
        (*pp)->f.file = callstack_file();
        return;
    }
    struct entry *e = xmalloc(sizeof *e);
    e->f.name = xstrdup(name);
    e->f.body = body;
    e->f.arena = arena;
    e->f.file = callstack_file();
    e->hash = h;
    e->next = NULL;
    *pp = e;
    table_count++;
}

struct function *functions_find(const char *name)
{
    if (!table_count)
        return NULL;
    struct entry *e = *slot(name, hash_name(name));
    return e ? &e->f : NULL;
}

int functions_unset(const char *name)
{
    if (!table_count)
        return -1;
    struct entry **pp = slot(name, hash_name(name));
    struct entry *e = *pp;
    if (!e)
        return -1;
    *pp = e->next;
    table_count--;
    arena_unref(e->f.arena);
    free((char *)e->f.name);
    free(e);
    return 0;
}

static int cmp_function(const void *a, const void *b)
{
    return strcmp((*(struct function *const *)a)->name, (*(struct function *const *)b)->name);
}

void functions_foreach(void (*fn)(struct function *f, void *ctx), void *ctx)
{
    if (!table_count)
        return;
    /* Snapshot first: fn may define or unset functions. Names are compared, not pointers,
     * after each call, so an entry removed meanwhile is skipped rather than used. */
    size_t n = 0;
    struct function **all = xmalloc(table_count * sizeof *all);
    for (size_t i = 0; i < table_size; i++)
        for (struct entry *e = table[i]; e; e = e->next)
            all[n++] = &e->f;
    qsort(all, n, sizeof *all, cmp_function);
    char **names = xmalloc(n * sizeof *names);
    for (size_t i = 0; i < n; i++)
        names[i] = xstrdup(all[i]->name);
    for (size_t i = 0; i < n; i++) {
        struct function *f = functions_find(names[i]);
        if (f)
            fn(f, ctx);
        free(names[i]);
    }
    free(names);
    free(all);
}
