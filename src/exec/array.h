/* array.h — conch mode arrays in the executor: name=(...), name[i]=v and name+=v assignments,
 * ${name[i]} and friends (for param.c), and the name[i] operands of unset, read -a, declare. */
#ifndef CONCH_EXEC_ARRAY_H
#define CONCH_EXEC_ARRAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct assign;
struct word;

/* An assignment with a subscript, +=, or (...) value: expands and stores it. *trace gets a
 * malloc'd text for set -x. Returns 0, 1 after an expansion error, 2 after an assignment error
 * (readonly, bad subscript), messages printed. */
int array_assign(const struct assign *a, char **trace);
/* True if the assignment needs array_assign (inline: asked of every assignment). */
#include "parse/ast.h"
static inline bool array_assign_needed(const struct assign *a)
{
    return a->index || a->append || (a->value->nparts == 1 && a->value->parts[0].kind == PART_ARRAY);
}

/* A declaration utility's operand NAME=(...) or NAME+=(...) (a word with a PART_ARRAY),
 * expanded to the text "NAME=(['i']='v' 'w' ...)" that array_assign_text reads back. NULL
 * after an error message. */
char *array_encode_word(const struct word *w);
/* True if s is a text made by array_encode_word for the command being run: declare a=(...)
 * is an array, declare a='(...)' a string (bash). array_encoded_forget drops the record. */
bool array_encoded(const char *s);
extern size_t array_encoded_n; /* 0 forgets them */
/* NAME=(...) / NAME+=(...) as text (declare a=(1 2), or the encoding above): assigns it.
 * Returns 0, or 1 after a message. */
int array_assign_text(const char *name, bool append, const char *text);

/* "name[subscript]" (an operand of unset, read -a...): true with *name malloc'd and *sub
 * pointing into s (its text up to the final ]) if s has that shape. */
bool array_split_operand(const char *s, char **name, const char **sub);
/* unset 'name[subscript]': returns 0, or 1 after a message. */
int array_unset_operand(const char *name, const char *sub);
/* Sets name[sub] = value for an operand name[sub] (read, mapfile...). */
int array_set_operand(const char *name, const char *sub, const char *value);
/* The value of element sub ("i]" as after array_split_operand) of name, NULL when unset;
 * returns 0, or -1 after a message (a bad subscript). For $(( a[i] )). */
int array_get_operand(const char *name, const char *sub, const char **value);

/* Installs the arithmetic used by declare -i (vars_arith_hook). */
void array_init(void);

#endif
