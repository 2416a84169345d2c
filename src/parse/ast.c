/* ast.c — node construction for the parser (see ast.h).
 * grammar/parser.y actions call ast_node; the tree lives in the arena of the command being parsed. */
#include "config.h"

#include "parse/ast.h"

#include "lib/arena.h"

#include <stddef.h>

/* Every field starts zeroed (arena_alloc clears), so an unset list or redirection is NULL and a
 * fresh pipeline is not negated; the parser fills in only what it saw. */
/* Each node gets only the bytes its kind uses: the header and its own member of the union. A
 * simple command then costs 32 bytes instead of the 48 an `if` needs, which is a third of the
 * tree of a long line of short commands. Nothing copies a node whole or changes its kind, so
 * the missing tail is never touched. ORDER: one entry per enum node_kind. */
#define NODE_SIZE(member) (offsetof(struct node, member) + sizeof(((struct node *)0)->member))
static const unsigned char node_size[] = {
    [NODE_SIMPLE] = NODE_SIZE(simple),     [NODE_PIPELINE] = NODE_SIZE(pipeline),
    [NODE_ANDOR] = NODE_SIZE(andor),       [NODE_LIST] = NODE_SIZE(list),
    [NODE_SUBSHELL] = NODE_SIZE(group),    [NODE_GROUP] = NODE_SIZE(group),
    [NODE_IF] = NODE_SIZE(if_),            [NODE_WHILE] = NODE_SIZE(loop),
    [NODE_UNTIL] = NODE_SIZE(loop),        [NODE_FOR] = NODE_SIZE(for_),
    [NODE_CASE] = NODE_SIZE(case_),        [NODE_FUNCDEF] = NODE_SIZE(funcdef),
    [NODE_ARITH] = NODE_SIZE(arith),       [NODE_ARITH_FOR] = NODE_SIZE(arith_for),
    [NODE_COND] = NODE_SIZE(cond),
};
_Static_assert(sizeof node_size == NODE_COND + 1, "one size per node kind");

struct node *ast_simple(struct arena *a, int lineno, bool with_assigns)
{
    if (with_assigns) {
        struct node *n = ast_node(a, NODE_SIMPLE, lineno);
        n->has_assigns = true;
        return n;
    }
    /* node_assigns() never reads the missing field: has_assigns is false. */
    _Static_assert(offsetof(struct node, simple.assigns_) + sizeof(struct assign *)
                       == NODE_SIZE(simple), "assigns_ is the last field of simple");
    struct node *n = arena_alloc(a, offsetof(struct node, simple.assigns_));
    n->kind = NODE_SIMPLE;
    n->lineno = lineno;
    return n;
}

struct node *ast_node(struct arena *a, enum node_kind kind, int lineno)
{
    struct node *n = arena_alloc(a, node_size[kind]);
    n->kind = kind;
    n->lineno = lineno;
    return n;
}
