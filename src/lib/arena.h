/* arena.h — bump allocator that owns everything parsed for one complete command.
 * Sits under the parser (tokens, words, AST, here-doc bodies) and is released after the command runs. */
#ifndef CONCH_ARENA_H
#define CONCH_ARENA_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* An arena is reference counted: the reader holds one reference while the command runs, and a
 * function definition takes another so its body outlives the command that defined it
 * (cheaper and simpler than deep-copying the tree). Its fields belong to arena.c; they are
 * here only for the inline fast paths below (a call per node cost more than the bump). */
struct arena {
    char *next, *end; /* the free space of the head block */
    struct block *head;
    int refs;
};

/* Requests are rounded to this, not to max_align_t (16 on x86-64, for long double): nothing in
 * the tree needs more than a pointer's or an intmax_t's alignment, and with 16 a parsed `:`
 * cost a third more. */
#define ARENA_ALIGN (_Alignof(intmax_t) > _Alignof(void *) ? _Alignof(intmax_t) : _Alignof(void *))
#define ARENA_ROUND(n) (((n) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

struct arena *arena_new(void) __attribute__((warn_unused_result));
void arena_ref(struct arena *a) __attribute__((nonnull));
/* Drops one reference; frees every block when the last one goes. NULL is ignored. */
void arena_unref(struct arena *a);

/* The out-of-line paths of arena_alloc and arena_alloc_uninit: call those instead. */
void *arena_alloc_slow(struct arena *a, size_t size) __attribute__((nonnull, malloc));
void *arena_alloc_uninit_slow(struct arena *a, size_t size) __attribute__((nonnull, malloc));

/* Zero-filled memory that lives as long as the arena. Never returns NULL (aborts on OOM).
 * Most requests have a size known at compile time (a node, a list cell): they are served
 * inline, and the zeroing becomes a few stores. */
static inline __attribute__((nonnull, always_inline)) void *arena_alloc(struct arena *a,
                                                                        size_t size)
{
    if (__builtin_constant_p(size) && size <= 256
        && __builtin_expect((size_t)(a->end - a->next) >= ARENA_ROUND(size), 1)) {
        void *p = a->next;
        a->next += ARENA_ROUND(size);
        return memset(p, 0, size);
    }
    return arena_alloc_slow(a, size);
}

/* The same, uninitialised: for a caller that fills all of it at once (a word and its text). */
static inline __attribute__((nonnull, always_inline)) void *arena_alloc_uninit(struct arena *a,
                                                                               size_t size)
{
    size_t n = ARENA_ROUND(size);
    if (__builtin_expect((size_t)(a->end - a->next) >= n, 1)) {
        void *p = a->next;
        a->next += n;
        return p;
    }
    return arena_alloc_uninit_slow(a, size);
}

char *arena_strdup(struct arena *a, const char *s) __attribute__((nonnull));
char *arena_strndup(struct arena *a, const char *s, size_t n) __attribute__((nonnull));

#endif
