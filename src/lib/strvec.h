/* strvec.h — growable NULL-terminated array of malloc'd strings: argv lists, expansion fields. */
#ifndef CONCH_STRVEC_H
#define CONCH_STRVEC_H

#include <stddef.h>

/* Invariant: v[n] == NULL whenever v != NULL. Zero-initialised ({0}) is empty. Owns its strings. */
struct strvec {
    char **v;
    size_t n, cap;
};

/* Takes ownership of s (must be malloc'd). */
void strvec_push(struct strvec *sv, char *s);
void strvec_pushdup(struct strvec *sv, const char *s);
/* Always a valid NULL-terminated array (a static empty one when nothing was pushed). */
char **strvec_argv(struct strvec *sv);
void strvec_clear(struct strvec *sv);

#endif
