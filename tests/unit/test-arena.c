/* test-arena.c — unit tests for the arena (src/lib/arena.c), the allocator under the parser:
 * zero-filled, aligned memory, copies that outlive their source, reference counting. */
#include "config.h"

#include "lib/arena.h"
#include "unit.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>

int main(void)
{
    struct arena *a = arena_new();
    CHECK(a != NULL);

    /* Zero-filled and aligned for any type, whatever size came before. */
    char *c = arena_alloc(a, 1);
    CHECK(c[0] == 0);
    /* The arena promises the alignment of a pointer and of intmax_t (not max_align_t). */
    intmax_t *d = arena_alloc(a, sizeof *d);
    CHECK((uintptr_t)d % alignof(intmax_t) == 0 && (uintptr_t)d % alignof(void *) == 0);
    CHECK(*d == 0);

    /* A request larger than any block still comes back whole and zeroed. */
    size_t big = 1 << 20;
    unsigned char *b = arena_alloc(a, big);
    size_t nonzero = 0;
    for (size_t i = 0; i < big; i++)
        nonzero += b[i] != 0;
    CHECK(nonzero == 0);
    b[big - 1] = 1; /* ASan reports an overflow if the block is short */

    /* Many small allocations stay distinct (no block handed out twice). */
    int *prev = arena_alloc(a, sizeof *prev);
    *prev = 1;
    int distinct = 1;
    for (int i = 0; i < 10000; i++) {
        int *p = arena_alloc(a, sizeof *p);
        distinct &= *p == 0 && p != prev;
        *p = i + 2;
        prev = p;
    }
    CHECK(distinct);

    /* Copies are independent of the source text. */
    char src[] = "hello, world";
    char *s = arena_strdup(a, src);
    char *n = arena_strndup(a, src, 5);
    src[0] = 'J';
    CHECK_STR(s, "hello, world");
    CHECK_STR(n, "hello");
    CHECK_STR(arena_strndup(a, "ab", 0), "");
    CHECK_STR(arena_strdup(a, ""), "");

    /* A second reference keeps the memory alive after the first is dropped (a function body
     * outliving the command that defined it); ASan sees a use after free if it does not. */
    arena_ref(a);
    arena_unref(a);
    CHECK_STR(s, "hello, world");
    arena_unref(a);
    arena_unref(NULL);

    /* A block released dirty and reused by the next arena (the spare block) comes back zeroed,
     * on the fast path for small requests and on the memset path alike. */
    struct arena *x = arena_new();
    memset(arena_alloc(x, 4000), 0xAA, 4000);
    arena_unref(x);
    struct arena *y = arena_new();
    (void)arena_alloc(y, 8); /* takes the block; the next small request is the fast path */
    unsigned char *small = arena_alloc(y, 100), *mid = arena_alloc(y, 3000);
    size_t dirty = 0;
    for (size_t i = 0; i < 100; i++)
        dirty += small[i] != 0;
    for (size_t i = 0; i < 3000; i++)
        dirty += mid[i] != 0;
    CHECK(dirty == 0);
    arena_unref(y);

    /* A size known only at run time takes the out-of-line path, zeroed all the same; memory
     * left uninitialised (arena_alloc_uninit) is aligned, and what follows it is zeroed. */
    struct arena *z = arena_new();
    memset(arena_alloc(z, 4000), 0xAA, 4000);
    arena_unref(z);
    z = arena_new();
    volatile size_t runtime = 50;
    unsigned char *v = arena_alloc(z, runtime);
    char *u = arena_alloc_uninit(z, 3);
    memcpy(u, "ab", 3);
    intmax_t *after = arena_alloc(z, sizeof *after);
    dirty = 0;
    for (size_t i = 0; i < runtime; i++)
        dirty += v[i] != 0;
    CHECK(dirty == 0 && *after == 0);
    CHECK((uintptr_t)u % alignof(intmax_t) == 0 && (uintptr_t)after % alignof(intmax_t) == 0);
    CHECK(u + 3 <= (char *)after && (unsigned char *)u >= v + runtime);
    CHECK_STR(u, "ab");
    arena_unref(z);
    return unit_done();
}
