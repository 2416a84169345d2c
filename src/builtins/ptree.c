/* ptree.c — the ptree builtin (conch mode, a teaching aid): the shell's processes as the kernel
 * sees them, read from /proc (proc(5)) and drawn as a tree; jobs come from exec/jobs.h. */
#include "config.h"

#include "builtins/builtins.h"
#include "builtins/sigdesc.h"
#include "exec/jobs.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "shell/lang.h"
#include "shell/shell.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct proc {
    pid_t pid, ppid, pgrp, sid, tpgid;
    int tty_nr;
    char state;
    char comm[64];
    bool shown;
};

static struct proc *procs;
static size_t nprocs;

/* /proc/PID/stat: "pid (comm) state ppid pgrp session tty_nr tpgid ...". comm may hold spaces
 * and parentheses: it ends at the last ')'. fields[] gets the fields after comm, from state
 * (field 3 of proc(5)) on; returns how many, or -1 when the process is gone. */
static int read_stat(pid_t pid, char *comm, size_t commsize, char fields[][32], int max)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *open = strchr(buf, '('), *close = strrchr(buf, ')');
    if (!open || !close || close < open)
        return -1;
    size_t len = (size_t)(close - open - 1);
    if (len >= commsize)
        len = commsize - 1;
    memcpy(comm, open + 1, len);
    comm[len] = '\0';
    int k = 0;
    for (char *tok = strtok(close + 1, " \n"); tok && k < max; tok = strtok(NULL, " \n"))
        snprintf(fields[k++], 32, "%s", tok);
    return k;
}

static bool load(pid_t pid, struct proc *p)
{
    char f[8][32];
    if (read_stat(pid, p->comm, sizeof p->comm, f, 8) < 6)
        return false;
    p->pid = pid;
    p->state = f[0][0];
    p->ppid = (pid_t)atol(f[1]);
    p->pgrp = (pid_t)atol(f[2]);
    p->sid = (pid_t)atol(f[3]);
    p->tty_nr = atoi(f[4]);
    p->tpgid = (pid_t)atol(f[5]);
    p->shown = false;
    return true;
}

/* A snapshot of every process; false (after a message) where /proc cannot be read. */
static bool snapshot(void)
{
    DIR *d = opendir("/proc");
    if (!d || access("/proc/self/stat", R_OK) != 0) {
        if (d)
            closedir(d);
        error_msg("ptree: /proc is not available (%s): ptree reads the kernel's process table "
                  "there; mount it with `mount -t proc proc /proc`", strerror(errno ? errno : ENOENT));
        return false;
    }
    size_t cap = 256;
    procs = xmalloc(cap * sizeof *procs);
    nprocs = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!isdigit((unsigned char)e->d_name[0]))
            continue;
        if (nprocs == cap) {
            cap *= 2;
            procs = xrealloc(procs, cap * sizeof *procs);
        }
        if (load((pid_t)atol(e->d_name), &procs[nprocs]))
            nprocs++;
    }
    closedir(d);
    return true;
}

static struct proc *find(pid_t pid)
{
    for (size_t i = 0; i < nprocs; i++)
        if (procs[i].pid == pid)
            return &procs[i];
    return NULL;
}

static const char *state_word(char s)
{
    switch (s) {
    case 'R': return "running";
    case 'S': return "sleeping";
    case 'D': return "disk-sleep";
    case 'T': return "stopped";
    case 't': return "traced";
    case 'Z': return "zombie";
    case 'I': return "idle";
    case 'X': return "dead";
    case 'P': return "parked";
    default: return "other";
    }
}

/* argv from /proc/PID/cmdline (NULs between arguments), or comm when it is empty: a zombie
 * or a kernel thread has no memory left to hold its arguments. */
static void command_of(const struct proc *p, struct strbuf *out)
{
    char path[64], buf[4096];
    snprintf(path, sizeof path, "/proc/%ld/cmdline", (long)p->pid);
    size_t n = 0;
    FILE *f = fopen(path, "r");
    if (f) {
        n = fread(buf, 1, sizeof buf - 1, f);
        fclose(f);
    }
    while (n > 0 && buf[n - 1] == '\0')
        n--;
    if (n == 0) {
        sb_adds(out, p->comm);
        return;
    }
    for (size_t i = 0; i < n; i++)
        sb_addc(out, buf[i] ? buf[i] : ' ');
}

static bool opt_sig, opt_mem;

/* The Sig* lines of /proc/PID/status, decoded (proc(5): a hex mask, bit N-1 for signal N). */
static void show_signals(pid_t pid, const char *indent)
{
    static const struct {
        const char *key, *what;
    } keys[] = {
        {"SigIgn", "ignored"}, {"SigCgt", "caught"},  {"SigBlk", "blocked"},
        {"SigPnd", "pending (thread)"}, {"ShdPnd", "pending (process)"},
    };
    char path[64], line[256], names[1024];
    snprintf(path, sizeof path, "/proc/%ld/status", (long)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    while (fgets(line, sizeof line, f)) {
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
            size_t len = strlen(keys[k].key);
            if (strncmp(line, keys[k].key, len) != 0 || line[len] != ':')
                continue;
            unsigned long long mask = strtoull(line + len + 1, NULL, 16);
            sigdesc_mask_names(mask, names, sizeof names);
            printf("%s%s %-18s %s\n", indent, keys[k].key, keys[k].what, names);
        }
    }
    fclose(f);
}

/* Resident, shared and private memory in kB: smaps_rollup (Linux 4.14) when it is there,
 * else statm's resident and shared pages (private = resident - shared). */
static void show_memory(pid_t pid, const char *indent)
{
    char path[64], line[256];
    long rss = -1, shared = 0, private = 0;
    snprintf(path, sizeof path, "/proc/%ld/smaps_rollup", (long)pid);
    FILE *f = fopen(path, "r");
    if (f) {
        long v;
        while (fgets(line, sizeof line, f)) {
            if (sscanf(line, "Rss: %ld", &v) == 1)
                rss = v;
            else if (sscanf(line, "Shared_Clean: %ld", &v) == 1 ||
                     sscanf(line, "Shared_Dirty: %ld", &v) == 1)
                shared += v;
            else if (sscanf(line, "Private_Clean: %ld", &v) == 1 ||
                     sscanf(line, "Private_Dirty: %ld", &v) == 1)
                private += v;
        }
        fclose(f);
    }
    const char *from = "smaps_rollup";
    if (rss < 0) {
        snprintf(path, sizeof path, "/proc/%ld/statm", (long)pid);
        f = fopen(path, "r");
        long size, res, shr;
        if (!f)
            return;
        if (fscanf(f, "%ld %ld %ld", &size, &res, &shr) != 3) {
            fclose(f);
            printf("%smemory: none (a zombie or a kernel thread has no memory of its own)\n", indent);
            return;
        }
        fclose(f);
        long kb = sysconf(_SC_PAGESIZE) / 1024;
        rss = res * kb;
        shared = shr * kb;
        private = rss - shared;
        from = "statm";
    }
    printf("%smemory: %ld kB resident = %ld kB shared + %ld kB private (%s)\n", indent, rss,
           shared, private, from);
}

static void header(void)
{
    printf("%7s %7s %7s %7s %7s %-12s %-5s %s\n", "PID", "PPID", "PGID", "SID", "TPGID", "STATE",
           "JOB", "COMMAND");
}

/* The number of the job pid belongs to, or 0. Through jobs_first/jobs_next, so that in a
 * subshell (`ptree | less`) the parent's jobs still count. */
static int job_of(pid_t pid)
{
    for (struct job *j = jobs_first(); j; j = jobs_next(j))
        for (int k = 0; k < j->nprocs; k++)
            if (j->procs[k].pid == pid)
                return j->id;
    return 0;
}

static void row(struct proc *p, int depth)
{
    p->shown = true;
    char job[16] = "-";
    int id = job_of(p->pid);
    if (id > 0)
        snprintf(job, sizeof job, "[%d]", id);
    struct strbuf cmd = {0};
    for (int i = 0; i < depth; i++)
        sb_adds(&cmd, i == depth - 1 ? "\\_ " : "   ");
    command_of(p, &cmd);
    printf("%7ld %7ld %7ld %7ld %7ld %c %-10s %-5s %s", (long)p->pid, (long)p->ppid,
           (long)p->pgrp, (long)p->sid, (long)p->tpgid, p->state, state_word(p->state), job,
           sb_str(&cmd));
    sb_release(&cmd);
    if (p->pid == p->sid)
        fputs("  [session leader]", stdout);
    if (p->tpgid > 0 && p->pgrp == p->tpgid)
        fputs("  [owns the terminal]", stdout);
    if (p->state == 'Z')
        printf("  <defunct>: dead, waiting for its parent %ld to reap it", (long)p->ppid);
    struct proc *parent = find(p->ppid);
    if (p->pid != p->sid && p->ppid == 1)
        fputs("  [orphan: adopted by init]", stdout);
    else if (p->pid != p->sid && parent && parent->sid != p->sid && parent->pid != 0)
        printf("  [orphan: adopted by %ld, a subreaper]", (long)p->ppid);
    putchar('\n');
    char indent[16];
    snprintf(indent, sizeof indent, "%8s", "");
    if (opt_sig)
        show_signals(p->pid, indent);
    if (opt_mem)
        show_memory(p->pid, indent);
}

static void subtree(struct proc *p, int depth)
{
    row(p, depth);
    for (size_t i = 0; i < nprocs; i++)
        if (procs[i].ppid == p->pid && !procs[i].shown && procs[i].pid != p->pid)
            subtree(&procs[i], depth + 1);
}

/* ptree -v PID: proc(5)'s /proc/PID/stat, the fields a shell cares about, one per line. */
static int guided(const char *arg)
{
    char *end;
    long pid = strtol(arg, &end, 10);
    if (!*arg || *end || pid <= 0) {
        error_msg("ptree: %s: not a process ID", arg);
        return 2;
    }
    char comm[64], f[24][32];
    int n = read_stat((pid_t)pid, comm, sizeof comm, f, 24);
    if (n < 20) {
        error_msg("ptree: %ld: no such process", pid);
        return 1;
    }
    long ticks = sysconf(_SC_CLK_TCK);
    int tty = atoi(f[4]);
    printf("/proc/%ld/stat, field by field (proc(5)):\n", pid);
    printf(" 1 pid         %ld\n", pid);
    printf(" 2 comm        (%s)   the program's name, 15 characters at most\n", comm);
    printf(" 3 state       %s   %s\n", f[0], state_word(f[0][0]));
    printf(" 4 ppid        %s   the parent: it gets SIGCHLD and must wait() for it\n", f[1]);
    printf(" 5 pgrp        %s   its process group: a job; signals from the terminal go to a group\n", f[2]);
    printf(" 6 session     %s   its session: the login or terminal it belongs to\n", f[3]);
    if (tty)
        printf(" 7 tty_nr      %s   its controlling terminal, device %d:%d\n", f[4],
               (tty >> 8) & 0xfff, (tty & 0xff) | ((tty >> 12) & 0xfff00));
    else
        printf(" 7 tty_nr      0   no controlling terminal\n");
    printf(" 8 tpgid       %s   the group in the terminal's foreground (-1: none)%s\n", f[5],
           atol(f[5]) == atol(f[2]) ? ": this one" : "");
    printf("19 nice        %s   scheduling niceness (-20 most favoured, 19 least)\n", f[16]);
    printf("20 num_threads %s\n", f[17]);
    lang_need(); /* atof and %.2f follow LC_NUMERIC */
    printf("22 starttime   %s   clock ticks after boot = %.2f s after boot\n", f[19],
           ticks > 0 ? atof(f[19]) / (double)ticks : 0.0);
    return builtin_flush("ptree");
}

/* No POSIX section: a conch extension. Reads /proc once, then draws from that snapshot, so
 * the tree is one moment's view even while processes come and go. */
int builtin_ptree(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool all = false;
    const char *verbose = NULL;
    int c;
    opt_sig = opt_mem = false;
    while ((c = builtin_getopt(&o, argc, argv, "asmv:")) != -1) {
        switch (c) {
        case 'a': all = true; break;
        case 's': opt_sig = true; break;
        case 'm': opt_mem = true; break;
        case 'v': verbose = o.arg; break;
        default: return 2;
        }
    }
    if (verbose)
        return guided(verbose);
    errno = 0;
    if (!snapshot())
        return 1;
    int status = 0;
    header();
    /* $$: in a subshell (`ptree | less`) the tree is still the shell's, the subshell in it. */
    struct proc *self = find(sh.pid);
    if (o.index < argc) {
        for (int i = o.index; i < argc; i++) {
            char *end;
            long pid = strtol(argv[i], &end, 10);
            struct proc *p = *argv[i] && !*end ? find((pid_t)pid) : NULL;
            if (!p) {
                fflush(stdout);
                error_msg("ptree: %s: no such process", argv[i]);
                status = 1;
                continue;
            }
            subtree(p, 0);
        }
    } else if (all && self) {
        /* The session: each process whose parent is outside it starts a tree. */
        for (size_t i = 0; i < nprocs; i++) {
            struct proc *parent = find(procs[i].ppid);
            if (procs[i].sid == self->sid && !procs[i].shown &&
                (!parent || parent->sid != self->sid))
                subtree(&procs[i], 0);
        }
    } else if (self) {
        subtree(self, 0);
    }
    free(procs);
    procs = NULL;
    nprocs = 0;
    return builtin_flush("ptree") ? 1 : status;
}
