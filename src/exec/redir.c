/* redir.c — redirections (XCU 2.7): opening files, duplicating and closing descriptors and
 * feeding here-documents, for simple and compound commands; saves what it changes so builtins,
 * functions and compound commands run in the shell itself can have it put back. */
#include "config.h"

#include "exec/exec_int.h"
#include "exec/explain.h"
#include "exec/expand.h"
#include "exec/jobs.h"
#include "lib/error.h"
#include "lib/fd.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Descriptors 0-9 belong to the user (XCU 2.7: "at least 0 to 9"); everything the shell keeps
 * for itself is close-on-exec, at 10 or above when the limit on open files allows it (lib/fd.h),
 * the script as far up as bash keeps it. Any of them may still sit where a redirection wants
 * to go (a low limit, or a script that names 255): make_room moves it then. */
enum { SCRIPT_FD_BASE = 255 };

int redir_script_fd = -1;

struct saved_fd {
    int fd;   /* the descriptor a redirection changed */
    int copy; /* where its old open file is kept, or -1 if fd was closed before */
};

struct redir_undo {
    struct redir_undo *up; /* the next older record still waiting for redir_restore */
    struct saved_fd *v;
    size_t n, cap;
};

/* Every record not yet restored. A user redirection may name one of their copies (say
 * `{ cmd 10>f; } 3>g` where 3 was saved at 10); the copy is moved out of the way first. */
static struct redir_undo *live;

int redir_keep_script_fd(int fd)
{
    int far = fcntl(fd, F_DUPFD_CLOEXEC, SCRIPT_FD_BASE);
    if (far >= 0) {
        close(fd);
        fd = far;
    } else {
        fd = fd_move_high(fd);
    }
    redir_script_fd = fd;
    return fd;
}

void redir_close_script_fd(void)
{
    if (redir_script_fd >= 0) {
        close(redir_script_fd);
        redir_script_fd = -1;
    }
}

/* The shell's own descriptors are any number, not only 10 and up (fd_dup_high). */
static bool is_shell_fd(int fd)
{
    if (fd < 0)
        return false;
    if ((fd == redir_script_fd && !sh.subshell) || fd == jobs_tty_fd)
        return true;
    for (struct redir_undo *u = live; u; u = u->up)
        for (size_t i = 0; i < u->n; i++)
            if (u->v[i].copy == fd)
                return true;
    return false;
}

/* Before fd is overwritten: if the shell keeps something there, move it elsewhere and tell
 * its owner, as bash does (`{ cmd; } 255>f` in a script, `exec 7>f` under ulimit -n 8).
 * The script's reader learns its new number through parser_fd_moved. Returns -1 (errno
 * EMFILE) when no other descriptor is free. */
static int make_room(int fd)
{
    int *owner = NULL;
    if (fd == redir_script_fd && !sh.subshell)
        owner = &redir_script_fd;
    else if (fd == jobs_tty_fd)
        owner = &jobs_tty_fd;
    for (struct redir_undo *u = live; u && !owner; u = u->up)
        for (size_t i = 0; i < u->n && !owner; i++)
            if (u->v[i].copy == fd)
                owner = &u->v[i].copy;
    if (owner) {
        int moved = fd_dup_high(fd);
        if (moved < 0)
            return -1;
        close(fd);
        *owner = moved;
        if (owner == &redir_script_fd)
            parser_fd_moved(fd, moved);
    }
    return 0;
}

static int save_fd(struct redir_undo *u, int fd)
{
    for (size_t i = 0; i < u->n; i++)
        if (u->v[i].fd == fd)
            return 0; /* the first saved state is the one to restore */
    int copy = fd_dup_high(fd);
    if (copy < 0 && errno != EBADF)
        return -1;
    if (u->n == u->cap) {
        u->cap = u->cap ? u->cap * 2 : 4;
        u->v = xrealloc(u->v, u->cap * sizeof *u->v);
    }
    u->v[u->n].fd = fd;
    u->v[u->n].copy = copy;
    u->n++;
    return 0;
}

void redir_restore(struct redir_undo *u)
{
    if (!u)
        return;
    /* Output a builtin left in stdio's buffer belongs to the redirected descriptor. */
    fflush(stdout);
    for (size_t i = u->n; i-- > 0;) {
        struct saved_fd *s = &u->v[i];
        if (s->copy >= 0) {
            dup2(s->copy, s->fd);
            close(s->copy);
        } else {
            close(s->fd);
        }
    }
    /* Records are restored innermost first; unlink wherever it is to stay safe. */
    for (struct redir_undo **pp = &live; *pp; pp = &(*pp)->up)
        if (*pp == u) {
            *pp = u->up;
            break;
        }
    free(u->v);
    free(u);
}

static int write_all(int fd, const char *s, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, s, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        s += n;
        len -= (size_t)n;
    }
    return 0;
}

/* A here-document body as a readable descriptor (XCU 2.7.4). Small bodies go through a pipe,
 * which never blocks while they fit in PIPE_BUF; bigger ones through an anonymous file, so a
 * multi-megabyte body needs no writer process and cannot deadlock against its reader. */
static int heredoc_fd(const char *text, size_t len)
{
    if (len <= PIPE_BUF) {
        int p[2];
        if (fd_pipe(p) < 0)
            return -1;
        if (write_all(p[1], text, len) < 0) {
            int e = errno;
            close(p[0]);
            close(p[1]);
            errno = e;
            return -1;
        }
        close(p[1]);
        return p[0];
    }
    int fd = fd_anon_file("heredoc");
    if (fd < 0)
        return -1;
    if (write_all(fd, text, len) < 0 || lseek(fd, 0, SEEK_SET) < 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

/* A body made of one literal part has nothing to expand (quoted delimiter, or no $ ` \\). */
static const struct part *literal_body(const struct heredoc *h)
{
    const struct word *body = h ? h->body : NULL;
    if (body && body->nparts == 1 && body->parts[0].kind == PART_LIT)
        return &body->parts[0];
    return NULL;
}

/* text: the body already expanded (redir_expand), or NULL. Returns a descriptor, or -1 after
 * a message. */
static int open_heredoc(const struct heredoc *h, const char *text)
{
    const struct part *lit = literal_body(h);
    char *expanded = NULL;
    int fd;
    if (text) {
        fd = heredoc_fd(text, strlen(text));
    } else if (lit) {
        fd = heredoc_fd(lit->lit.text, lit->lit_len);
    } else if (!h || !h->body || h->body->nparts == 0) {
        fd = heredoc_fd("", 0);
    } else {
        expanded = expand_word_string(h->body, EXPAND_PLAIN);
        if (!expanded)
            return -1;
        fd = heredoc_fd(expanded, strlen(expanded));
    }
    int e = errno;
    free(expanded);
    if (fd < 0)
        shell_error("here-document: %s", strerror(e));
    return fd;
}

/* XCU 2.7.2: with noclobber, > fails on an existing regular file; other files (/dev/null, a
 * FIFO, a terminal) are opened as they are. O_EXCL makes the check and the creation atomic. */
static int open_noclobber(const char *name)
{
    for (;;) {
        int fd = open(name, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
        struct stat st;
        fd = open(name, O_WRONLY);
        if (fd < 0) {
            if (errno == ENOENT)
                continue; /* removed between the two opens: try to create it again */
            return -1;
        }
        if (fstat(fd, &st) == 0 && !S_ISREG(st.st_mode))
            return fd;
        close(fd);
        errno = EEXIST;
        return -1;
    }
}

/* The default descriptor of each operator (XCU 2.7): input ones 0, output ones 1. */
static int default_fd(enum redir_kind k)
{
    switch (k) {
    case REDIR_IN:
    case REDIR_DUPIN:
    case REDIR_RDWR:
    case REDIR_HEREDOC:
    case REDIR_HEREDOC_STRIP:
    case REDIR_HERESTRING:
        return 0;
    default:
        return 1;
    }
}

static bool is_heredoc(const struct redir *r)
{
    return r->kind == REDIR_HEREDOC || r->kind == REDIR_HEREDOC_STRIP;
}

static bool is_dup(const struct redir *r)
{
    return r->kind == REDIR_DUPIN || r->kind == REDIR_DUPOUT;
}

/* XCU 2.7.5, 2.7.6: the word of <& and >& is a descriptor number or '-'. Stores the source
 * descriptor (-1 meaning close) in *dupfrom; returns 0, or -1 after a message. */
static int dup_source(const char *name, int *dupfrom)
{
    if (strcmp(name, "-") == 0) {
        *dupfrom = -1;
        return 0;
    }
    char *end;
    errno = 0;
    long n = strtol(name, &end, 10);
    if (!*name || *end || *name == '-' || *name == '+' || errno || n > INT_MAX
        || is_shell_fd((int)n) || fcntl((int)n, F_GETFD) < 0) {
        shell_error("%s: %s", name, strerror(EBADF));
        return -1;
    }
    *dupfrom = (int)n;
    return 0;
}

/* Opens the file or here-document of r (not <& or >&: dup_source); returns the new
 * descriptor, or -1 after a message. name: the target, expanded; for a here-document the
 * body already expanded (redir_expand) or NULL. */
static int open_source(const struct redir *r, const char *name)
{
    if (is_heredoc(r))
        return open_heredoc(r->heredoc, name);
    int fd = -1;
    switch (r->kind) {
    case REDIR_IN:
        fd = open(name, O_RDONLY);
        break;
    case REDIR_OUT:
    case REDIR_OUTERR:
        fd = opt.noclobber ? open_noclobber(name) : open(name, O_WRONLY | O_CREAT | O_TRUNC, 0666);
        break;
    case REDIR_CLOBBER:
        fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0666);
        break;
    case REDIR_APPEND:
    case REDIR_APPENDERR:
        fd = open(name, O_WRONLY | O_CREAT | O_APPEND, 0666);
        break;
    case REDIR_HERESTRING: {
        /* conch mode's <<< word: the expanded word and a newline, fed like a here-document. */
        size_t len = strlen(name);
        char *text = xmalloc(len + 2);
        memcpy(text, name, len);
        memcpy(text + len, "\n", 2);
        fd = heredoc_fd(text, len + 1);
        int e = errno;
        free(text);
        if (fd < 0)
            shell_error("here-string: %s", strerror(e));
        return fd;
    }
    case REDIR_RDWR:
        fd = open(name, O_RDWR | O_CREAT, 0666);
        break;
    default:
        break;
    }
    if (fd < 0) {
        if (errno == EEXIST && (r->kind == REDIR_OUT || r->kind == REDIR_OUTERR))
            shell_error("%s: cannot overwrite existing file", name);
        else
            shell_error("%s: %s", name, strerror(errno));
    }
    return fd;
}

/* conch mode's {name}>file (bash): the new descriptor goes at 10 or above, wherever is free,
 * open across exec, and its number in the variable; {name}>&- closes the descriptor the
 * variable names. Neither is undone after the command: the script manages the descriptor. */
static int apply_varname(const struct redir *r, const char *given)
{
    char *name = NULL;
    if (!is_heredoc(r)) {
        name = given ? xstrdup(given) : expand_word_string(r->target, EXPAND_PLAIN);
        if (!name)
            return -1;
    }
    int newfd = -1;
    if (is_dup(r)) {
        int dupfrom = -1;
        int rc = dup_source(name, &dupfrom);
        if (rc == 0 && dupfrom < 0) {
            /* {name}>&-: the descriptor in the variable. */
            const char *v = vars_get(r->varname);
            char *end;
            long n = v && *v ? strtol(v, &end, 10) : -1;
            free(name);
            if (n < 0 || *end || n > INT_MAX || is_shell_fd((int)n) || close((int)n) < 0) {
                shell_error("%s: %s", v ? v : r->varname, strerror(EBADF));
                return -1;
            }
            return 0;
        }
        free(name);
        if (rc < 0)
            return -1;
        newfd = dup(dupfrom);
        if (newfd < 0) {
            shell_error("%d: %s", dupfrom, strerror(errno));
            return -1;
        }
    } else {
        newfd = open_source(r, is_heredoc(r) ? given : name);
        free(name);
        if (newfd < 0)
            return -1;
    }
    int fd = fcntl(newfd, F_DUPFD, FD_SHELL_BASE);
    int e = errno;
    close(newfd);
    if (fd < 0) {
        shell_error("%s: %s", r->varname, strerror(e));
        return -1;
    }
    char num[24];
    snprintf(num, sizeof num, "%d", fd);
    if (vars_set(r->varname, num, 0) < 0) {
        close(fd);
        return -1;
    }
    return 0;
}

/* given: the target expanded by redir_expand, or NULL to expand it now. */
static int apply_one(const struct redir *r, const char *given, struct redir_undo *u)
{
    if (r->varname)
        return apply_varname(r, given);
    int fd = r->fd >= 0 ? r->fd : default_fd(r->kind);
    char *name = NULL;
    if (!is_heredoc(r)) {
        name = given ? xstrdup(given) : expand_word_string(r->target, EXPAND_PLAIN);
        if (!name)
            return -1;
    }
    /* Saved before the file is opened: open() may well return fd itself when it is closed.
     * When that is impossible (no descriptor left for the copy), the message names the file
     * the user asked for and the real reason, as when the open itself fails. */
    if (make_room(fd) < 0 || (u && save_fd(u, fd) < 0)) {
        shell_error("%s: %s", name ? name : "here-document", strerror(errno));
        free(name);
        return -1;
    }
    if (is_dup(r)) {
        int dupfrom = -1;
        int rc = dup_source(name, &dupfrom);
        free(name);
        if (rc < 0)
            return -1;
        if (dupfrom == fd)
            return 0; /* 1>&1: nothing changes */
        if (dupfrom < 0) {
            close(fd);
            return 0;
        }
        rc = dup2(dupfrom, fd);
        EXPLAIN(explain_dup2(dupfrom, fd, rc, errno));
        if (rc < 0) {
            shell_error("%d: %s", fd, strerror(errno));
            return -1;
        }
        return 0;
    }
    /* conch mode's &> and &>>: stderr too, saved first like stdout. */
    bool both = r->kind == REDIR_OUTERR || r->kind == REDIR_APPENDERR;
    if (both && (make_room(STDERR_FILENO) < 0 || (u && save_fd(u, STDERR_FILENO) < 0))) {
        shell_error("%s: %s", name, strerror(errno));
        free(name);
        return -1;
    }
    int newfd = open_source(r, is_heredoc(r) ? given : name);
    free(name);
    if (newfd == -1)
        return -1;
    int both_rc = both ? dup2(newfd, STDERR_FILENO) : 0;
    if (both)
        EXPLAIN(explain_dup2(newfd, STDERR_FILENO, both_rc, errno));
    if (both_rc < 0) {
        shell_error("%d: %s", STDERR_FILENO, strerror(errno));
        close(newfd);
        return -1;
    }
    if (newfd == fd) {
        fcntl(fd, F_SETFD, 0); /* here-document descriptors are opened close-on-exec */
        return 0;
    }
    int rc = dup2(newfd, fd);
    int e = errno;
    EXPLAIN(explain_dup2(newfd, fd, rc, e));
    close(newfd);
    if (rc < 0) {
        shell_error("%d: %s", fd, strerror(e));
        return -1;
    }
    return 0;
}

int redir_apply(const struct redir *r, char **names, struct redir_undo **undo)
{
    struct redir_undo *u = NULL;
    if (undo) {
        u = xcalloc(1, sizeof *u);
        u->up = live;
        live = u;
        *undo = u;
    }
    /* Output still buffered by a builtin belongs to the old descriptor. */
    fflush(stdout);
    for (size_t i = 0; r; r = r->next, i++)
        if (apply_one(r, names ? names[i] : NULL, u) < 0)
            return -1;
    return 0;
}

/* XCU 2.9.1.1: a simple command's redirection words are expanded before its assignments
 * (dash and yash agree), and before any of them is performed; here-document bodies too, in the
 * shell itself even when a child will open them, so an expansion error there stops the shell
 * as any other would (XCU 2.8.1). */
char **redir_expand(const struct redir *r)
{
    size_t n = 0;
    for (const struct redir *p = r; p; p = p->next)
        n++;
    char **names = xcalloc(n + 1, sizeof *names);
    size_t i = 0;
    for (; r; r = r->next, i++) {
        if (is_heredoc(r)) {
            const struct heredoc *h = r->heredoc;
            if (!h || !h->body || !h->body->nparts || literal_body(h))
                continue; /* nothing to expand: taken from the tree when opened */
            names[i] = expand_word_string(h->body, EXPAND_PLAIN);
        } else {
            names[i] = expand_word_string(r->target, EXPAND_PLAIN);
        }
        if (!names[i]) {
            for (size_t k = 0; k < i; k++)
                free(names[k]);
            free(names);
            return NULL;
        }
    }
    return names;
}

void redir_free_expanded(const struct redir *r, char **names)
{
    if (!names)
        return;
    for (char **p = names; r; r = r->next, p++)
        free(*p);
    free(names);
}
