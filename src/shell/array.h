/* array.h — the values of conch mode's array variables: indexed arrays (sparse, sorted by
 * index) and associative arrays (string keys, kept in insertion order). Owned by vars.c. */
#ifndef CONCH_ARRAY_H
#define CONCH_ARRAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct array;

struct array *array_new(bool assoc);
void array_free(struct array *a);
struct array *array_copy(const struct array *a);
bool array_is_assoc(const struct array *a);
/* The number of elements that are set. */
size_t array_count(const struct array *a);

/* Indexed arrays (indices >= 0). The value, or NULL if that element is not set; valid until
 * the array next changes. */
const char *array_get(const struct array *a, intmax_t index);
void array_set(struct array *a, intmax_t index, const char *value);
void array_unset(struct array *a, intmax_t index);
/* The highest index set, or -1 when empty (a[-1] is the last element, as in bash). */
intmax_t array_max_index(const struct array *a);

/* Associative arrays. */
const char *array_get_key(const struct array *a, const char *key);
void array_set_key(struct array *a, const char *key, const char *value);
void array_unset_key(struct array *a, const char *key);

/* The i-th element that is set (0 <= i < array_count), in index order or insertion order:
 * its value, and its index (indexed) or key (associative). */
const char *array_at(const struct array *a, size_t i, intmax_t *index, const char **key);

/* Drops every element. */
void array_clear(struct array *a);

/* Whether a value was ever assigned (name=() is, declare -a name is not): only declare -p
 * tells them apart, as `declare -a z=()` and `declare -a z`. */
void array_set_assigned(struct array *a);
bool array_assigned(const struct array *a);

#endif
