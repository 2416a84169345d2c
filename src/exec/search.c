/* search.c — finding a command in PATH (XCU 2.9.1.4 "Command Search and Execution") and the
 * table of remembered locations that `hash` shows. simple.c asks here before forking. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "exec/exec_int.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "parse/ast.h"
#include "shell/functions.h"
#include "shell/vars.h"
#include "lib/compat.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct hashed {
    char *name;
    char *path;
    uint32_t hash;
    struct hashed *next;
};

enum { HASH_SIZE = 64 }; /* a power of two; chains stay short for the commands a script uses */
static struct hashed *hash_table[HASH_SIZE];

/* vars_path_generation when the table was last valid: PATH changed since, it is forgotten. */
static unsigned hash_generation;

static void hash_check_path(void)
{
    if (hash_generation != vars_path_generation) {
        hash_generation = vars_path_generation;
        search_hash_forget();
    }
}

static uint32_t hash_name(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static struct hashed **hash_slot(const char *name, uint32_t h)
{
    struct hashed **pp = &hash_table[h & (HASH_SIZE - 1)];
    while (*pp && ((*pp)->hash != h || strcmp((*pp)->name, name) != 0))
        pp = &(*pp)->next;
    return pp;
}

static void hash_store(const char *name, const char *path)
{
    uint32_t h = hash_name(name);
    struct hashed **pp = hash_slot(name, h);
    if (*pp) {
        free((*pp)->path);
        (*pp)->path = xstrdup(path);
        return;
    }
    struct hashed *e = xmalloc(sizeof *e);
    e->name = xstrdup(name);
    e->path = xstrdup(path);
    e->hash = h;
    e->next = NULL;
    *pp = e;
}

void search_hash_remove(const char *name)
{
    struct hashed **pp = hash_slot(name, hash_name(name));
    struct hashed *e = *pp;
    if (!e)
        return;
    *pp = e->next;
    free(e->name);
    free(e->path);
    free(e);
}

void search_hash_forget(void)
{
    for (size_t i = 0; i < HASH_SIZE; i++) {
        for (struct hashed *e = hash_table[i], *next; e; e = next) {
            next = e->next;
            free(e->name);
            free(e->path);
            free(e);
        }
        hash_table[i] = NULL;
    }
}

void search_hash_print(void)
{
    hash_check_path();
    for (size_t i = 0; i < HASH_SIZE; i++)
        for (struct hashed *e = hash_table[i]; e; e = e->next)
            printf("%s\n", e->path);
}

/* XCU 2.9.1.4 1.e.i: each PATH element in turn, an empty one meaning the current directory.
 * *relative is set when the hit came from a relative element: such a result depends on the
 * working directory and is not remembered. */
static char *walk_path(const char *name, const char *path, bool *relative)
{
    struct strbuf sb = {0};
    char *fallback = NULL; /* a regular file without execute permission */
    size_t nlen = strlen(name);
    for (const char *p = path;;) {
        const char *end = strchrnul(p, ':');
        sb_truncate(&sb, 0);
        if (end > p) {
            sb_addn(&sb, p, end - p);
            if (end[-1] != '/')
                sb_addc(&sb, '/');
        }
        sb_addn(&sb, name, nlen);
        struct stat st;
        if (stat(sb_str(&sb), &st) == 0 && S_ISREG(st.st_mode)) {
            if (access(sb.s, X_OK) == 0) {
                *relative = end == p || *p != '/';
                free(fallback);
                return sb_detach(&sb);
            }
            if (!fallback)
                fallback = xstrdup(sb.s);
        }
        if (!*end)
            break;
        p = end + 1;
    }
    sb_release(&sb);
    *relative = true; /* never remember a file that cannot run */
    return fallback;
}

char *search_command(const char *name, const char *path)
{
    if (strchr(name, '/'))
        return xstrdup(name);
    if (!*name)
        return NULL;
    bool relative;
    if (path)
        return walk_path(name, path, &relative);
    hash_check_path();
    struct hashed *e = *hash_slot(name, hash_name(name));
    if (e)
        return xstrdup(e->path);
    path = vars_get("PATH");
    if (!path)
        path = VARS_DEFAULT_PATH; /* unset PATH: XCU leaves it to us */
    char *found = walk_path(name, path, &relative);
    if (found && !relative)
        hash_store(name, found);
    return found;
}

/* `command -p`: "a default value for PATH that is guaranteed to find all of the standard
 * utilities" (confstr _CS_PATH). */
const char *search_default_path(void)
{
    static char path[1024];
    if (!path[0]) {
        size_t len = confstr(_CS_PATH, path, sizeof path);
        if (len == 0 || len > sizeof path)
            snprintf(path, sizeof path, "/bin:/usr/bin");
    }
    return path;
}

char *search_path(const char *name)
{
    return search_path_in(name, NULL);
}

char *search_path_in(const char *name, const char *path)
{
    char *p = search_command(name, path);
    if (p && !strchr(name, '/') && access(p, X_OK) != 0) {
        free(p); /* only the non-executable fallback was found */
        return NULL;
    }
    return p;
}

int search_hash_add(const char *name)
{
    if (strchr(name, '/'))
        return 0;
    search_hash_remove(name); /* `hash name` looks again */
    char *p = search_path(name);
    if (!p)
        return 1;
    free(p);
    return 0;
}

/* set -h (XCU set): "locate and remember utilities invoked by functions as those functions are
 * defined". Only names written literally can be known before the function runs. */
void search_hash_tree(const struct node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case NODE_SIMPLE: {
        const char *name = n->simple.args ? word_literal(n->simple.args) : NULL;
        if (name && !strchr(name, '/') && !builtin_find(name) && !functions_find(name))
            free(search_path(name));
        break;
    }
    case NODE_PIPELINE:
        for (size_t i = 0; i < n->pipeline.ncmds; i++)
            search_hash_tree(n->pipeline.cmds[i]);
        break;
    case NODE_ANDOR:
        for (const struct node *it = n->andor.items; it; it = it->next)
            search_hash_tree(it);
        break;
    case NODE_LIST:
        for (const struct node *it = n->list.items; it; it = it->next)
            search_hash_tree(it);
        break;
    case NODE_SUBSHELL:
    case NODE_GROUP:
        search_hash_tree(n->group.body);
        break;
    case NODE_IF:
        search_hash_tree(n->if_.cond);
        search_hash_tree(n->if_.then_part);
        search_hash_tree(n->if_.else_part);
        break;
    case NODE_WHILE:
    case NODE_UNTIL:
        search_hash_tree(n->loop.cond);
        search_hash_tree(n->loop.body);
        break;
    case NODE_FOR:
        search_hash_tree(n->for_.body);
        break;
    case NODE_CASE:
        for (const struct case_item *ci = n->case_.items; ci; ci = ci->next)
            search_hash_tree(ci->body);
        break;
    case NODE_FUNCDEF:
        search_hash_tree(n->funcdef.body);
        break;
    case NODE_ARITH_FOR:
        search_hash_tree(n->arith_for.body);
        break;
    case NODE_ARITH:
        break;
    case NODE_COND:
        break; /* runs no utility */
    }
}
