/* ast.h — the tree of one complete command, built by grammar/parser.y and walked by src/exec/.
 * Everything here lives in the arena of the command that was parsed (see lib/arena.h). */
#ifndef CONCH_AST_H
#define CONCH_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;
struct node;

/* ---- Words (XCU 2.3, 2.6) ------------------------------------------------------------------
 * A word is a flat list of parts. Quote removal already happened while scanning: a part's
 * `quoted` flag says whether its characters came from inside quotes (or after a backslash),
 * so field splitting and pathname expansion know exactly which characters were quoted.
 *   hello          -> LIT("hello")
 *   'a b'c         -> LIT("a b", quoted) LIT("c")
 *   "x$y"\*        -> LIT("x", quoted) PARAM(y, quoted) LIT("*", quoted)
 *   ""             -> LIT("", quoted)       (an empty quoted part keeps the empty field)
 *   ~/d            -> LIT("~/d")            (tilde prefixes are found by expansion, XCU 2.6.1)
 */
enum part_kind {
    PART_LIT,    /* literal text */
    PART_PARAM,  /* $name, ${...}   (XCU 2.6.2) */
    PART_CMDSUB, /* $(...) or `...` (XCU 2.6.3) */
    PART_ARITH,  /* $((...))        (XCU 2.6.4) */
    PART_ARRAY,  /* conch mode: the (w1 w2 ...) of name=(w1 w2 ...); only after an assignment's
                    '=' or a declaration utility's NAME= (classify.c checks) */
};

/* ${name OP arg}. ORDER: unparse.c and exec/param.c switch on these. */
enum param_op {
    PARAM_PLAIN,       /* $x ${x} */
    PARAM_LENGTH,      /* ${#x} */
    PARAM_DEFAULT,     /* ${x-w}  ${x:-w} */
    PARAM_ASSIGN,      /* ${x=w}  ${x:=w} */
    PARAM_ERROR,       /* ${x?w}  ${x:?w} */
    PARAM_ALTERNATE,   /* ${x+w}  ${x:+w} */
    PARAM_RM_SSUFFIX,  /* ${x%w} */
    PARAM_RM_LSUFFIX,  /* ${x%%w} */
    PARAM_RM_SPREFIX,  /* ${x#w} */
    PARAM_RM_LPREFIX,  /* ${x##w} */
    /* conch mode only (bash): the scanner refuses them in POSIX mode. */
    PARAM_SUBSTR,      /* ${x:off} ${x:off:len}: arg the offset, arg2 the length or NULL */
    PARAM_REPL,        /* ${x/p/r}: arg the pattern, arg2 the replacement or NULL */
    PARAM_REPL_ALL,    /* ${x//p/r} */
    PARAM_REPL_PREFIX, /* ${x/#p/r} */
    PARAM_REPL_SUFFIX, /* ${x/%p/r} */
    PARAM_UPPER1,      /* ${x^p} */
    PARAM_UPPER,       /* ${x^^p} */
    PARAM_LOWER1,      /* ${x,p} */
    PARAM_LOWER,       /* ${x,,p} */
    PARAM_TRANSFORM,   /* ${x@Q}: the letter in xform */
    PARAM_NAMES,       /* ${!prefix*} ${!prefix@}: name is the prefix, xform '*' or '@' */
    PARAM_BAD,         /* ${(k)x}: no parameter expansion; name is its whole text, and
                        * expanding it is an error (bad substitution) */
};

struct word;

/* conch mode: one element of name=(...): a word, or [index]=value (index not NULL). */
struct array_elem {
    struct word *index;
    struct word *value;
    struct array_elem *next;
};

/* ${name OP arg}: kept out of line, so that the common literal part stays 16 bytes. */
struct param_ref {
    const char *name; /* "x", "10", "@", "*", "#", "?", "-", "$", "!", "0" */
    struct word *arg; /* the word after the operator; NULL for PLAIN and LENGTH */
    /* conch mode: ${name[subscript]}: the subscript as written (an unquoted "@" or "*" for
     * every element), or NULL. keys: ${!name[@]}, the indices instead of the values. */
    struct word *subscript;
    bool keys;
    struct word *arg2; /* PARAM_SUBSTR's length, PARAM_REPL*'s replacement; else NULL */
    char xform;        /* PARAM_TRANSFORM's letter, PARAM_NAMES's '*' or '@' */
    bool indirect;     /* ${!name...}: name holds the name of the parameter to expand */
};

/* 16 bytes on LP64: a long line of short commands is mostly words of one literal part, so the
 * part's size is most of the tree's (ast.c). */
struct part {
    enum part_kind kind : 8;
    enum param_op param_op : 8; /* PARAM only */
    /* LIT: the text was quoted ('...', "...", \c, or a here-doc body).
     * PARAM/CMDSUB/ARITH: the expansion stands inside double quotes (no field splitting or
     * pathname expansion of its result). */
    bool quoted;          /* a whole byte: expansion tests it for every part */
    bool param_colon : 1; /* PARAM: ${x:-w} (also tests for null) vs ${x-w} */
    bool cmdsub_bq : 1;   /* CMDSUB: written `...` */
    bool param_braced : 1; /* PARAM: written ${x}, not $x (a here-doc delimiter keeps its text) */
    bool procsub : 1;     /* CMDSUB: conch mode's <(...) or >(...), a /dev/fd/N name */
    bool procsub_out : 1; /* CMDSUB with procsub: >(...), the command reads what is written */
    uint32_t lit_len;     /* LIT: the length of the text (the scanner refuses more than 4 GiB) */
    union {
        struct {
            const char *text; /* NUL-terminated; may contain any byte but NUL */
        } lit;
        struct param_ref *param;
        struct {
            struct node *body; /* NULL for an empty $( ) */
        } cmdsub;
        struct {
            struct array_elem *elems; /* PART_ARRAY: what stands between the parentheses */
        } array;
        struct {
            /* The expression as a word: parameter expansions and command substitutions inside
             * $((...)) are expanded first, then the text is evaluated (exec/arith.c). */
            struct word *expr;
        } arith;
    };
};

/* The parts follow the header in the same allocation. A word is never copied by value (its
 * parts would stay behind); word_one() makes a word of one part on the stack. */
struct word {
    struct word *next; /* next word of a list (arguments, for-words, case patterns) */
    unsigned nparts;
    int lineno;
    struct part parts[];
};

/* Room for a word of one part, for code that hands a single part to a word function. */
union word1 {
    struct word w;
    char room[sizeof(struct word) + sizeof(struct part)];
};
static inline struct word *word_one(union word1 *u, const struct part *p)
{
    u->w.next = NULL;
    u->w.nparts = 1;
    u->w.lineno = 0;
    u->w.parts[0] = *p;
    return &u->w;
}

/* The word's text if it is one unquoted literal part (no quotes, no expansions), else NULL.
 * Used for reserved words, alias names, NAME checks and the fast path straight into argv. */
const char *word_literal(const struct word *w);
/* True if any part of the word is quoted (a here-doc delimiter with quotes disables expansion). */
bool word_has_quotes(const struct word *w);
/* The word's characters with quotes removed and expansions left as written ("$x", "$(...)" via
 * unparse); for here-doc delimiters and messages. Allocated in arena a. */
char *word_plain_text(struct arena *a, const struct word *w);

/* conch mode (parse/subscript.c): w begins with the unquoted text NAME[ (name_len bytes of
 * NAME; 0 for a bare [). If the matching ] is followed by = or += in unquoted text, sets
 * *index (the text between the brackets), *value (the rest; never NULL) and *append, all
 * in arena a, and returns true. */
bool subscript_split(struct arena *a, const struct word *w, size_t name_len, struct word **index,
                     struct word **value, bool *append);
/* True if a part of w is a PART_ARRAY. */
bool word_has_array(const struct word *w);

/* ---- Redirections (XCU 2.7) ---------------------------------------------------------------- */
enum redir_kind {
    REDIR_IN,        /* <   */
    REDIR_OUT,       /* >   */
    REDIR_CLOBBER,   /* >|  */
    REDIR_APPEND,    /* >>  */
    REDIR_DUPIN,     /* <&  */
    REDIR_DUPOUT,    /* >&  */
    REDIR_RDWR,      /* <>  */
    REDIR_HEREDOC,   /* <<  */
    REDIR_HEREDOC_STRIP, /* <<- (leading tabs already stripped from the body) */
    /* conch mode (bash): */
    REDIR_OUTERR,    /* &>  : stdout and stderr to the file */
    REDIR_APPENDERR, /* &>> : both appended */
    REDIR_HERESTRING, /* <<< word: the word expanded, plus a newline, as standard input */
};

struct heredoc {
    /* The body after the command's line, filled in by the scanner when it reaches the newline.
     * Delimiter unquoted: parts are quoted LITs plus PARAM/CMDSUB/ARITH parts (XCU 2.7.4: only
     * $, ` and \ are special). Delimiter quoted: a single quoted LIT, taken as is. */
    struct word *body;
    bool expand; /* false when the delimiter had quotes */
};

struct redir {
    enum redir_kind kind;
    int fd;              /* the IO_NUMBER, or -1 for the operator's default (0 or 1) */
    struct word *target; /* file name, fd word ("3", "-"), or the here-doc delimiter as written */
    struct heredoc *heredoc; /* only for REDIR_HEREDOC and REDIR_HEREDOC_STRIP */
    /* conch mode's {name}>file: the descriptor is chosen by the shell (10 or above) and stored
     * in the variable name (or, for {name}>&-, read from it); fd is then -1. NULL otherwise. */
    const char *varname;
    struct redir *next;  /* redirections apply in this order */
};

/* ---- Commands (XCU 2.9, grammar 2.10.2) ---------------------------------------------------- */
/* ORDER: every walker of the tree switches on these; a new kind needs a case in each:
 * exec/eval.c (exec_node), exec/search.c (search_hash_tree), parse/unparse.c (put_node,
 * starts_with_paren, the pretty printer), parse/astdump.c (dump), parse/ast.c (node_size). */
enum node_kind {
    NODE_SIMPLE,   /* assignments, words, redirections */
    NODE_PIPELINE, /* [!] cmd | cmd ... (also a single command with !) */
    NODE_ANDOR,    /* p1 && p2 || p3 ...: a flat list, so long chains never nest */
    NODE_LIST,     /* items separated by ; & or newline */
    NODE_SUBSHELL, /* ( list ) */
    NODE_GROUP,    /* { list; } */
    NODE_IF,
    NODE_WHILE,
    NODE_UNTIL,
    NODE_FOR,
    NODE_CASE,
    NODE_FUNCDEF,
    NODE_ARITH,     /* conch mode: (( expression )) */
    NODE_ARITH_FOR, /* conch mode: for (( init; cond; step )) */
    NODE_COND,     /* [[ expression ]] (conch mode; exec/cond.c) */
};

struct assign {
    const char *name;
    struct word *value; /* never NULL: "x=" has a word with one empty unquoted LIT */
    struct assign *next;
    /* conch mode: name[index]=value (the subscript as written, else NULL), and name+=value
     * (append: appended to the old value, or elements added to an array). */
    struct word *index;
    bool append;
};

/* An expression of [[ ... ]] (conch mode, as bash). AND and OR chains are flat lists (kids,
 * chained by next), so `[[ a && a && ... ]]` is a loop, not a recursion per operator; only
 * ( ) and ! nest, and the parser's stack bounds how deeply. ORDER: exec/cond.c, unparse.c
 * (put_cond), astdump.c (dump_cond) switch on these. */
enum cond_kind {
    COND_AND,    /* kids && kids ... */
    COND_OR,     /* kids || kids ... */
    COND_NOT,    /* ! kids */
    COND_STRING, /* word: true if not empty */
    COND_UNARY,  /* op word: -f file, -n string, -v name ... */
    COND_BINARY, /* word op word: == != =~ < > -eq -nt ... */
};

struct cond {
    enum cond_kind kind : 8;
    bool paren;        /* written inside ( ): unparse puts the parentheses back */
    const char *op;    /* UNARY and BINARY: the operator as written ("-f", "==", "<") */
    struct word *l;    /* STRING, UNARY: the operand; BINARY: the left operand */
    struct word *r;    /* BINARY: the right operand (a pattern for == != , an ERE for =~) */
    struct cond *kids; /* AND, OR: two or more; NOT: one */
    struct cond *tail; /* AND, OR: the last of kids (the parser appends there) */
    struct cond *next; /* the next operand of the AND or OR holding this one */
};

enum case_term {
    CASE_BREAK /* ;; or last item */,
    CASE_FALLTHROUGH /* ;& */,
    CASE_CONTINUE /* conch mode's ;;& (bash): test the next items' patterns too */,
};

struct case_item {
    struct word *patterns; /* pattern words, linked by word.next */
    struct node *body;     /* NULL for an empty item "x) ;;" */
    enum case_term term;
    struct case_item *next;
};

/* A node is allocated with only its kind's member of the union (ast.c), so it is never copied
 * whole and never changes kind.
 * Lists and AND-OR lists chain their items through `next` instead of cells of their own: on
 * a long line of short commands that is a third of the memory. No node is an item of two
 * lists: the items of a NODE_ANDOR are pipelines, and a NODE_ANDOR (or a lone pipeline) is
 * the item of a NODE_LIST. XCU 2.9.3.2: `a && b || c` is one NODE_ANDOR of three items,
 * evaluated left to right, so 100000 operators are a loop, not 100000 levels of recursion. */
struct node {
    enum node_kind kind : 8;
    bool async;           /* an item of a NODE_LIST terminated by & */
    bool or;              /* an item of a NODE_ANDOR joined to the one before by || (else &&) */
    bool has_assigns;     /* NODE_SIMPLE: allocated with simple.assigns_ (node_assigns) */
    int lineno;           /* line where the command starts ($LINENO, error messages) */
    struct node *next;    /* the next item of the NODE_LIST or NODE_ANDOR holding this node */
    struct redir *redirs; /* simple commands and compound commands; NULL if none */
    union {
        struct {
            struct word *args;      /* command name and arguments; NULL for "x=1" or ">f" */
            /* Only there when has_assigns: most commands have no assignments, and leaving
             * the field out of their allocation (ast_simple) is an eighth of a long line's
             * tree. Read it through node_assigns(). Last in the struct, ORDER: ast.c. */
            struct assign *assigns_;
        } simple;
        struct {
            struct node **cmds; /* ncmds >= 1, except for a timed empty pipeline */
            size_t ncmds;
            bool negate;        /* leading ! */
            /* conch mode's `time` before it (then ncmds may be 0: `time` alone); -p */
            bool timed, time_posix;
        } pipeline;
        struct {
            struct node *items; /* at least two, chained by next */
            struct node *tail;  /* the last item: the parser appends there */
        } andor;
        struct {
            struct node *items; /* at least one, chained by next */
            struct node *tail;  /* the last item: the parser appends there */
        } list;
        struct {
            struct node *body; /* NODE_SUBSHELL and NODE_GROUP */
        } group;
        struct {
            struct node *cond, *then_part;
            struct node *else_part; /* NULL, a list, or a NODE_IF for elif */
            bool is_elif;           /* this NODE_IF was written "elif" (for unparse) */
        } if_;
        struct {
            struct node *cond, *body; /* NODE_WHILE and NODE_UNTIL */
        } loop;
        struct {
            const char *var;
            bool has_in;        /* "for x in ..." vs "for x" (iterates over "$@") */
            bool select;        /* `select x in ...` (conch mode, exec/select.c), same shape */
            struct word *words; /* may be NULL with has_in: "for x in; do" */
            struct node *body;
        } for_;
        struct {
            struct word *subject;
            struct case_item *items; /* may be NULL */
        } case_;
        struct {
            /* Expanded like the inside of $(( )) when it runs, then evaluated (exec/arith.c). */
            struct word *expr;
        } arith;
        struct {
            /* Each may be an empty word; an empty cond is true. The body is the list of
             * do ... done (or of { ... }). */
            struct word *init, *cond, *step;
            struct node *body;
        } arith_for;
        struct {
            const char *name;
            struct node *body;      /* a compound command (with its own redirs) */
            struct arena *arena;    /* the arena body lives in; exec takes a reference */
        } funcdef;
        struct {
            struct cond *expr; /* NODE_COND */
        } cond;
    };
};

/* The assignments of a simple command, or NULL. */
static inline struct assign *node_assigns(const struct node *n)
{
    return n->has_assigns ? n->simple.assigns_ : NULL;
}

/* ---- Construction helpers for the parser (ast.c) ------------------------------------------- */
struct node *ast_node(struct arena *a, enum node_kind kind, int lineno);
/* A NODE_SIMPLE; with_assigns: it has room for simple.assigns_ (and has_assigns is set). */
struct node *ast_simple(struct arena *a, int lineno, bool with_assigns);

/* ---- Unparse (unparse.c): the tree back to shell text ---------------------------------------
 * Canonical one-line form used for job names (`jobs`), `type`, function listings and traces:
 * `a | b && c &`, `{ x; }`, `if a; then b; fi`, words re-quoted so the text re-parses to the
 * same tree. Appends to sb. */
struct strbuf;
void unparse_node(struct strbuf *sb, const struct node *n);
void unparse_word(struct strbuf *sb, const struct word *w);
/* Multi-line, indented form for `type f` / function listing (like bash's `type`). */
void unparse_node_pretty(struct strbuf *sb, const struct node *n, int indent);

/* ---- AST dump (astdump.c): `conch --ast` / `set -o dumpast` ---------------------------------
 * Prints an indented tree to stderr before a command runs, e.g. for `a | b && c &`:
 *   LIST
 *     ITEM (async)
 *       AND
 *         PIPELINE
 *           SIMPLE  a
 *           SIMPLE  b
 *         SIMPLE  c
 */
void astdump_node(const struct node *n);

#endif
