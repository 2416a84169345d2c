/* test-classify.c — unit tests for the token filter (src/parse/classify.c) between the scanner
 * and the grammar: which words become reserved words, NAME, ASSIGNMENT_WORD (XCU 2.10.2 rules)
 * and which are replaced by an alias (XCU 2.3.1). Input goes through the real scanner. */
#include "config.h"

#include "lib/arena.h"
#include "lib/strbuf.h"
#include "parse/parse_int.h"
#include "shell/alias.h"
#include "unit.h"

#include <stdlib.h>

/* The tokens of text as the grammar would get them, one `kind:text` each (kind k reserved
 * word, w WORD, n NAME, a ASSIGNMENT_WORD; operators as their text), up to the end. */
static char *tokens(const char *text)
{
    struct arena *a = arena_new();
    struct source *src = source_new_mem(text, strlen(text));
    struct scan *s = scan_new(src, "unit", 1);
    scan_set_arena(s, a);
    struct classify c;
    classify_init(&c, s);
    struct strbuf out = {0};
    for (int n = 0; n < 100; n++) {
        SHSTYPE lval;
        SHLTYPE lloc;
        int tok = classify_next(&c, &lval, &lloc);
        if (tok == TOK_END || tok == SCAN_ERROR || tok == SCAN_CMDSUB)
            break;
        if (out.len)
            sb_addc(&out, ' ');
        const char *kind = tok == TOK_WORD ? "w:" : tok == TOK_NAME ? "n:"
                           : tok == TOK_ASSIGNMENT_WORD ? "a:"
                           : tok == TOK_IO_NUMBER ? "io:"
                           : (tok >= TOK_If && tok <= TOK_In) ? "k:" : "";
        sb_adds(&out, kind);
        sb_adds(&out, tok == TOK_NEWLINE ? "NL" : classify_token_text(a, tok, &lval));
    }
    scan_free(s);
    source_free(src);
    arena_unref(a);
    return sb_detach(&out);
}

#define TOKENS(text, want)            \
    do {                              \
        char *t_ = tokens(text);      \
        CHECK_STR(t_, want);          \
        free(t_);                     \
    } while (0)

int main(void)
{
    /* Rule 1: a reserved word only as the first word of a command. */
    TOKENS("if a; then echo fi; fi\n",
           "k:if w:a ; k:then w:echo w:fi ; k:fi NL");
    TOKENS("echo if then\n", "w:echo w:if w:then NL");
    TOKENS("! { a; }\n", "k:! k:{ w:a ; k:} NL");
    /* After a compound command's end, only its closing words are reserved words. */
    TOKENS("{ a; } >f\n", "k:{ w:a ; k:} > w:f NL");
    /* Quoted: never a reserved word. */
    TOKENS("'if' \"fi\"\n", "w:if w:fi NL");

    /* Rule 7: assignments before the command name only; a redirection between keeps it. */
    TOKENS("a=1 >f b=2 cmd c=3\n", "a:a=1 > w:f a:b=2 w:cmd w:c=3 NL");
    TOKENS("1a=x\n", "w:1a=x NL");
    TOKENS("a_1=x =y a-b=z\n", "a:a_1=x w:=y w:a-b=z NL");
    /* conch mode: NAME+=value and NAME[subscript]=value (bash). */
    TOKENS("a+=1 b[1]=2 c+d=3\n", "a:a=1 a:b=2 w:c+d=3 NL");
    TOKENS("2>e x\n", "io:2 > w:e w:x NL");
    /* Operators of two bytes, and what makes them longer. */
    TOKENS("a&&b||c;;d>>e;;&f&>g\n",
           "w:a && w:b || w:c ;; w:d >> w:e ;;& w:f &> w:g NL");
    /* A quoted string is a word, empty or not, alone or joined to what follows it. */
    TOKENS("a 'b c' \"d\" '' \"\";'e'f \"g\"$h 'i\nj'|k\n",
           "w:a w:b c w:d w: w: ; w:ef w:g$h w:i\nj | w:k NL");
    /* A parameter alone is a word; joined to more text, or braced, it is part of one. */
    TOKENS("a $x \"$y\" $1 \"$@\" $x$y \"$z\"w $# $10 ${v} \"$\"\n",
           "w:a w:$x w:$y w:$1 w:$@ w:$x$y w:${z}w w:$# w:$10 w:${v} w:$ NL");
    /* Text and parameters in double quotes. */
    TOKENS("a \"b $x c\" \"$x$1-$@\" \"a\nb $y\"|\"$\" \"${z}\" \"$w\"x\n",
           "w:a w:b $x c w:$x$1-$@ w:a\nb $y | w:$ w:${z} w:${w}x NL");
    /* Digits are an IO_NUMBER only right before < or >. */
    TOKENS("x 12 3;y 45|z 6 7<f 8\\\n>g\n",
           "w:x w:12 w:3 ; w:y w:45 | w:z w:6 io:7 < w:f io:8 > w:g NL");

    /* Every reserved word, and words that differ from one by a byte or in length. */
    TOKENS("case; do; done; elif; else; esac; fi; for; if; in; then; until; while; {; }; !\n",
           "k:case ; k:do ; k:done ; k:elif ; k:else ; k:esac ; k:fi ; k:for ; k:if ; k:in ; "
           "k:then ; k:until ; k:while ; k:{ ; k:} ; k:! NL");
    TOKENS("cas; dox; don; donex; elis; els; esa; f; fo; fox; i; inn; ifs; thex; untie; whilf\n",
           "w:cas ; w:dox ; w:don ; w:donex ; w:elis ; w:els ; w:esa ; w:f ; w:fo ; w:fox ; w:i ; "
           "w:inn ; w:ifs ; w:thex ; w:untie ; w:whilf NL");
    TOKENS("{x; }x; !!; -p; tim; times\n", "w:{x ; w:}x ; w:!! ; w:-p ; w:tim ; w:times NL");

    /* Rules 5 and 6: for NAME in WORDS do; in and do after a newline too. */
    TOKENS("for i in do in; do :; done\n",
           "k:for n:i k:in w:do w:in ; k:do w:: ; k:done NL");
    TOKENS("for i\ndo :; done\n", "k:for n:i NL k:do w:: ; k:done NL");

    /* Rule 4 and 6: case WORD in, patterns, esac only as a pattern's first word. */
    TOKENS("case in in (esac|in) x;; esac\n",
           "k:case w:in k:in ( w:esac | w:in ) w:x ;; k:esac NL");

    /* XCU 2.3.1: aliases in command position, not as arguments; a value ending in a blank
     * makes the next word a candidate too; an alias is not expanded inside itself. */
    alias_set("ll", "ls -l ");
    alias_set("dir", "/tmp");
    alias_set("ls", "ls -F");
    TOKENS("ll dir\n", "w:ls w:-F w:-l w:/tmp NL");
    TOKENS("echo ll\n", "w:echo w:ll NL");
    TOKENS("x=1 ll\n", "a:x=1 w:ls w:-F w:-l NL");
    alias_set("begin", "{");
    TOKENS("begin a; }\n", "k:{ w:a ; k:} NL");
    alias_unset_all();
    return unit_done();
}
