/* alias.h — the alias table (XCU 2.3.1). The parser consults it for words in command position. */
#ifndef CONCH_ALIAS_H
#define CONCH_ALIAS_H

#include <stddef.h>

/* How many aliases are defined. The parser asks alias_get only when some are: most scripts
 * define none, and their every command name would pay for the lookup. */
extern size_t alias_defined;

/* The value of alias name, or NULL. The pointer is valid until the alias is changed. */
const char *alias_get(const char *name);
void alias_set(const char *name, const char *value);
/* 0 if removed, -1 if there was no such alias. */
int alias_unset(const char *name);
void alias_unset_all(void);
/* Calls fn for each alias in name order (for `alias` with no arguments). */
void alias_foreach(void (*fn)(const char *name, const char *value, void *ctx), void *ctx);

#endif
