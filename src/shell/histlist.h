/* histlist.h — the history list as the builtins below the front end see it (fc, history): a
 * table of operations that the front end (front/hist.c, over GNU History) installs at start-up. */
#ifndef CONCH_HISTLIST_H
#define CONCH_HISTLIST_H

/* The list lives in the front end, above builtins/ and exec/; a builtin reaching it by name
 * would be a call back up through the layers (src/README). So the front end hands its
 * functions down here, as dash's var.c is handed "PATH changed" hooks, and the builtins call
 * only these wrappers. Entries are numbered from 1 like `fc -l`. */
struct histlist_ops {
    int (*first)(void);                     /* first number; last < first when empty */
    int (*last)(void);                      /* last number */
    const char *(*get)(int n);              /* entry n, or NULL; valid until the list changes */
    void (*replace_last)(const char *entry); /* fc puts the command it runs in its own place */
    void (*clear)(void);                    /* `history -c` (the file is left alone) */
};

/* Installs ops (static storage; not copied). Until then, or after histlist_install(NULL), the
 * list is empty and changes to it are dropped: a program built without the front end (the fuzz
 * targets' parser and pattern drivers) still links and runs fc and history harmlessly. */
void histlist_install(const struct histlist_ops *ops);

int histlist_first(void);
int histlist_last(void);
const char *histlist_get(int n);
void histlist_replace_last(const char *entry) __attribute__((nonnull));
void histlist_clear(void);

#endif
