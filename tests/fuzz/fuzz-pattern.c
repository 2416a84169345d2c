/* fuzz-pattern.c — libFuzzer target for pattern matching (XCU 2.14): `case` patterns, the
 * ${x#...} removals (exec/param.c) and pathname expansion (exec/pathname.c) of a fuzzed pattern
 * against a fuzzed subject and a fixed directory of names, through the executor as scripts do. */
#include "config.h"

#include "exec/exec.h"
#include "lib/arena.h"
#include "parse/parse.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <fcntl.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* $s is the subject and $p the pattern, unquoted (pattern characters active) and quoted (the
 * escaping of quoted characters in expand_word_pattern). $g is $p when it has no '/', so
 * globbing stays inside the scratch directory. Only builtins run: nothing forks. */
static const char script[] =
    "case $s in $p) r=1;; \"$p\") r=2;; *\"$p\"*|[$p]*) r=3;; $p*|*$p) r=4;; esac; "
    ": \"${s#$p}\" \"${s##$p}\" \"${s%$p}\" \"${s%%$p}\" \"${s#\"$p\"}\" \"${s%%*\"$p\"}\" "
    "${s##*$p} ${s%%$p*}; "
    "for f in $g .$g $g/* *$g; do :; done\n";

static struct node *cmd;
static struct arena *arena; /* holds cmd: reachable, so no leak report */

/* The fixed list of names that globs are matched against. */
static const char *const names[] = {
    "a", "abc", "b.c", ".hidden", "[x]", "*", "?", "a\\b", "-n", "x y", "\xc3\xa9t\xc3\xa9",
    "\xff", "dir/f", "dir/.g", "dir/a.c",
};

static void make_scratch_dir(void)
{
    char dir[] = "/tmp/conch-fuzz-pattern.XXXXXX";
    if (!mkdtemp(dir) || chdir(dir) != 0) {
        perror("fuzz-pattern: scratch directory");
        exit(1);
    }
    mkdir("dir", 0700);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        int fd = open(names[i], O_WRONLY | O_CREAT, 0600);
        if (fd >= 0)
            close(fd);
    }
    fprintf(stderr, "fuzz-pattern: globs are matched in %s\n", dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char *env[] = {NULL};
    vars_init(env);
    sh.pid = getpid();
    make_scratch_dir();
    struct parser *p = parser_new_string(script, "fuzz-pattern", 1);
    if (parser_next(p, &cmd, &arena) != PARSE_OK || !cmd) {
        fprintf(stderr, "fuzz-pattern: the fixed script does not parse\n");
        exit(1);
    }
    parser_free(p); /* the arena (and cmd) is kept for the whole run */
    return 0;
}

/* Input: one flag byte (bit 0: UTF-8 locale, else C), then subject NUL pattern (without a NUL,
 * the pattern is the whole text and the subject too). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 512)
        return -1; /* long patterns only make fnmatch slow */
    setlocale(LC_ALL, data[0] & 1 ? "C.UTF-8" : "C");
    data++;
    size--;
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    size_t slen = strlen(text);
    const char *subject = text, *pattern = slen < size ? text + slen + 1 : text;
    vars_set("s", subject, 0);
    vars_set("p", pattern, 0);
    vars_set("g", strchr(pattern, '/') ? "" : pattern, 0);
    exec_node(cmd, 0);
    sh.flow = FLOW_NORMAL;
    free(text);
    return 0;
}
