/* arena.c — bump allocator for one complete command's tree (see arena.h).
 * Blocks are chained; big requests get a block of their own so huge here-documents cost no waste. */
#include "config.h"

#include "arena.h"
#include "error.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_BLOCK = 8192 };

_Static_assert((ARENA_ALIGN & (ARENA_ALIGN - 1)) == 0, "ARENA_ALIGN is a power of two");

struct block {
    struct block *next;
    size_t size;
    max_align_t data[];
};

/* The last released arena, emptied, with one standard block if it had one: a script is read one
 * command at a time, each in an arena of its own, so the next command reuses it instead of two
 * mallocs and two frees. */
static struct arena *spare;
#ifdef __SANITIZE_ADDRESS__
enum { KEEP_SPARE = 0 }; /* every block goes back to malloc, so ASan catches a use after release */
#else
enum { KEEP_SPARE = 1 };
#endif

struct arena *arena_new(void)
{
    struct arena *a = spare;
    if (a) {
        spare = NULL;
    } else {
        a = xmalloc(sizeof *a);
        a->next = a->end = NULL;
        a->head = NULL;
    }
    a->refs = 1;
    return a;
}

void arena_ref(struct arena *a) { a->refs++; }

void arena_unref(struct arena *a)
{
    if (!a || --a->refs > 0)
        return;
    bool keep = KEEP_SPARE && !spare;
    struct block *kept = NULL;
    for (struct block *b = a->head, *next; b; b = next) {
        next = b->next;
        if (keep && !kept && b->size == ARENA_BLOCK)
            kept = b;
        else
            free(b);
    }
    if (!keep) {
        free(a);
        return;
    }
    a->head = kept;
    a->next = a->end = NULL;
    if (kept) {
        kept->next = NULL;
        a->next = (char *)kept->data;
        a->end = a->next + ARENA_BLOCK;
    }
    spare = a;
}

/* A new block for a request the head block cannot serve (the rare path of the allocators).
 * size is rounded already. */
static __attribute__((noinline)) void *arena_grow(struct arena *a, size_t size)
{
    size_t cap = size > ARENA_BLOCK / 2 ? size : ARENA_BLOCK;
    struct block *b = xmalloc(sizeof *b + cap);
    b->size = cap;
    /* A big block goes behind the current one so the current one keeps serving small requests. */
    if (size > ARENA_BLOCK / 2 && a->head) {
        b->next = a->head->next;
        a->head->next = b;
    } else {
        b->next = a->head;
        a->head = b;
        a->next = (char *)b->data + size;
        a->end = (char *)b->data + cap;
    }
    return b->data;
}

void *arena_alloc_uninit_slow(struct arena *a, size_t size)
{
    size = ARENA_ROUND(size);
    if (__builtin_expect((size_t)(a->end - a->next) < size, 0))
        return arena_grow(a, size);
    void *p = a->next;
    a->next += size;
    return p;
}

void *arena_alloc_slow(struct arena *a, size_t size)
{
    /* Most requests here are a word (a header, a part or two, the text): clearing a fixed 128
     * bytes with eight plain stores is cheaper than a memset call. Bytes past the request are
     * still unallocated, so clearing them early does no harm. */
    /* aligned(8): the arena only promises ARENA_ALIGN, so the stores must not assume 16. */
    typedef long long zero16 __attribute__((vector_size(16), aligned(8)));
    if (size <= 8 * sizeof(zero16) && (size_t)(a->end - a->next) >= 8 * sizeof(zero16)) {
        zero16 *p = (zero16 *)a->next;
        a->next += ARENA_ROUND(size);
        p[0] = p[1] = p[2] = p[3] = p[4] = p[5] = p[6] = p[7] = (zero16){ 0 };
        return p;
    }
    return memset(arena_alloc_uninit_slow(a, size), 0, size);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
    char *p = arena_alloc_uninit(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(struct arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }
