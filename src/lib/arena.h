/* arena.h — bump allocator that owns everything parsed for one complete command.
 * Sits under the parser (tokens, words, AST, here-doc bodies) and is released after the command runs. */
#ifndef CONCH_ARENA_H
#define CONCH_ARENA_H

#include <stddef.h>

/* An arena is reference counted: the reader holds one reference while the command runs, and a
 * function definition takes another so its body outlives the command that defined it
 * (cheaper and simpler than deep-copying the tree). */
struct arena;

struct arena *arena_new(void) __attribute__((warn_unused_result));
void arena_ref(struct arena *a) __attribute__((nonnull));
/* Drops one reference; frees every block when the last one goes. NULL is ignored. */
void arena_unref(struct arena *a);

/* Zero-filled memory that lives as long as the arena. Never returns NULL (aborts on OOM). */
void *arena_alloc(struct arena *a, size_t size) __attribute__((nonnull, malloc));
char *arena_strdup(struct arena *a, const char *s) __attribute__((nonnull));
char *arena_strndup(struct arena *a, const char *s, size_t n) __attribute__((nonnull));

#endif
