/* ast.c — node construction for the parser (see ast.h).
 * grammar/parser.y actions call ast_node; the tree lives in the arena of the command being parsed. */
#include "config.h"

#include "parse/ast.h"

#include "lib/arena.h"

/* Every field starts zeroed (arena_alloc clears), so an unset list or redirection is NULL and a
 * fresh pipeline is not negated; the parser fills in only what it saw. */
struct node *ast_node(struct arena *a, enum node_kind kind, int lineno)
{
    struct node *n = arena_alloc(a, sizeof *n);
    n->kind = kind;
    n->lineno = lineno;
    return n;
}
