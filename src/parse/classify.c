/* classify.c — the token filter between grammar/scanner.l and grammar/parser.y (XCU 2.10.2 rules).
 * Decides from the previous tokens whether a word is a reserved word, NAME, ASSIGNMENT_WORD, or an
 * alias to substitute (XCU 2.3.1); the grammar never sees a keyword where POSIX says "argument". */
#include "config.h"

#include "lib/name.h"
#include "parse/parse_int.h"

#include "lib/arena.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "parse/ast.h"
#include "shell/alias.h"
#include "shell/options.h"

#include <stdio.h>
#include <string.h>

/* Where the next word stands. An LR parser cannot be trusted with this: after `if w; then w` it
 * would happily take `fi` as a keyword, but there `fi` is an argument (rule 1 applies only to the
 * first word of a command). So the filter follows the previous token, like dash's checkkwd.
 * There is one filter per parser frame: while the driver parses a $( ... ) with a nested frame,
 * the outer command's state waits on the C stack, so the frames are the context stack, and a
 * ')' is read against the state of the frame it belongs to (pattern end, subshell end, or the
 * end of the $( ) itself, which the grammar recognizes). */
enum cstate {
    CS_CMD,       /* first word of a command: reserved words (rule 1), aliases, assignments */
    CS_PREFIX,    /* after an assignment or redirection: assignments (rule 7b), aliases */
    CS_ARGS,      /* after the command name: plain words */
    CS_AFTER,     /* after a compound command (fi, done, esac, }, ')'): reserved words close it */
    CS_CASE_WORD, /* after `case` */
    CS_CASE_IN,   /* after `case WORD`: `in` (rule 6), newlines allowed */
    CS_PAT_START, /* first pattern of a case item: `esac` ends the case (rule 4), `(` opens */
    CS_PATTERN,   /* after `(` or `|` in a pattern list */
    CS_PAT_NEXT,  /* after a pattern: `|` or `)` */
    CS_FOR_NAME,  /* after `for`: NAME (rule 5) */
    CS_FOR_IN,    /* after `for NAME`: `in` or `do` (rule 6), newlines allowed */
    CS_FOR_WORDS, /* after `for NAME in`: words */
    CS_TIME,      /* conch mode: after `time`: `-p`, then as CS_CMD */
    /* Conch mode only (bash's extensions): */
    CS_COND,      /* [[ ]] where an operand may start: `!` is a keyword, `]]` closes */
    CS_COND_ARGS, /* [[ ]] after an operand: words (`!` too) until `]]`, && || or ) */
    CS_FN_NAME,   /* after `function`: the name, then the body's reserved word */
};

/* ORDER: the grammar's %token list (parser.y) and reserved_word() below. For messages. */
static const struct {
    const char *word;
    int tok;
} reserved[] = {
    { "!", TOK_Bang },       { "case", TOK_Case }, { "do", TOK_Do },       { "done", TOK_Done },
    { "elif", TOK_Elif },    { "else", TOK_Else }, { "esac", TOK_Esac },   { "fi", TOK_Fi },
    { "for", TOK_For },      { "if", TOK_If },     { "in", TOK_In },       { "then", TOK_Then },
    { "until", TOK_Until },  { "while", TOK_While }, { "{", TOK_Lbrace }, { "}", TOK_Rbrace },
    /* Conch mode only: ext_reserved_word() */
    { "[[", TOK_Dlbrack },   { "]]", TOK_Drbrack }, { "function", TOK_Function },
    { "select", TOK_Select },
};

/* Most words are not reserved: the length and the first byte rule out nearly all of them
 * before any comparison, and a comparison of a known length is a load and a compare. */
static int reserved_word(const char *s, size_t n)
{
    switch (n) {
    case 1:
        return s[0] == '!' ? TOK_Bang : s[0] == '{' ? TOK_Lbrace : s[0] == '}' ? TOK_Rbrace : 0;
    case 2:
        switch (s[0]) {
        case 'd':
            return s[1] == 'o' ? TOK_Do : 0;
        case 'f':
            return s[1] == 'i' ? TOK_Fi : 0;
        case 'i':
            return s[1] == 'f' ? TOK_If : s[1] == 'n' ? TOK_In : 0;
        default:
            return 0;
        }
    case 3:
        return memcmp(s, "for", 3) == 0 ? TOK_For : 0;
    case 4:
        switch (s[0]) {
        case 'c':
            return memcmp(s, "case", 4) == 0 ? TOK_Case : 0;
        case 'd':
            return memcmp(s, "done", 4) == 0 ? TOK_Done : 0;
        case 'e':
            return memcmp(s, "elif", 4) == 0   ? TOK_Elif
                   : memcmp(s, "else", 4) == 0 ? TOK_Else
                   : memcmp(s, "esac", 4) == 0 ? TOK_Esac
                                               : 0;
        case 't':
            return memcmp(s, "then", 4) == 0 ? TOK_Then : 0;
        default:
            return 0;
        }
    case 5:
        return memcmp(s, "until", 5) == 0   ? TOK_Until
               : memcmp(s, "while", 5) == 0 ? TOK_While
                                            : 0;
    default:
        return 0;
    }
}

/* Conch mode's reserved words at the start of a command (bash's): POSIX mode keeps reading them
 * as command names, refused with a message where that would only fail later (below). */
static int ext_reserved_word(const char *s, size_t n)
{
    switch (n) {
    case 2:
        return s[0] == '[' && s[1] == '[' ? TOK_Dlbrack : 0;
    case 6:
        return memcmp(s, "select", 6) == 0 ? TOK_Select : 0;
    case 8:
        return memcmp(s, "function", 8) == 0 ? TOK_Function : 0;
    default:
        return 0;
    }
}

bool classify_is_reserved(const char *s)
{
    size_t n = strlen(s);
    return reserved_word(s, n) != 0 || (options_extensions() && ext_reserved_word(s, n) != 0);
}

void classify_init(struct classify *c, struct scan *s)
{
    c->scan = s;
    c->state = CS_CMD;
    c->redir = false;
    c->fn = 0;
    c->fn_name = NULL;
    c->alias_chain = false;
    c->decl = false;
    c->regex = false;
    scan_set_filter(s, c);
}

/* conch mode: NAME[subscript]=value, NAME[subscript]+=value and NAME+=value (bash). The word
 * starts with a NAME of n bytes, and more follows it. */
static struct assign *assignment_ext(struct arena *a, struct word *w, size_t n)
{
    const char *t = w->parts[0].lit.text;
    struct assign *x = arena_alloc(a, sizeof *x);
    if (t[n] == '[') {
        if (!subscript_split(a, w, n, &x->index, &x->value, &x->append) || word_has_array(x->value))
            return NULL;
    } else if (t[n] == '+' && t[n + 1] == '=') {
        x->append = true;
        size_t rest = w->parts[0].lit_len - (n + 2);
        struct word *v = w;
        if (rest > 0 || w->nparts == 1) {
            v->parts[0].lit.text = t + n + 2;
            v->parts[0].lit_len = rest;
        } else {
            memmove(v->parts, v->parts + 1, (v->nparts - 1) * sizeof *v->parts);
            v->nparts--;
        }
        if (word_has_array(v) && v->nparts != 1)
            return NULL;
        x->value = v;
    } else {
        return NULL;
    }
    x->name = arena_strndup(a, t, n);
    return x;
}

/* conch mode: a declaration utility's operands may be NAME=(...) (declare, typeset, local,
 * export and readonly, as in bash). */
static bool is_declaration(const char *lit, size_t n)
{
    if (!lit)
        return false;
    switch (n) { /* one comparison at most: this runs for every command name */
    case 5: return memcmp(lit, "local", 5) == 0;
    case 6: return memcmp(lit, "export", 6) == 0;
    case 7: return memcmp(lit, "declare", 7) == 0 || memcmp(lit, "typeset", 7) == 0;
    case 8: return memcmp(lit, "readonly", 8) == 0;
    default: return false;
    }
}

/* XCU 2.10.2 rule 7: NAME=... with the name and = unquoted. Splits the word into an assignment
 * (in the arena) or returns NULL. */
static struct assign *assignment(struct arena *a, struct word *w)
{
    if (w->nparts == 0 || w->parts[0].kind != PART_LIT || w->parts[0].quoted)
        return NULL;
    const char *t = w->parts[0].lit.text;
    size_t len = w->parts[0].lit_len, i = 0;
    /* Every assignment starts with a NAME: most command names end here, or at their end. */
    if (len == 0 || !name_start_char(t[0]))
        return NULL;
    while (++i < len && name_char(t[i]))
        ;
    if (i == len)
        return NULL;
    /* conch mode's NAME+=value and NAME[i]=value (bash, ksh). */
    if (t[i] != '=')
        return (t[i] == '[' || t[i] == '+') && options_extensions() ? assignment_ext(a, w, i) : NULL;
    const char *eq = t + i;
    if (word_has_array(w) && (w->nparts != 2 || w->parts[0].lit_len != (size_t)(eq + 1 - t)))
        return NULL; /* a=(x)y: left to the check for misplaced arrays */
    struct assign *x = arena_alloc(a, sizeof *x);
    x->name = arena_strndup(a, t, eq - t);
    /* The token's word becomes the value: it is not used again, so it is cut in place. */
    struct word *v = w;
    size_t rest = w->parts[0].lit_len - (eq + 1 - t);
    if (rest > 0 || w->nparts == 1) {
        /* "x=" keeps one empty literal part (ast.h). */
        v->parts[0].lit.text = eq + 1;
        v->parts[0].lit_len = rest;
    } else {
        memmove(v->parts, v->parts + 1, (v->nparts - 1) * sizeof *v->parts);
        v->nparts--;
    }
    x->value = v;
    return x;
}

/* XCU 2.3.1: substitute an alias for word lit, unless its own text is being read. */
static bool substitute_alias(struct classify *c, const char *lit)
{
    if (scan_alias_busy(c->scan, lit))
        return false;
    const char *value = alias_get(lit);
    if (!value)
        return false;
    scan_push_alias(c->scan, lit, value);
    return true;
}

/* Inline: most scripts define no alias. */
static inline bool try_alias(struct classify *c, const char *lit)
{
    /* shopt -u expand_aliases (conch mode only: POSIX mode keeps it on, options_set_posix). */
    return alias_defined > 0 && opt.expand_aliases && lit && substitute_alias(c, lit);
}

/* A word after an alias whose value ends in a blank, or the first word of an alias's text,
 * in a state where aliases are not otherwise looked for (after the command name, the NAME and
 * words of `for`, `case` parts): XCU 2.3.1 says "the next command word"; dash, bash --posix
 * and mksh look at whatever word comes next, after the reserved words that are recognized
 * there (`f w in 1` with f='for ' and w='x ' is `for x in 1`). */
static inline bool alias_after_blank(struct classify *c, bool check, const char *lit)
{
    if (__builtin_expect(!check, 1) || !try_alias(c, lit))
        return false;
    c->alias_chain = true;
    return true;
}

static int keyword(struct classify *c, int tok)
{
    switch (tok) {
    case TOK_Fi:
    case TOK_Done:
    case TOK_Esac:
    case TOK_Rbrace:
        c->state = CS_AFTER;
        break;
    case TOK_Case:
        c->state = CS_CASE_WORD;
        break;
    case TOK_For:
    case TOK_Select:
        c->state = CS_FOR_NAME;
        break;
    case TOK_Dlbrack:
        c->state = CS_COND;
        scan_set_cond(c->scan, true);
        break;
    case TOK_Drbrack:
        c->state = CS_AFTER;
        scan_set_cond(c->scan, false);
        break;
    case TOK_Function:
        c->state = CS_FN_NAME;
        break;
    default: /* if then else elif do while until { ! in: a command (list) follows */
        c->state = CS_CMD;
        break;
    }
    return tok;
}

enum { ALIAS_PUSHED = -1 };

/* conch mode: NAME=(...) outside an assignment or a declaration utility's operands is an error
 * at parse time, as in bash, rather than a word that cannot be expanded. */
/* Inline: it runs for every argument word, and most calls end at the first test. */
static inline int misplaced_array(struct classify *c, const struct word *w, bool allowed)
{
    if (!scan_saw_array(c->scan) || !word_has_array(w))
        return TOK_WORD;
    if (allowed && w->nparts == 2 && w->parts[0].kind == PART_LIT && !w->parts[0].quoted)
        return TOK_WORD;
    error_at(scan_name(c->scan), w->lineno, "syntax error near unexpected token '('");
    return SCAN_ERROR;
}

/* word_literal (word.c) with the text's length, inline: every word asks. */
static inline const char *literal(const struct word *w, size_t *n)
{
    if (w->nparts != 1 || w->parts[0].kind != PART_LIT || w->parts[0].quoted)
        return NULL;
    *n = w->parts[0].lit_len;
    return w->parts[0].lit.text;
}

/* The literal lit (n bytes, or NULL) is the string constant word. */
#define LIT_IS(lit, n, word) \
    ((lit) && (n) == sizeof(word) - 1 && memcmp((lit), (word), sizeof(word) - 1) == 0)

static int classify_word(struct classify *c, SHSTYPE *lval, bool alias_next)
{
    struct word *w = lval->word;
    size_t n = 0;
    const char *lit = literal(w, &n);
    int kw;
    bool check = alias_next || c->alias_chain;
    c->alias_chain = false;

    if (c->redir) {
        /* A redirection's target: never a keyword, alias or assignment. After it, a compound
         * command's closing word is no longer recognized (`{ a; } >f fi` is an error in dash
         * and bash alike). */
        c->redir = false;
        if (c->state == CS_CMD || c->state == CS_TIME)
            c->state = CS_PREFIX;
        else if (c->state == CS_AFTER)
            c->state = CS_ARGS;
        return TOK_WORD;
    }
    switch (c->state) {
    case CS_ARGS: /* the most frequent */
        if (alias_after_blank(c, check, lit))
            return ALIAS_PUSHED;
        return misplaced_array(c, w, c->decl);
    case CS_TIME:
        c->state = CS_CMD;
        if (LIT_IS(lit, n, "-p"))
            return TOK_TimeP;
        /* fall through */
    case CS_CMD:
        if (lit && (kw = reserved_word(lit, n)))
            return keyword(c, kw);
        /* conch mode: `time` is a reserved word (as in bash and ksh); POSIX's time utility
         * is found as a command in POSIX mode. */
        if (LIT_IS(lit, n, "time") && options_extensions()) {
            c->state = CS_TIME;
            return TOK_Time;
        }
        if (lit && (kw = ext_reserved_word(lit, n)) && options_extensions())
            return keyword(c, kw);
        /* fall through */
    case CS_PREFIX: {
        if (try_alias(c, lit)) {
            c->alias_chain = check; /* the state already looks at the text's first word */
            return ALIAS_PUSHED;
        }
        struct assign *x = assignment(scan_arena(c->scan), w);
        if (x) {
            lval->assign = x;
            c->state = CS_PREFIX;
            return TOK_ASSIGNMENT_WORD;
        }
        if (LIT_IS(lit, n, "[[") && !options_extensions()) {
            /* Bash's [[ ]]: dash would run a command named [[ and fail at run time. */
            error_at(scan_name(c->scan), w->lineno,
                     "syntax error: '[[' is a bash extension; use '[ ... ]' or 'test'");
            return SCAN_ERROR;
        }
        if (LIT_IS(lit, n, "function"))
            c->fn = 1; /* maybe bash's `function f {`: see bash_function */
        c->state = CS_ARGS;
        c->decl = is_declaration(lit, n);
        return misplaced_array(c, w, false);
    }
    case CS_AFTER:
        c->decl = false;
        if (lit && (kw = reserved_word(lit, n)))
            return keyword(c, kw);
        if (alias_after_blank(c, check, lit))
            return ALIAS_PUSHED;
        c->state = CS_ARGS;
        return TOK_WORD;
    case CS_CASE_WORD:
        if (alias_after_blank(c, check, lit))
            return ALIAS_PUSHED;
        c->state = CS_CASE_IN;
        return TOK_WORD;
    case CS_CASE_IN:
        if (LIT_IS(lit, n, "in")) {
            c->state = CS_PAT_START;
            return TOK_In;
        }
        if (alias_after_blank(c, check, lit))
            return ALIAS_PUSHED;
        return TOK_WORD;
    case CS_PAT_START:
        if (LIT_IS(lit, n, "esac")) {
            c->state = CS_AFTER;
            return TOK_Esac;
        }
        if (alias_after_blank(c, check, lit))
            return ALIAS_PUSHED;
        c->state = CS_PAT_NEXT;
        return TOK_WORD;
    case CS_PATTERN:
        if (alias_after_blank(c, check, lit))
            return ALIAS_PUSHED;
        c->state = CS_PAT_NEXT;
        return TOK_WORD;
    case CS_PAT_NEXT:
        if (alias_after_blank(c, check, lit))
            return ALIAS_PUSHED;
        return TOK_WORD;
    case CS_FOR_NAME:
        if (alias_after_blank(c, check, lit))
            return ALIAS_PUSHED;
        c->state = CS_FOR_IN;
        return lit && is_name(lit, n) ? TOK_NAME : TOK_WORD;
    case CS_FOR_IN:
        if (LIT_IS(lit, n, "in")) {
            c->state = CS_FOR_WORDS;
            return TOK_In;
        }
        if (LIT_IS(lit, n, "do")) {
            c->state = CS_CMD;
            return TOK_Do;
        }
        if (alias_after_blank(c, check, lit))
            return ALIAS_PUSHED;
        return TOK_WORD;
    case CS_COND:
    case CS_COND_ARGS:
        /* No aliases, assignments or other keywords inside [[ ]] (bash). */
        if (LIT_IS(lit, n, "]]"))
            return keyword(c, TOK_Drbrack);
        if (c->state == CS_COND && LIT_IS(lit, n, "!"))
            return TOK_Bang;
        if (c->state == CS_COND_ARGS && LIT_IS(lit, n, "=~")) {
            scan_set_regex(c->scan, true);
            c->regex = true;
        }
        c->state = CS_COND_ARGS;
        return TOK_WORD;
    case CS_FN_NAME:
        /* The name, never an alias; then `{`, `(` or a newline (CS_AFTER takes `{`). */
        c->state = CS_AFTER;
        return TOK_WORD;
    case CS_FOR_WORDS:
    default:
        if (alias_after_blank(c, check, lit))
            return ALIAS_PUSHED;
        return TOK_WORD;
    }
}

/* The state after an operator or newline. */
static void after_operator(struct classify *c, int tok)
{
    if (c->state == CS_COND || c->state == CS_COND_ARGS) {
        /* Inside [[ ]]: ( && || start an operand, ) ends one, < and > compare strings. Others
         * are syntax errors the grammar reports. */
        switch (tok) {
        case '(':
        case TOK_AND_IF:
        case TOK_OR_IF:
            c->state = CS_COND;
            return;
        case ')':
        case '<':
        case '>':
            c->state = CS_COND_ARGS;
            return;
        case TOK_NEWLINE:
            if (c->state == CS_COND)
                return;
            break;
        default:
            break;
        }
    }
    switch (tok) {
    case TOK_NEWLINE:
        c->redir = false;
        if (c->state != CS_CASE_IN && c->state != CS_FOR_IN && c->state != CS_PAT_START)
            c->state = CS_CMD;
        break;
    case ';':
    case '&':
    case TOK_AND_IF:
    case TOK_OR_IF:
        c->state = CS_CMD;
        break;
    case '|':
        c->state = c->state == CS_PAT_NEXT ? CS_PATTERN : CS_CMD;
        break;
    case TOK_PIPE_AND:
        c->state = CS_CMD;
        break;
    case TOK_DSEMI:
    case TOK_SEMI_AND:
    case TOK_DSEMI_AND:
        c->state = CS_PAT_START;
        break;
    case TOK_DPAREN:
        /* A for (( )) header is followed by its body; a (( )) command is complete. */
        c->state = c->state == CS_FOR_NAME ? CS_CMD : CS_AFTER;
        break;
    case '(':
        /* A subshell, the () of a function definition, or the optional ( of a pattern. */
        c->state = c->state == CS_PAT_START ? CS_PATTERN : CS_CMD;
        break;
    case ')':
        /* The end of a pattern list starts the item's commands; any other ) ends a subshell,
         * the () of a function definition, or a $( ... ) (whose frame then ends). */
        c->state = c->state == CS_PAT_NEXT ? CS_CMD : CS_AFTER;
        break;
    case '<':
    case '>':
    case TOK_DGREAT:
    case TOK_LESSAND:
    case TOK_GREATAND:
    case TOK_LESSGREAT:
    case TOK_CLOBBER:
    case TOK_DLESS:
    case TOK_DLESSDASH:
    case TOK_AND_GREAT:  /* conch mode's &>, &>> and <<< */
    case TOK_AND_DGREAT:
    case TOK_TLESS:
        c->redir = true;
        break;
    default: /* IO_NUMBER, END */
        break;
    }
}

/* Bash's `function NAME {` and `function NAME()`: POSIX reads a command named function and
 * stumbles on the ( or the }, far from the cause. Followed here over three tokens (fn is the
 * state before tok), and reported before the grammar gets the third. False after the message. */
static bool bash_function(struct classify *c, int fn, int tok, const SHSTYPE *lval, int line)
{
    const char *lit = tok == TOK_WORD ? word_literal(lval->word) : NULL;
    if (fn == 1 && lit && is_name(lit, strlen(lit))) {
        c->fn = 2;
        c->fn_name = lit;
    } else if (fn == 2 && (tok == '(' || (lit && strcmp(lit, "{") == 0))) {
        error_at(scan_name(c->scan), line,
                 "syntax error: 'function %s' is a bash extension; use '%s() { ...; }'",
                 c->fn_name, c->fn_name);
        return false;
    }
    return true;
}

/* The scanner asks only when it meets `((`, so that the common token pays nothing. */
int classify_dparen(const struct classify *c)
{
    if (!c || c->redir || (c->state != CS_CMD && c->state != CS_TIME && c->state != CS_FOR_NAME)
        || !options_extensions())
        return 0;
    return c->state == CS_FOR_NAME ? 2 : 1;
}

int classify_next(struct classify *c, SHSTYPE *lval, SHLTYPE *lloc)
{
    for (;;) {
        int tok = scan_lex(c->scan, lval, lloc);
        if (__builtin_expect(c->regex, 0)) {
            /* The word after =~ is read (or something else came): words are words again. */
            c->regex = false;
            scan_set_regex(c->scan, false);
        }
        if (tok == TOK_WORD) {
            int fn = c->fn;
            c->fn = 0;
            tok = classify_word(c, lval, scan_take_alias_next(c->scan));
            if (tok == ALIAS_PUSHED) {
                c->fn = fn;
                continue;
            }
            if (__builtin_expect(fn != 0, 0) && !bash_function(c, fn, tok, lval, lloc->first_line))
                return SCAN_ERROR;
            return tok;
        }
        if (tok >= SCAN_CMDSUB) /* the driver's */
            return tok;
        /* An operator takes the place of the word after a blank-ended alias (dash). */
        scan_take_alias_next(c->scan);
        c->alias_chain = false;
        if (__builtin_expect(c->fn != 0, 0)) {
            int fn = c->fn;
            c->fn = 0;
            if (!bash_function(c, fn, tok, lval, lloc->first_line))
                return SCAN_ERROR;
        }
        after_operator(c, tok);
        return tok;
    }
}

/* ---- Messages -------------------------------------------------------------------------------- */

const char *classify_token_text(struct arena *a, int tok, const SHSTYPE *lval)
{
    static const struct {
        int tok;
        const char *text;
    } ops[] = {
        { TOK_NEWLINE, "newline" }, { TOK_AND_IF, "&&" },   { TOK_OR_IF, "||" },
        { TOK_DSEMI, ";;" },        { TOK_SEMI_AND, ";&" }, { TOK_DLESS, "<<" },
        { TOK_DLESSDASH, "<<-" },   { TOK_DGREAT, ">>" },   { TOK_LESSAND, "<&" },
        { TOK_GREATAND, ">&" },     { TOK_LESSGREAT, "<>" }, { TOK_CLOBBER, ">|" },
        { TOK_END, "end of file" },     { TOK_PIPE_AND, "|&" },  { TOK_AND_GREAT, "&>" },
        { TOK_AND_DGREAT, "&>>" },      { TOK_TLESS, "<<<" }, { TOK_DSEMI_AND, ";;&" },
        { TOK_DPAREN, "((" },       { TOK_Time, "time" },  { TOK_TimeP, "-p" },
    };
    switch (tok) {
    case TOK_WORD:
    case TOK_NAME:
        return word_plain_text(a, lval->word);
    case TOK_ASSIGNMENT_WORD: {
        struct strbuf sb = { 0 };
        sb_adds(&sb, lval->assign->name);
        sb_addc(&sb, '=');
        sb_adds(&sb, word_plain_text(a, lval->assign->value));
        char *s = arena_strdup(a, sb_str(&sb));
        sb_release(&sb);
        return s;
    }
    case TOK_IO_VARNAME: {
        const char *name = word_literal(lval->word);
        size_t n = strlen(name);
        char *t = arena_alloc(a, n + 3);
        t[0] = '{';
        memcpy(t + 1, name, n);
        t[n + 1] = '}';
        return t;
    }
    case TOK_IO_NUMBER: {
        char buf[32];
        snprintf(buf, sizeof buf, "%d", lval->num);
        return arena_strdup(a, buf);
    }
    default:
        break;
    }
    if (tok > 0 && tok < 256) {
        char buf[2] = { (char)tok, 0 };
        return arena_strdup(a, buf);
    }
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (ops[i].tok == tok)
            return ops[i].text;
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (reserved[i].tok == tok)
            return reserved[i].word;
    return "?";
}
