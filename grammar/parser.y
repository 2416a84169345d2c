/* parser.y — the shell grammar (XCU 2.10.2), a pure Bison parser that builds one command's AST.
 * Tokens come from grammar/scanner.l through parse/classify.c (parse_lex, below); parse/driver.c
 * runs the parser frames, one per command and per nested $( ) (driver_token). */

/* The grammar is the standard's nearly verbatim. Three start tokens select what is parsed:
 *   START_LINE    one complete command up to its newline (or the end of input),
 *   START_CMDSUB  the inside of $( ... ) up to the ')' that closes it,
 *   START_BQ      the text of a `...` command substitution up to its end.
 * The automaton alone decides which ')' closes what, so `$( case x in p) y;; esac )` needs no
 * help from the scanner. Each start rule's action ends with DONE(), which accepts at once: the
 * last token of a command is always followed by a default reduction, so the driver learns the
 * command is complete without fetching (and blocking on) a token beyond it, and the parser does
 * not ask for the $end after the start symbol either.
 *
 * A pull parser, not a push parser: a push parser keeps its state in a struct that every step
 * reads and writes through a pointer, and is entered once per token; yyparse keeps it in
 * locals (a third fewer instructions in the parser on a long script). A $( ) inside a word is
 * a nested yyparse, started from parse_lex: never from an action, whose lookahead may already
 * have been read.
 *
 * Actions only build nodes in the command's arena (ctx->arena). Lists are built with tail
 * pointers (struct wlist, struct clist ...) so long scripts parse in linear time; the semantic
 * values are all pointers, which keeps each reduction cheap (the parser's stacks are copied on
 * every reduction).
 *
 * No %locations: the only location a node needs is the line where its first token stands, and
 * that travels in the semantic value itself (struct sh_val's line, which the token filter
 * writes for every token). Bison's default $$ = $1 copies it with the rest, which is what
 * YYLLOC_DEFAULT did on a separate stack at twice the cost. */

%define api.pure full
%define api.prefix {sh}
%define api.push-pull pull
%define api.value.type {struct sh_val}
%define parse.error custom
%define api.token.prefix {TOK_}
%parse-param {struct pctx *ctx}
%lex-param {struct pctx *ctx}

%code top {
/* Before any system header Bison includes: the feature macros (AC_USE_SYSTEM_EXTENSIONS). */
#include "config.h"
}

%code requires {
#include "parse/ast.h"

struct pctx;

/* Where the scanner and the token filter report a token's line (not a Bison location). */
struct sh_loc { int first_line; };
typedef struct sh_loc SHLTYPE;

/* Growing lists with head and tail, allocated in the arena when a list starts. */
struct wlist { struct word *head, *tail; };
struct rlist { struct redir *head, *tail; };
struct clist { struct case_item *head, *tail; };
/* cmd_prefix (assignments, redirections) and cmd_suffix (arguments, redirections). */
struct cmdparts {
    struct assign *ahead, *atail;
    struct word *whead, *wtail;
    struct redir *rhead, *rtail;
};

/* A grammar symbol's value, and the line where the symbol starts ($<line>N): node.lineno is all
 * the tree needs. Bison's default action copies the whole value, so a nonterminal starts on the
 * line of its first symbol (no rule begins with an empty one). For a token, the filter writes
 * the line there itself: loc is its struct sh_loc. */
struct sh_val {
    union {
        struct word *word;
        struct assign *assign;
        struct heredoc *hd;
        int num;
        struct node *node;
        struct redir *redir;
        struct wlist *wl;
        struct rlist *rl;
        struct clist *cl;
        struct cmdparts *cp;
        struct case_item *item;
        struct cond *cond;
    };
    union {
        int line;
        struct sh_loc loc;
    };
};
}

%code {
#include "parse/parse_int.h"
#include "lib/arena.h"
#include "lib/error.h"
#include "shell/options.h"

#include <string.h>

#define A (ctx->arena)

/* The tokens come from parse_lex, not from Flex's shlex, which the prefix sh would name here. */
#undef yylex
#define yylex parse_lex

/* The end of a start rule's action: the command is complete; accept now, as the $end that
 * would follow is not a token the scanner should be asked for (see the top). */
#define DONE()                   \
    do {                         \
        ctx->start = PCTX_DONE;  \
        YYACCEPT;                \
    } while (0)

/* The grammar's lookahead token, with its line in lval->line. Here rather than in the driver so
 * that it is inlined into yyparse: it runs once per token. yyparse keeps lval from token to
 * token, as the filter sets only what a token has (the line too, at times). */
static inline int parse_lex(SHSTYPE *lval, struct pctx *pc)
{
    if (__builtin_expect(pc->start != 0, 0)) {
        int start = pc->start;
        pc->start = 0;
        memset(lval, 0, sizeof *lval);
        lval->line = scan_lineno(pc->scan);
        pc->last_tok = start;
        pc->lval = lval; /* yyparse's own, the same for the whole frame */
        return start;
    }
    int tok = classify_next(pc->filter, lval, &lval->loc);
    if (__builtin_expect(tok >= SCAN_CMDSUB, 0)) /* the SCAN_ values */
        tok = driver_token(pc, tok, lval);
    pc->last_tok = tok;
    return tok;
}

/* Each nested $( ) is a yyparse on the C stack (parse/driver.c): its stacks start small and
 * grow on the heap when a command needs more. */
#define YYINITDEPTH 64

static void yyerror(struct pctx *ctx, const char *msg);

static struct wlist *wl_new(struct arena *a, struct word *w)
{
    struct wlist *l = arena_alloc(a, sizeof *l);
    w->next = NULL;
    l->head = l->tail = w;
    return l;
}

static struct wlist *wl_add(struct wlist *l, struct word *w)
{
    w->next = NULL;
    l->tail->next = w;
    l->tail = w;
    return l;
}

static struct rlist *rl_new(struct arena *a, struct redir *r)
{
    struct rlist *l = arena_alloc(a, sizeof *l);
    l->head = l->tail = r;
    return l;
}

static struct rlist *rl_add(struct rlist *l, struct redir *r)
{
    l->tail->next = r;
    l->tail = r;
    return l;
}

static struct cmdparts *cp_new(struct arena *a) { return arena_alloc(a, sizeof(struct cmdparts)); }

static struct cmdparts *cp_redir(struct cmdparts *c, struct redir *r)
{
    if (c->rtail)
        c->rtail->next = r;
    else
        c->rhead = r;
    c->rtail = r;
    return c;
}

static struct cmdparts *cp_assign(struct cmdparts *c, struct assign *x)
{
    x->next = NULL;
    if (c->atail)
        c->atail->next = x;
    else
        c->ahead = x;
    c->atail = x;
    return c;
}

static struct cmdparts *cp_word(struct cmdparts *c, struct word *w)
{
    w->next = NULL;
    if (c->wtail)
        c->wtail->next = w;
    else
        c->whead = w;
    c->wtail = w;
    return c;
}

/* A list or term's value is its one and-or list until the second (most bodies hold one command:
 * no allocation), then the NODE_LIST the items are appended to. An item is never a NODE_LIST
 * (items are pipelines and AND-OR lists), so the kind tells which. */
static struct node *ll_add(struct arena *a, struct node *l, struct node *cmd)
{
    if (l->kind != NODE_LIST) {
        struct node *n = ast_node(a, NODE_LIST, l->lineno);
        n->list.items = l;
        l->next = cmd;
        n->list.tail = cmd;
        return n;
    }
    l->list.tail->next = cmd;
    l->list.tail = cmd;
    return l;
}

/* A separator applies to the and-or list before it: `a & b` runs a asynchronously. */
static struct node *ll_sep(struct node *l, int async)
{
    if (async)
        (l->kind == NODE_LIST ? l->list.tail : l)->async = true;
    return l;
}

/* One command without & stands alone; anything else is a NODE_LIST. */
static struct node *ll_node(struct arena *a, struct node *l)
{
    if (l->kind == NODE_LIST || !l->async)
        return l;
    struct node *n = ast_node(a, NODE_LIST, l->lineno);
    n->list.items = n->list.tail = l;
    return n;
}

static struct redir *mkredir(struct arena *a, enum redir_kind kind, struct word *target)
{
    struct redir *r = arena_alloc(a, sizeof *r);
    r->kind = kind;
    r->fd = -1;
    r->target = target;
    return r;
}

static struct case_item *mkitem(struct arena *a, struct wlist *pats, struct node *body,
                                enum case_term term)
{
    struct case_item *ci = arena_alloc(a, sizeof *ci);
    ci->patterns = pats->head;
    ci->body = body;
    ci->term = term;
    return ci;
}

static struct clist *cl_new(struct arena *a, struct case_item *ci)
{
    struct clist *l = arena_alloc(a, sizeof *l);
    l->head = l->tail = ci;
    return l;
}

static struct clist *cl_add(struct clist *l, struct case_item *ci)
{
    l->tail->next = ci;
    l->tail = ci;
    return l;
}

static struct node *mkcase(struct arena *a, int line, struct word *subject, struct clist *items)
{
    struct node *n = ast_node(a, NODE_CASE, line);
    n->case_.subject = subject;
    n->case_.items = items ? items->head : NULL;
    return n;
}

static struct node *mkfor(struct arena *a, int line, struct word *name, bool has_in,
                          struct word *words, struct node *body)
{
    struct node *n = ast_node(a, NODE_FOR, line);
    n->for_.var = word_literal(name);
    n->for_.has_in = has_in;
    n->for_.words = words;
    n->for_.body = body;
    return n;
}

static struct node *mkif(struct arena *a, int line, struct node *cond, struct node *then_part,
                         struct node *else_part, bool is_elif)
{
    struct node *n = ast_node(a, NODE_IF, line);
    n->if_.cond = cond;
    n->if_.then_part = then_part;
    n->if_.else_part = else_part;
    n->if_.is_elif = is_elif;
    return n;
}

static struct node *mkloop(struct arena *a, enum node_kind kind, int line, struct node *cond,
                           struct node *body)
{
    struct node *n = ast_node(a, kind, line);
    n->loop.cond = cond;
    n->loop.body = body;
    return n;
}

static struct node *mkgroup(struct arena *a, enum node_kind kind, int line, struct node *body)
{
    struct node *n = ast_node(a, kind, line);
    n->group.body = body;
    return n;
}

static struct node *mksimple(struct arena *a, int line, struct cmdparts *pre, struct word *name,
                             struct cmdparts *suf)
{
    struct node *n = ast_simple(a, line, pre && pre->ahead);
    struct redir *rhead = NULL, *rtail = NULL;
    if (pre) {
        if (pre->ahead)
            n->simple.assigns_ = pre->ahead;
        rhead = pre->rhead;
        rtail = pre->rtail;
    }
    if (name) {
        name->next = suf ? suf->whead : NULL;
        n->simple.args = name;
    }
    if (suf && suf->rhead) {
        if (rtail)
            rtail->next = suf->rhead;
        else
            rhead = suf->rhead;
    }
    n->redirs = rhead;
    return n;
}

/* `! pipeline`: a lone command becomes a NODE_PIPELINE of one. */
static struct node *mknegate(struct arena *a, struct node *p)
{
    if (p->kind != NODE_PIPELINE) {
        struct node *n = ast_node(a, NODE_PIPELINE, p->lineno);
        n->pipeline.cmds = arena_alloc(a, sizeof *n->pipeline.cmds);
        n->pipeline.cmds[0] = p;
        n->pipeline.ncmds = 1;
        p = n;
    }
    p->pipeline.negate = true;
    return p;
}

/* A word of one unquoted literal part, text not copied. */
static struct word *lit_word_new(struct arena *a, const char *text)
{
    struct word *w = arena_alloc(a, sizeof *w + sizeof(struct part));
    w->nparts = 1;
    w->parts[0].kind = PART_LIT;
    w->parts[0].lit.text = text;
    w->parts[0].lit_len = (uint32_t)strlen(text);
    return w;
}

/* A simple command of one assignment and nothing else (pipe_sequence). */
static struct node *mkassigns(struct arena *a, int line, struct assign *x)
{
    struct node *n = ast_simple(a, line, true);
    x->next = NULL;
    n->simple.assigns_ = x;
    return n;
}

/* conch mode's `a |& b` is `a 2>&1 | b` (as in bash): the redirection goes after the ones the
 * command has, and unparse writes it back that way. */
static struct node *pipe_stderr(struct node *s, struct arena *a)
{
    struct node *cmd = s->kind == NODE_PIPELINE ? s->pipeline.cmds[s->pipeline.ncmds - 1] : s;
    struct redir *r = mkredir(a, REDIR_DUPOUT, lit_word_new(a, "1"));
    r->fd = 2;
    struct redir **pp = &cmd->redirs;
    while (*pp)
        pp = &(*pp)->next;
    *pp = r;
    return s;
}

/* A pipe_sequence's value is its one command until the first '|' (most pipelines: no
 * allocation at all, and a value of one pointer keeps the parser's stack copies small); then a
 * NODE_PIPELINE whose cmds array doubles when ncmds reaches a power of two (from 4), so a long
 * pipeline is built in linear time. A command is never a NODE_PIPELINE: the kind tells which. */
static struct node *ps_add(struct arena *a, struct node *s, struct node *cmd)
{
    if (s->kind != NODE_PIPELINE) {
        struct node *p = ast_node(a, NODE_PIPELINE, s->lineno);
        p->pipeline.cmds = arena_alloc(a, 4 * sizeof *p->pipeline.cmds);
        p->pipeline.cmds[0] = s;
        p->pipeline.cmds[1] = cmd;
        p->pipeline.ncmds = 2;
        return p;
    }
    size_t n = s->pipeline.ncmds;
    if (n >= 4 && (n & (n - 1)) == 0) {
        struct node **cmds = arena_alloc(a, 2 * n * sizeof *cmds);
        memcpy(cmds, s->pipeline.cmds, n * sizeof *cmds);
        s->pipeline.cmds = cmds;
    }
    s->pipeline.cmds[n] = cmd;
    s->pipeline.ncmds = n + 1;
    return s;
}

/* conch mode's `time [-p] pipeline` (and `time` alone, ncmds 0): always a NODE_PIPELINE, which
 * exec/eval.c times as a whole. p is a pipe_sequence's value or mknegate's, or NULL. */
static struct node *mktimed(struct arena *a, int line, struct node *p, int posix)
{
    if (!p || p->kind != NODE_PIPELINE) {
        struct node *n = ast_node(a, NODE_PIPELINE, line);
        if (p) {
            n->pipeline.cmds = arena_alloc(a, sizeof *n->pipeline.cmds);
            n->pipeline.cmds[0] = p;
            n->pipeline.ncmds = 1;
        }
        p = n;
    }
    p->lineno = line;
    p->pipeline.timed = true;
    p->pipeline.time_posix = posix;
    return p;
}

/* conch mode's for (( init; cond; step )): the scanner links the three words by next. */
static struct node *mkarithfor(struct arena *a, int line, struct word *exprs, struct node *body)
{
    struct node *n = ast_node(a, NODE_ARITH_FOR, line);
    n->arith_for.init = exprs;
    n->arith_for.cond = exprs->next;
    n->arith_for.step = exprs->next->next;
    n->arith_for.body = body;
    return n;
}

/* and_or AND_IF/OR_IF pipeline: the first operator makes a NODE_ANDOR of two items, later
 * ones append to it. l can only be a NODE_ANDOR built by this rule: one written inside
 * braces or parentheses comes wrapped in its group node. */
static struct node *mkandor(struct arena *a, bool or, struct node *l, struct node *r)
{
    r->or = or;
    if (l->kind == NODE_ANDOR) {
        l->andor.tail->next = r;
        l->andor.tail = r;
        return l;
    }
    struct node *n = ast_node(a, NODE_ANDOR, l->lineno);
    l->next = r;
    n->andor.items = l;
    n->andor.tail = r;
    return n;
}

/* ---- [[ ... ]] (conch mode, as bash): the expression's nodes (ast.h struct cond) ---------- */
static struct cond *mkcond(struct arena *a, enum cond_kind kind, struct word *l, const char *op,
                           struct word *r)
{
    struct cond *c = arena_alloc(a, sizeof *c);
    c->kind = kind;
    c->l = l;
    c->op = op;
    c->r = r;
    return c;
}

/* l && r, l || r: a chain of one operator grows in place (left to right, flat, see ast.h); a
 * parenthesized chain stays one operand. */
static struct cond *cond_join(struct arena *a, enum cond_kind kind, struct cond *l, struct cond *r)
{
    if (l->kind == kind && !l->paren) {
        l->tail->next = r;
        l->tail = r;
        return l;
    }
    struct cond *c = mkcond(a, kind, NULL, NULL, NULL);
    l->next = r;
    c->kids = l;
    c->tail = r;
    return c;
}

/* The operators of [[ ]] are recognized only when written unquoted, as bash does: `[[ a "==" b
 * ]]` is a syntax error there, not a comparison. ORDER: exec/cond.c evaluates these. */
static bool cond_unary_op(const char *s)
{
    return s && s[0] == '-' && s[1] && !s[2] && strchr("abcdefgGhknLNoOprsStuvwxz", s[1]);
}

static bool cond_binary_op(const char *s)
{
    static const char *const ops[] = { "==", "=", "!=", "=~", "-eq", "-ne", "-lt", "-le",
                                       "-gt", "-ge", "-nt", "-ot", "-ef" };
    for (size_t i = 0; s && i < sizeof ops / sizeof ops[0]; i++)
        if (strcmp(s, ops[i]) == 0)
            return true;
    return false;
}

/* The primaries: WORD, WORD WORD, WORD WORD WORD (op is NULL: the middle word must be a binary
 * operator). NULL after the message (status 2, as other syntax errors). Out of line: the
 * parser's hot loop shares a function with every action, and these are rare. */
static __attribute__((noinline)) struct cond *mkprimary(struct pctx *ctx, int line, struct word *a,
                                                         struct word *b, const char *op,
                                                         struct word *c)
{
    if (!b) {
        /* `[[ -f ]]` is an error in bash, not a test of the string "-f". */
        if (!cond_unary_op(word_literal(a)))
            return mkcond(A, COND_STRING, a, NULL, NULL);
        error_at(ctx->name, line, "syntax error in [[ ]]: '%s' needs an operand", word_literal(a));
        ctx->reported = true;
        return NULL;
    }
    struct word *opw = c ? b : a;
    if (!op) {
        op = word_literal(opw);
        if (!(c ? cond_binary_op(op) : cond_unary_op(op))) {
            error_at(ctx->name, line, "syntax error in [[ ]]: '%s' is not a %s operator",
                     word_plain_text(ctx->arena, opw), c ? "binary" : "unary");
            ctx->reported = true;
            return NULL;
        }
    }
    return c ? mkcond(A, COND_BINARY, a, op, c) : mkcond(A, COND_UNARY, b, op, NULL);
}

/* XCU 2.10.2 rule 8: a function name must be a valid name (XBD 3.216). */
static bool valid_name(const char *s)
{
    if (!s || !(*s == '_' || (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')))
        return false;
    for (s++; *s; s++)
        if (!(*s == '_' || (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')
              || (*s >= '0' && *s <= '9')))
            return false;
    return true;
}

/* conch mode, as bash outside POSIX mode: a function name may hold other characters
 * (bash-completion defines _mkfs.bfs_module and _systemd-delta), but no expansion, quote,
 * slash or `=`, and not only digits. */
static bool valid_ext_name(const char *s)
{
    return s && *s && !strpbrk(s, "$`'\"\\/=") && strspn(s, "0123456789") < strlen(s);
}

/* XCU 2.9.5 function definition (both spellings); NULL after the message for a bad name. */
static __attribute__((noinline)) struct node *mkfuncdef(struct pctx *ctx, int line, struct word *name, struct node *body)
{
    const char *fn = word_literal(name);
    if (!valid_name(fn) && !(options_extensions() && valid_ext_name(fn))) {
        error_at(ctx->name, line, "syntax error: bad function name");
        ctx->reported = true;
        return NULL;
    }
    struct node *n = ast_node(A, NODE_FUNCDEF, line);
    n->funcdef.name = fn;
    n->funcdef.body = body;
    n->funcdef.arena = A;
    return n;
}
}


/* ORDER: classify.c's reserved-word table and token names for messages follow these. */
%token <word> WORD NAME
%token <assign> ASSIGNMENT_WORD
%token NEWLINE
%token <num> IO_NUMBER
%token AND_IF "&&" OR_IF "||" DSEMI ";;" SEMI_AND ";&"
%token <hd> DLESS "<<" DLESSDASH "<<-"
%token DGREAT ">>" LESSAND "<&" GREATAND ">&" LESSGREAT "<>" CLOBBER ">|"
/* conch mode (bash): the scanner returns these only when options_extensions(). */
%token PIPE_AND "|&" AND_GREAT "&>" AND_DGREAT "&>>" TLESS "<<<" DSEMI_AND ";;&"
%token <word> IO_VARNAME
%token If "if" Then "then" Else "else" Elif "elif" Fi "fi" Do "do" Done "done"
%token Case "case" Esac "esac" While "while" Until "until" For "for"
%token Lbrace "{" Rbrace "}" Bang "!" In "in"
%token Dlbrack "[[" Drbrack "]]" Function "function" Select "select"
%token END
/* conch mode only (classify.c and the scanner never make them in POSIX mode): the word of a
 * (( )) command, or the three of a for (( )) header linked by next; time and its -p. */
%token <word> DPAREN "(("
%token Time "time" TimeP "-p"
%token START_LINE START_CMDSUB START_BQ

%type <node> list term and_or and_or_more pipeline command compound_command compound_list
%type <node> else_part
%type <node> function_definition function_body do_group
%type <cond> cond_or cond_and cond_not cond_primary
%type <node> pipe_sequence
%type <wl> wordlist pattern
%type <cl> case_list case_list_ns
%type <item> case_item case_item_ns
%type <cp> cmd_prefix cmd_suffix
%type <rl> redirect_list
%type <redir> io_redirect
%type <num> separator_op separator case_sep timespec

%%

/* The three start rules are written out (complete_command, list [separator_op], too): a
 * complete command then costs two reductions less. */
start
    /* A lone pipe_sequence, the most frequent complete command, is not reduced to a list. */
    : START_LINE pipe_sequence NEWLINE     { ctx->result = $2; DONE(); }
    | START_LINE list NEWLINE              { ctx->result = ll_node(A, $2); DONE(); }
    | START_LINE pipe_sequence separator_op NEWLINE
        { ctx->result = ll_node(A, ll_sep($2, $3)); DONE(); }
    | START_LINE list separator_op NEWLINE { ctx->result = ll_node(A, ll_sep($2, $3)); DONE(); }
    | START_LINE NEWLINE                   { ctx->result = NULL; DONE(); }
    | START_LINE pipe_sequence END
        { ctx->result = $2; ctx->at_eof = true; DONE(); }
    | START_LINE list END
        { ctx->result = ll_node(A, $2); ctx->at_eof = true; DONE(); }
    | START_LINE pipe_sequence separator_op END
        { ctx->result = ll_node(A, ll_sep($2, $3)); ctx->at_eof = true; DONE(); }
    | START_LINE list separator_op END
        { ctx->result = ll_node(A, ll_sep($2, $3)); ctx->at_eof = true; DONE(); }
    | START_LINE END                       { ctx->result = NULL; ctx->at_eof = true; DONE(); }
    /* $( ... ) */
    | START_CMDSUB linebreak ')'           { ctx->result = NULL; DONE(); }
    | START_CMDSUB compound_list ')'       { ctx->result = $2; DONE(); }
    /* `...` */
    | START_BQ linebreak END               { ctx->result = NULL; DONE(); }
    | START_BQ compound_list END           { ctx->result = $2; DONE(); }
    ;

/* list and term take a lone pipe_sequence (the most frequent and_or) themselves: one reduction
 * less for each command of a list. A list here is any but a lone pipe_sequence, which start
 * takes itself (one reduction less per complete command). */
list
    : list separator_op pipe_sequence          { $$ = ll_add(A, ll_sep($1, $2), $3); }
    | list separator_op and_or_more            { $$ = ll_add(A, ll_sep($1, $2), $3); }
    | pipe_sequence separator_op pipe_sequence { $$ = ll_add(A, ll_sep($1, $2), $3); }
    | pipe_sequence separator_op and_or_more   { $$ = ll_add(A, ll_sep($1, $2), $3); }
    | and_or_more                              { $$ = $1; }
    ;

/* The first pipeline's rules are written out here, and a pipe_sequence's first command's below,
 * rather than reached through the unit rules and_or: pipeline, pipe_sequence: command and
 * command: simple_command: a simple command then costs the automaton three reductions less. */
and_or
    : pipe_sequence      { $$ = $1; }
    | and_or_more        { $$ = $1; }
    ;

/* An and_or other than a lone pipe_sequence. */
and_or_more
    : Bang pipe_sequence { $$ = mknegate(A, $2); $$->lineno = $<line>1; }
    | timespec pipe_sequence      { $$ = mktimed(A, $<line>1, $2, $1); }
    | timespec Bang pipe_sequence { $$ = mktimed(A, $<line>1, mknegate(A, $3), $1); }
    | Bang timespec pipe_sequence { $$ = mktimed(A, $<line>1, mknegate(A, $3), $2); }
    | timespec                    { $$ = mktimed(A, $<line>1, NULL, $1); }
    | and_or AND_IF pipe_sequence              { $$ = mkandor(A, false, $1, $3); }
    | and_or AND_IF newline_list pipe_sequence { $$ = mkandor(A, false, $1, $4); }
    | and_or OR_IF pipe_sequence               { $$ = mkandor(A, true, $1, $3); }
    | and_or OR_IF newline_list pipe_sequence  { $$ = mkandor(A, true, $1, $4); }
    | and_or AND_IF pipeline                   { $$ = mkandor(A, false, $1, $3); }
    | and_or AND_IF newline_list pipeline      { $$ = mkandor(A, false, $1, $4); }
    | and_or OR_IF pipeline                    { $$ = mkandor(A, true, $1, $3); }
    | and_or OR_IF newline_list pipeline       { $$ = mkandor(A, true, $1, $4); }
    ;

/* Any pipeline but a lone pipe_sequence, which and_or_more takes itself: one reduction less for
 * most commands after && or ||. */
pipeline
    : Bang pipe_sequence { $$ = mknegate(A, $2); $$->lineno = $<line>1; }
    | timespec pipe_sequence      { $$ = mktimed(A, $<line>1, $2, $1); }
    | timespec Bang pipe_sequence { $$ = mktimed(A, $<line>1, mknegate(A, $3), $1); }
    | Bang timespec pipe_sequence { $$ = mktimed(A, $<line>1, mknegate(A, $3), $2); }
    | timespec                    { $$ = mktimed(A, $<line>1, NULL, $1); }
    ;

timespec
    : Time       { $$ = 0; }
    | Time TimeP { $$ = 1; }
    ;

pipe_sequence
    /* simple_command's rules, the most frequent first command of all. A command of
     * assignments and redirections alone ends with cmd_prefix's last rule, written out here,
     * so that `x=1` alone (frequent) is one reduction with no struct cmdparts. */
    : cmd_prefix WORD cmd_suffix { $$ = mksimple(A, $<line>1, $1, $2, $3); }
    | cmd_prefix WORD            { $$ = mksimple(A, $<line>1, $1, $2, NULL); }
    | ASSIGNMENT_WORD            { $$ = mkassigns(A, $<line>1, $1); }
    | io_redirect                { $$ = mksimple(A, $<line>1, cp_redir(cp_new(A), $1), NULL, NULL); }
    | cmd_prefix ASSIGNMENT_WORD { $$ = mksimple(A, $<line>1, cp_assign($1, $2), NULL, NULL); }
    | cmd_prefix io_redirect     { $$ = mksimple(A, $<line>1, cp_redir($1, $2), NULL, NULL); }
    | WORD cmd_suffix            { $$ = mksimple(A, $<line>1, NULL, $1, $2); }
    | WORD                       { $$ = mksimple(A, $<line>1, NULL, $1, NULL); }
    | compound_command               { $$ = $1; }
    | compound_command redirect_list { $$ = $1; $$->redirs = $2->head; }
    | function_definition            { $$ = $1; }
    | pipe_sequence '|' command               { $$ = ps_add(A, $1, $3); }
    | pipe_sequence '|' newline_list command  { $$ = ps_add(A, $1, $4); }
    | pipe_sequence PIPE_AND command          { $$ = ps_add(A, pipe_stderr($1, A), $3); }
    | pipe_sequence PIPE_AND newline_list command { $$ = ps_add(A, pipe_stderr($1, A), $4); }
    ;

/* command: simple_command | compound_command ...; simple_command's rules (below) are command's
 * own, rather than reached through that unit rule. */
command
    : compound_command             { $$ = $1; }
    | compound_command redirect_list { $$ = $1; $$->redirs = $2->head; }
    | function_definition          { $$ = $1; }
    ;

/* compound_command: brace_group | subshell | for_clause | case_clause | if_clause | while_clause
 * | until_clause, and conch mode's clauses. Each clause's rules below are compound_command's own,
 * headed by the standard's name for them, rather than reached through those unit rules: a
 * compound command costs one reduction less. (Bison takes the rules of one nonterminal in
 * several groups.) */

compound_command /* arith_command */
    : DPAREN { $$ = ast_node(A, NODE_ARITH, $<line>1); $$->arith.expr = $1; }
    ;

/* As bash: `;` or newlines before the body, which may be a brace group. */
compound_command /* arith_for_clause */
    : For DPAREN do_group                   { $$ = mkarithfor(A, $<line>1, $2, $3); }
    | For DPAREN sequential_sep do_group    { $$ = mkarithfor(A, $<line>1, $2, $4); }
    | For DPAREN Lbrace compound_list Rbrace { $$ = mkarithfor(A, $<line>1, $2, $4); }
    | For DPAREN sequential_sep Lbrace compound_list Rbrace { $$ = mkarithfor(A, $<line>1, $2, $5); }
    ;

compound_command /* subshell */
    : '(' compound_list ')' { $$ = mkgroup(A, NODE_SUBSHELL, $<line>1, $2); }
    ;

/* linebreak term [separator], the optional newlines spelled out: an empty linebreak would cost
 * a reduction at the start of every body, and so would a newline_list of the one newline most
 * bodies start with (after `then`, `do`, `{` ...): a single NEWLINE is taken here, more are
 * newline_list NEWLINE. So is a separator of one ';' or one newline, the most frequent (see
 * separator), and so is a term of one pipe_sequence, most bodies: each costs a reduction less
 * for it. The rules are those three choices multiplied out. */
compound_list
    : pipe_sequence                                { $$ = $1; }
    | NEWLINE pipe_sequence                        { $$ = $2; }
    | newline_list NEWLINE pipe_sequence           { $$ = $3; }
    | pipe_sequence ';'                            { $$ = $1; }
    | NEWLINE pipe_sequence ';'                    { $$ = $2; }
    | newline_list NEWLINE pipe_sequence ';'       { $$ = $3; }
    | pipe_sequence NEWLINE                        { $$ = $1; }
    | NEWLINE pipe_sequence NEWLINE                { $$ = $2; }
    | newline_list NEWLINE pipe_sequence NEWLINE   { $$ = $3; }
    | pipe_sequence separator                      { $$ = ll_node(A, ll_sep($1, $2)); }
    | NEWLINE pipe_sequence separator              { $$ = ll_node(A, ll_sep($2, $3)); }
    | newline_list NEWLINE pipe_sequence separator { $$ = ll_node(A, ll_sep($3, $4)); }
    | term                                         { $$ = ll_node(A, $1); }
    | NEWLINE term                                 { $$ = ll_node(A, $2); }
    | newline_list NEWLINE term                    { $$ = ll_node(A, $3); }
    | term ';'                                     { $$ = ll_node(A, $1); }
    | NEWLINE term ';'                             { $$ = ll_node(A, $2); }
    | newline_list NEWLINE term ';'                { $$ = ll_node(A, $3); }
    | term NEWLINE                                 { $$ = ll_node(A, $1); }
    | NEWLINE term NEWLINE                         { $$ = ll_node(A, $2); }
    | newline_list NEWLINE term NEWLINE            { $$ = ll_node(A, $3); }
    | term separator                               { $$ = ll_node(A, ll_sep($1, $2)); }
    | NEWLINE term separator                       { $$ = ll_node(A, ll_sep($2, $3)); }
    | newline_list NEWLINE term separator          { $$ = ll_node(A, ll_sep($3, $4)); }
    ;

/* A term here is any but a lone pipe_sequence, which compound_list takes itself. */
term
    : term ';' pipe_sequence                { $$ = ll_add(A, $1, $3); }
    | term ';' and_or_more                  { $$ = ll_add(A, $1, $3); }
    | term NEWLINE pipe_sequence            { $$ = ll_add(A, $1, $3); }
    | term NEWLINE and_or_more              { $$ = ll_add(A, $1, $3); }
    | term separator pipe_sequence          { $$ = ll_add(A, ll_sep($1, $2), $3); }
    | term separator and_or_more            { $$ = ll_add(A, ll_sep($1, $2), $3); }
    | pipe_sequence ';' pipe_sequence       { $$ = ll_add(A, $1, $3); }
    | pipe_sequence ';' and_or_more         { $$ = ll_add(A, $1, $3); }
    | pipe_sequence NEWLINE pipe_sequence   { $$ = ll_add(A, $1, $3); }
    | pipe_sequence NEWLINE and_or_more     { $$ = ll_add(A, $1, $3); }
    | pipe_sequence separator pipe_sequence { $$ = ll_add(A, ll_sep($1, $2), $3); }
    | pipe_sequence separator and_or_more   { $$ = ll_add(A, ll_sep($1, $2), $3); }
    | and_or_more                           { $$ = $1; }
    ;

/* NAME and In stand where the standard has name and in (rules 5 and 6, which classify.c
 * applies), without those unit rules: a reduction less each. */
compound_command /* for_clause */
    : For NAME do_group
        { $$ = mkfor(A, $<line>1, $2, false, NULL, $3); }
    | For NAME sequential_sep do_group
        { $$ = mkfor(A, $<line>1, $2, false, NULL, $4); }
    | For NAME linebreak In sequential_sep do_group
        { $$ = mkfor(A, $<line>1, $2, true, NULL, $6); }
    | For NAME linebreak In wordlist sequential_sep do_group
        { $$ = mkfor(A, $<line>1, $2, true, $5->head, $7); }
    ;

/* Conch mode (bash): select NAME [in words]; do list; done — for_clause's shape. */
compound_command /* select_clause */
    : Select NAME do_group
        { $$ = mkfor(A, $<line>1, $2, false, NULL, $3); $$->for_.select = true; }
    | Select NAME sequential_sep do_group
        { $$ = mkfor(A, $<line>1, $2, false, NULL, $4); $$->for_.select = true; }
    | Select NAME linebreak In sequential_sep do_group
        { $$ = mkfor(A, $<line>1, $2, true, NULL, $6); $$->for_.select = true; }
    | Select NAME linebreak In wordlist sequential_sep do_group
        { $$ = mkfor(A, $<line>1, $2, true, $5->head, $7); $$->for_.select = true; }
    ;

/* Conch mode (bash): [[ expression ]]. classify.c hands over `[[`, `]]` and `!` as keywords
 * and `(` `)` `&&` `||` `<` `>` come as operators; everything else is a WORD, checked here.
 * Precedence as in bash: ! binds tightest, then &&, then ||. Newlines may follow [[ ( && ||. */
compound_command /* cond_command */
    : Dlbrack linebreak cond_or Drbrack
        { $$ = ast_node(A, NODE_COND, $<line>1); $$->cond.expr = $3; }
    ;

cond_or
    : cond_and                          { $$ = $1; }
    | cond_or OR_IF linebreak cond_and  { $$ = cond_join(A, COND_OR, $1, $4); }
    ;

cond_and
    : cond_not                          { $$ = $1; }
    | cond_and AND_IF linebreak cond_not { $$ = cond_join(A, COND_AND, $1, $4); }
    ;

cond_not
    : cond_primary   { $$ = $1; }
    | Bang cond_not  { $$ = mkcond(A, COND_NOT, NULL, NULL, NULL); $$->kids = $2; }
    ;

cond_primary
    : '(' linebreak cond_or ')' { $$ = $3; $$->paren = true; }
    | WORD                { if (!($$ = mkprimary(ctx, $<line>1, $1, NULL, NULL, NULL))) YYABORT; }
    | WORD WORD           { if (!($$ = mkprimary(ctx, $<line>1, $1, $2, NULL, NULL))) YYABORT; }
    | WORD WORD WORD      { if (!($$ = mkprimary(ctx, $<line>1, $1, $2, NULL, $3))) YYABORT; }
    | WORD '<' WORD       { $$ = mkprimary(ctx, $<line>1, $1, $1, "<", $3); }
    | WORD '>' WORD       { $$ = mkprimary(ctx, $<line>1, $1, $1, ">", $3); }
    ;

wordlist
    : wordlist WORD { $$ = wl_add($1, $2); }
    | WORD          { $$ = wl_new(A, $1); }
    ;

compound_command /* case_clause */
    : Case WORD linebreak In linebreak case_list Esac    { $$ = mkcase(A, $<line>1, $2, $6); }
    | Case WORD linebreak In linebreak case_list_ns Esac { $$ = mkcase(A, $<line>1, $2, $6); }
    | Case WORD linebreak In linebreak Esac
        { $$ = mkcase(A, $<line>1, $2, NULL); }
    ;

case_list_ns
    : case_list case_item_ns { $$ = cl_add($1, $2); }
    | case_item_ns           { $$ = cl_new(A, $1); }
    ;

case_list
    : case_list case_item { $$ = cl_add($1, $2); }
    | case_item           { $$ = cl_new(A, $1); }
    ;

case_item_ns
    : pattern ')' linebreak         { $$ = mkitem(A, $1, NULL, CASE_BREAK); }
    | pattern ')' compound_list     { $$ = mkitem(A, $1, $3, CASE_BREAK); }
    | '(' pattern ')' linebreak     { $$ = mkitem(A, $2, NULL, CASE_BREAK); }
    | '(' pattern ')' compound_list { $$ = mkitem(A, $2, $4, CASE_BREAK); }
    ;

/* ;& (fall through to the next item's body) is in XCU 2.9.4.3 since POSIX.1-2024. */
/* The standard's `case_sep linebreak` is case_sep here: it takes the newlines after itself, the
 * one that nearly always follows written out (a newline_list of one costs a reduction). */
case_item
    : pattern ')' linebreak case_sep         { $$ = mkitem(A, $1, NULL, $4); }
    | pattern ')' compound_list case_sep     { $$ = mkitem(A, $1, $3, $4); }
    | '(' pattern ')' linebreak case_sep     { $$ = mkitem(A, $2, NULL, $5); }
    | '(' pattern ')' compound_list case_sep { $$ = mkitem(A, $2, $4, $5); }
    ;

case_sep
    : DSEMI                             { $$ = CASE_BREAK; }
    | DSEMI NEWLINE                     { $$ = CASE_BREAK; }
    | DSEMI NEWLINE newline_list        { $$ = CASE_BREAK; }
    | SEMI_AND                          { $$ = CASE_FALLTHROUGH; }
    | SEMI_AND NEWLINE                  { $$ = CASE_FALLTHROUGH; }
    | SEMI_AND NEWLINE newline_list     { $$ = CASE_FALLTHROUGH; }
    | DSEMI_AND                         { $$ = CASE_CONTINUE; }
    | DSEMI_AND NEWLINE                 { $$ = CASE_CONTINUE; }
    | DSEMI_AND NEWLINE newline_list    { $$ = CASE_CONTINUE; }
    ;

pattern
    : WORD             { $$ = wl_new(A, $1); }
    | pattern '|' WORD { $$ = wl_add($1, $3); }
    ;

compound_command /* if_clause */
    : If compound_list Then compound_list else_part Fi
        { $$ = mkif(A, $<line>1, $2, $4, $5, false); }
    | If compound_list Then compound_list Fi
        { $$ = mkif(A, $<line>1, $2, $4, NULL, false); }
    ;

else_part
    : Elif compound_list Then compound_list
        { $$ = mkif(A, $<line>1, $2, $4, NULL, true); }
    | Elif compound_list Then compound_list else_part
        { $$ = mkif(A, $<line>1, $2, $4, $5, true); }
    | Else compound_list
        { $$ = $2; }
    ;

compound_command /* while_clause */
    : While compound_list do_group { $$ = mkloop(A, NODE_WHILE, $<line>1, $2, $3); }
    ;

compound_command /* until_clause */
    : Until compound_list do_group { $$ = mkloop(A, NODE_UNTIL, $<line>1, $2, $3); }
    ;

/* The standard's fname is NAME (rule 8); the scanner cannot know a word is a function name until
 * it sees the '(' after it, so any WORD is taken here and mkfuncdef checks it. That WORD stands
 * in the rules themselves and the linebreak after the () is spelled out, rather than reached
 * through a unit rule and an empty one: a function definition costs two reductions less. */
function_definition
    : WORD '(' ')' function_body
        { if (!($$ = mkfuncdef(ctx, $<line>1, $1, $4))) YYABORT; }
    | WORD '(' ')' newline_list function_body
        { if (!($$ = mkfuncdef(ctx, $<line>1, $1, $5))) YYABORT; }
    /* Conch mode (bash): `function NAME [()] compound-command`. Without the (), a body that is
     * a ( subshell ) starts with the same token as the (): the linebreak is spelled out in two
     * rules so the parser decides on the token after the '(' (')' or not), with no conflict. */
    | Function WORD '(' ')' linebreak function_body
        { if (!($$ = mkfuncdef(ctx, $<line>1, $2, $6))) YYABORT; }
    | Function WORD newline_list function_body
        { if (!($$ = mkfuncdef(ctx, $<line>1, $2, $4))) YYABORT; }
    | Function WORD function_body
        { if (!($$ = mkfuncdef(ctx, $<line>1, $2, $3))) YYABORT; }
    ;

function_body
    : compound_command               { $$ = $1; }
    | compound_command redirect_list { $$ = $1; $$->redirs = $2->head; }
    ;

compound_command /* brace_group */
    : Lbrace compound_list Rbrace { $$ = mkgroup(A, NODE_GROUP, $<line>1, $2); }
    ;

do_group
    : Do compound_list Done { $$ = $2; }
    ;

command /* simple_command */
    : cmd_prefix WORD cmd_suffix { $$ = mksimple(A, $<line>1, $1, $2, $3); }
    | cmd_prefix WORD            { $$ = mksimple(A, $<line>1, $1, $2, NULL); }
    | cmd_prefix                 { $$ = mksimple(A, $<line>1, $1, NULL, NULL); }
    | WORD cmd_suffix            { $$ = mksimple(A, $<line>1, NULL, $1, $2); }
    | WORD                       { $$ = mksimple(A, $<line>1, NULL, $1, NULL); }
    ;

cmd_prefix
    : io_redirect                 { $$ = cp_redir(cp_new(A), $1); }
    | cmd_prefix io_redirect      { $$ = cp_redir($1, $2); }
    | ASSIGNMENT_WORD             { $$ = cp_assign(cp_new(A), $1); }
    | cmd_prefix ASSIGNMENT_WORD  { $$ = cp_assign($1, $2); }
    ;

cmd_suffix
    : io_redirect            { $$ = cp_redir(cp_new(A), $1); }
    | cmd_suffix io_redirect { $$ = cp_redir($1, $2); }
    | WORD                   { $$ = cp_word(cp_new(A), $1); }
    | cmd_suffix WORD        { $$ = cp_word($1, $2); }
    ;

redirect_list
    : io_redirect               { $$ = rl_new(A, $1); }
    | redirect_list io_redirect { $$ = rl_add($1, $2); }
    ;

/* The standard's io_file and io_here are written out here rather than reached through the unit
 * rules io_redirect: io_file and io_redirect: io_here: a redirection costs one reduction less.
 * Its IO_NUMBER io_file and IO_NUMBER io_here become IO_NUMBER io_redirect, which takes no more:
 * the scanner makes an IO_NUMBER (or an IO_VARNAME) only right before a '<' or '>' operator. */
io_redirect
    /* io_file */
    : '<' WORD           { $$ = mkredir(A, REDIR_IN, $2); }
    | LESSAND WORD       { $$ = mkredir(A, REDIR_DUPIN, $2); }
    | '>' WORD           { $$ = mkredir(A, REDIR_OUT, $2); }
    | GREATAND WORD      { $$ = mkredir(A, REDIR_DUPOUT, $2); }
    | DGREAT WORD        { $$ = mkredir(A, REDIR_APPEND, $2); }
    | LESSGREAT WORD     { $$ = mkredir(A, REDIR_RDWR, $2); }
    | CLOBBER WORD       { $$ = mkredir(A, REDIR_CLOBBER, $2); }
    | AND_GREAT WORD     { $$ = mkredir(A, REDIR_OUTERR, $2); }
    | AND_DGREAT WORD    { $$ = mkredir(A, REDIR_APPENDERR, $2); }
    | TLESS WORD         { $$ = mkredir(A, REDIR_HERESTRING, $2); }
    /* io_here: the scanner made the struct heredoc when it saw the operator and fills in the
     * body when it reaches the next newline (XCU 2.7.4), so the parser only links it to the
     * redirection. */
    | DLESS WORD         { $$ = mkredir(A, REDIR_HEREDOC, $2); $$->heredoc = $1; }
    | DLESSDASH WORD     { $$ = mkredir(A, REDIR_HEREDOC_STRIP, $2); $$->heredoc = $1; }
    | IO_NUMBER io_redirect  { $$ = $2; $$->fd = $1; }
    | IO_VARNAME io_redirect { $$ = $2; $$->varname = word_literal($1); }
    ;

newline_list
    : NEWLINE
    | newline_list NEWLINE
    ;

linebreak
    : newline_list
    | %empty
    ;

separator_op
    : '&' { $$ = 1; }
    | ';' { $$ = 0; }
    ;

/* separator_op linebreak | newline_list, except a lone ';' or newline: term and compound_list
 * take those themselves, which saves a reduction for nearly every separator. */
separator
    : '&'                { $$ = 1; }
    | ';' NEWLINE        { $$ = 0; }
    | NEWLINE NEWLINE    { $$ = 0; }
    | separator NEWLINE  { $$ = $1; }
    ;

/* ';' linebreak | newline_list, the linebreak spelled out: `; do` reduces no empty rule. */
sequential_sep
    : ';'
    | ';' newline_list
    | newline_list
    ;

%%

/* "syntax error near unexpected token 'fi'", or "unexpected end of file" (parse/driver.c). */
static int yyreport_syntax_error(const yypcontext_t *yyctx, struct pctx *ctx)
{
    (void)yypcontext_expected_tokens; /* bash-style messages do not list what was expected */
    (void)yyctx;
    parse_report_unexpected(ctx, ctx->lval->line);
    return 0;
}

/* Bison's own failures (the parser stack is limited to YYMAXDEPTH, so absurdly deep nesting is
 * an error, never a crash). */
static void yyerror(struct pctx *ctx, const char *msg)
{
    /* The only message Bison sends here is "memory exhausted": its stack is full. */
    if (strstr(msg, "exhausted"))
        error_at(ctx->name, ctx->lval->line, "syntax error: commands nested too deeply");
    else
        error_at(ctx->name, ctx->lval->line, "%s", msg);
    ctx->reported = true;
}
