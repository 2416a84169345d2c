/* array.c — array values for vars.c: a sorted vector of (index, value) for indexed arrays, the
 * same vector in insertion order plus an open-addressing hash of positions for associative ones. */
#include "config.h"

#include "shell/array.h"
#include "lib/error.h"

#include <stdlib.h>
#include <string.h>

struct elem {
    intmax_t index; /* indexed arrays */
    char *key;      /* associative arrays (malloc'd) */
    char *value;    /* malloc'd */
};

struct array {
    bool assoc;
    bool assigned;
    size_t n, cap;
    struct elem *e;
    /* associative: positions in e plus one (0: empty slot); hcap a power of two, at least
     * twice n, rebuilt after a removal (removals from associative arrays are rare) */
    uint32_t *slots;
    size_t hcap;
};

struct array *array_new(bool assoc)
{
    struct array *a = xcalloc(1, sizeof *a);
    a->assoc = assoc;
    return a;
}

void array_clear(struct array *a)
{
    for (size_t i = 0; i < a->n; i++) {
        free(a->e[i].key);
        free(a->e[i].value);
    }
    a->n = 0;
    if (a->slots)
        memset(a->slots, 0, a->hcap * sizeof *a->slots);
}

void array_free(struct array *a)
{
    if (!a)
        return;
    array_clear(a);
    free(a->e);
    free(a->slots);
    free(a);
}

static void reserve(struct array *a, size_t n)
{
    if (n <= a->cap)
        return;
    a->cap = a->cap ? a->cap * 2 : 4;
    if (a->cap < n)
        a->cap = n;
    a->e = xrealloc(a->e, a->cap * sizeof *a->e);
}

static uint32_t hash_key(const char *s)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

static void rehash(struct array *a, size_t hcap)
{
    free(a->slots);
    a->hcap = hcap;
    a->slots = xcalloc(hcap, sizeof *a->slots);
    for (size_t i = 0; i < a->n; i++) {
        size_t k = hash_key(a->e[i].key) & (hcap - 1);
        while (a->slots[k])
            k = (k + 1) & (hcap - 1);
        a->slots[k] = (uint32_t)(i + 1);
    }
}

struct array *array_copy(const struct array *a)
{
    struct array *c = array_new(a->assoc);
    c->assigned = a->assigned;
    reserve(c, a->n);
    for (size_t i = 0; i < a->n; i++) {
        c->e[i].index = a->e[i].index;
        c->e[i].key = a->e[i].key ? xstrdup(a->e[i].key) : NULL;
        c->e[i].value = xstrdup(a->e[i].value);
    }
    c->n = a->n;
    if (a->assoc && a->n)
        rehash(c, a->hcap);
    return c;
}

bool array_is_assoc(const struct array *a) { return a->assoc; }

size_t array_count(const struct array *a) { return a->n; }

/* The position of index, or where it would be inserted (*found false). */
static size_t find_index(const struct array *a, intmax_t index, bool *found)
{
    size_t lo = 0, hi = a->n;
    /* Appending and reading the last element are the common cases. */
    if (hi && a->e[hi - 1].index < index) {
        *found = false;
        return hi;
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->e[mid].index < index)
            lo = mid + 1;
        else
            hi = mid;
    }
    *found = lo < a->n && a->e[lo].index == index;
    return lo;
}

const char *array_get(const struct array *a, intmax_t index)
{
    bool found;
    size_t i = find_index(a, index, &found);
    return found ? a->e[i].value : NULL;
}

void array_set(struct array *a, intmax_t index, const char *value)
{
    bool found;
    size_t i = find_index(a, index, &found);
    char *v = xstrdup(value); /* before free: value may be the old value itself */
    if (found) {
        free(a->e[i].value);
        a->e[i].value = v;
        return;
    }
    reserve(a, a->n + 1);
    memmove(a->e + i + 1, a->e + i, (a->n - i) * sizeof *a->e);
    a->e[i] = (struct elem){ .index = index, .value = v };
    a->n++;
}

void array_unset(struct array *a, intmax_t index)
{
    bool found;
    size_t i = find_index(a, index, &found);
    if (!found)
        return;
    free(a->e[i].value);
    memmove(a->e + i, a->e + i + 1, (a->n - i - 1) * sizeof *a->e);
    a->n--;
}

intmax_t array_max_index(const struct array *a)
{
    return a->n ? a->e[a->n - 1].index : -1;
}

/* The slot holding key, or the empty slot where it would go. */
static size_t find_slot(const struct array *a, const char *key)
{
    size_t k = hash_key(key) & (a->hcap - 1);
    while (a->slots[k] && strcmp(a->e[a->slots[k] - 1].key, key) != 0)
        k = (k + 1) & (a->hcap - 1);
    return k;
}

const char *array_get_key(const struct array *a, const char *key)
{
    if (!a->n)
        return NULL;
    size_t k = find_slot(a, key);
    return a->slots[k] ? a->e[a->slots[k] - 1].value : NULL;
}

void array_set_key(struct array *a, const char *key, const char *value)
{
    if (a->hcap < 2 * (a->n + 1))
        rehash(a, a->hcap ? a->hcap * 2 : 16);
    size_t k = find_slot(a, key);
    char *v = xstrdup(value);
    if (a->slots[k]) {
        struct elem *e = &a->e[a->slots[k] - 1];
        free(e->value);
        e->value = v;
        return;
    }
    reserve(a, a->n + 1);
    a->e[a->n] = (struct elem){ .key = xstrdup(key), .value = v };
    a->slots[k] = (uint32_t)(++a->n);
}

void array_unset_key(struct array *a, const char *key)
{
    if (!a->n)
        return;
    size_t k = find_slot(a, key);
    if (!a->slots[k])
        return;
    size_t i = a->slots[k] - 1;
    free(a->e[i].key);
    free(a->e[i].value);
    memmove(a->e + i, a->e + i + 1, (a->n - i - 1) * sizeof *a->e);
    a->n--;
    rehash(a, a->hcap);
}

const char *array_at(const struct array *a, size_t i, intmax_t *index, const char **key)
{
    if (index)
        *index = a->e[i].index;
    if (key)
        *key = a->e[i].key;
    return a->e[i].value;
}

void array_set_assigned(struct array *a) { a->assigned = true; }

bool array_assigned(const struct array *a) { return a->assigned || a->n > 0; }
