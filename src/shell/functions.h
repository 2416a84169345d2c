/* functions.h — the function table (XCU 2.9.5). A function keeps a reference to the arena its
 * body was parsed in, so the body outlives the command that defined it. */
#ifndef CONCH_FUNCTIONS_H
#define CONCH_FUNCTIONS_H

struct node;
struct arena;

struct function {
    const char *name; /* malloc'd */
    struct node *body;
    struct arena *arena;
    const char *file; /* where it was defined (callstack_file), for BASH_SOURCE */
};

/* Defines or replaces name; takes a reference on arena (arena_ref). */
void functions_define(const char *name, struct node *body, struct arena *arena);
/* NULL if there is no such function. */
struct function *functions_find(const char *name);
/* 0 if removed, -1 if there was none. */
int functions_unset(const char *name);
/* Calls fn for every function in name order (for `set` listing and `type`). */
void functions_foreach(void (*fn)(struct function *f, void *ctx), void *ctx);

#endif
